/**
 * The reference-set store, shared by the options page, its import worker and
 * the background. See README.md for what it holds and why.
 */
export { watchRefSets } from './changes.ts';
export type { IndexBuilder, MatchingIndex } from './matching-index.ts';
export { RefSetStore } from './store.ts';
export type {
  ImportOutcome,
  ImportSetOptions,
  IndexRecord,
  RefSetEntry,
  RefSetOrigin,
} from './types.ts';
