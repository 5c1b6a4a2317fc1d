/**
 * The one place the matching index builder is chosen: the import worker and
 * the background (for the bundled set) both take it from here.
 */
import { buildIndex } from '../../core/match/build-index.ts';
import type { StoredIndex } from '../../core/match/stored-index.ts';
import type { RefSet } from '../../core/refset/types.ts';

/** A set's index, in a structured-cloneable form (typed arrays) that IndexedDB stores as it is. */
export type MatchingIndex = StoredIndex;

export type IndexBuilder = (set: RefSet) => MatchingIndex;

export const buildMatchingIndex: IndexBuilder = (set) => buildIndex(set);
