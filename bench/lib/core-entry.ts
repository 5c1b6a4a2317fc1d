// What bench scripts use of the core in-process: matching, and the one
// reference-set validator (so a bench reads sets exactly as the CLI does).
import { parseRefSet } from '../../src/core/refset/schema.ts';
import type { RefSet } from '../../src/core/refset/types.ts';

export * from '../../src/core/match/index.ts';
export { stanceRelation } from '../../src/core/refset/stance.ts';

export function refSetFromText(text: string): RefSet {
  const result = parseRefSet(text);
  if (!result.ok)
    throw new Error(`not a valid reference set:\n${result.errors.slice(0, 10).join('\n')}`);
  return result.set;
}
