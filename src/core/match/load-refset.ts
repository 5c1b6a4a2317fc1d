/**
 * TEMPORARY: trusts the JSON's shape. To be swapped for the reference-set
 * validator (src/core/refset/schema.ts, being written in parallel) as soon as
 * it lands; every caller in matching goes through this one function.
 */
import type { RefSet } from '../refset/types.ts';
import { REFSET_FORMAT } from '../refset/types.ts';

export function loadRefSet(json: unknown): RefSet {
  const set = json as Partial<RefSet> | null;
  if (set?.format !== REFSET_FORMAT || !Array.isArray(set.statements)) {
    throw new Error(`not a Backstory reference set (expected "format": "${REFSET_FORMAT}")`);
  }
  return {
    ...set,
    speakers: set.speakers ?? [],
    topics: set.topics ?? [],
  } as RefSet;
}
