// What bench/reading-set.mjs uses: "Your reading" as the background runs it,
// over fake-indexeddb in Node (the browsers' IndexedDB is not reachable here).
import 'fake-indexeddb/auto';

export { ReadingService } from '../../src/background/reading-service.ts';
export { buildIndex } from '../../src/core/match/build-index.ts';
export { chooseNotes, StatementIndex } from '../../src/core/match/index.ts';
export {
  asSegment,
  buildSegmentIndex,
  nextMerge,
  tierOf,
} from '../../src/core/match/index-append.ts';
export { buildReadingSegment } from '../../src/shared/reading-store/segments.ts';
export { ReadingStore } from '../../src/shared/reading-store/store.ts';
