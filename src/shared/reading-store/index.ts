/** "Your reading" in IndexedDB, shared by the background and the options page (see README.md). */
export { watchReading } from './changes.ts';
export { type ReadingSearchHit, ReadingStore, type RecordOutcome } from './store.ts';
export type { ArticleRecord, LoadedSegment, ReadingState, SegmentRecord } from './types.ts';
export { DEFAULT_LIMIT } from './types.ts';
