import type { RefSet } from '../src/core/refset/types.ts';

/** A valid set of `count` statements by about `count / 50` speakers, deterministic in `count`. */
export function generateRefSet(count: number): RefSet;
