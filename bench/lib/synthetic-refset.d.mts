import type { RefSet } from '../../src/core/refset/types.ts';

/** A valid set of `size` statements by about `size / 50` speakers, deterministic in `size` and `seed`. */
export function syntheticRefSet(size: number, seed?: number): Promise<RefSet>;
