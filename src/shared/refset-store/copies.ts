import { LIMITS } from '../../core/refset/limits.ts';
import type { RefSet } from '../../core/refset/types.ts';

/**
 * The set under the first free id of the form `id-2`, `id-3`, ... with a
 * title that says which copy it is, when the user keeps both an imported set
 * and a stored one with the same id. Ids and titles stay within the
 * format's limits, so the copy still exports and imports cleanly.
 */
export function copyUnderFreeId(set: RefSet, taken: ReadonlySet<string>): RefSet {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${set.id.slice(0, LIMITS.id - suffix.length)}${suffix}`;
    if (taken.has(id)) continue;
    const label = ` (${n})`;
    return { ...set, id, title: `${set.title.slice(0, LIMITS.name - label.length)}${label}` };
  }
}
