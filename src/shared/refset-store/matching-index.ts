/**
 * The one place the matching index builder is chosen: the import worker and
 * the background (for the bundled set) both take it from here.
 *
 * PLACEHOLDER until the matcher (issue 5) is merged: it stores no index.
 * At merge, `MatchingIndex` becomes `StoredIndex` (src/core/match/stored-index.ts)
 * and `buildMatchingIndex` becomes `buildIndex` (src/core/match/build-index.ts).
 */
import type { RefSet } from '../../core/refset/types.ts';

/** A set's index, in a structured-cloneable form (typed arrays) that IndexedDB stores as it is. */
export type MatchingIndex = unknown;

export type IndexBuilder = (set: RefSet) => MatchingIndex;

export const buildMatchingIndex: IndexBuilder = () => null;
