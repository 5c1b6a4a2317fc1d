/** Matching's public surface: what the background, the CLI and the bench use. */
export { buildIndex, DEFAULT_PARAMS } from './build-index.ts';
export { FEATURE_NAMES } from './features.ts';
export {
  buildNotes,
  type ChosenStatement,
  chooseNotes,
  composeNotes,
  MatchLibrary,
  NOTE_THRESHOLDS,
  type NoteFinding,
  type NoteTrace,
  type StatementLookup,
  traceNotes,
} from './notes.ts';
export type { MatchQuery } from './query.ts';
export {
  DEFAULT_CANDIDATES,
  type SearchOptions,
  type StatementMatch,
  searchIndexes,
} from './search.ts';
export { resolveSpeaker, SpeakerDirectory } from './speakers.ts';
export { StaleIndexError, StatementIndex } from './statement-index.ts';
export { INDEX_VERSION, type IndexParams, type StoredIndex } from './stored-index.ts';
