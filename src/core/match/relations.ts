/**
 * How an earlier statement relates to a finding: who spoke (the same speaker,
 * their organisation, their government, or someone else on the subject) and,
 * where both take a position on a topic, whether it repeats, shifts or
 * contradicts.
 */

import type { Speaker } from '../refset/types.ts';
import type { Relation } from '../types.ts';

/** A speaker's organisations and governments, through `memberOf`, transitively (cycles allowed). */
function groupsOf(
  speakers: readonly Speaker[],
  byId: ReadonlyMap<string, number>,
  start: number,
): Set<number> {
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const id of speakers[queue.pop()!]!.memberOf) {
      const group = byId.get(id);
      if (group !== undefined && !seen.has(group)) {
        seen.add(group);
        queue.push(group);
      }
    }
  }
  return seen;
}

const groupCache = new WeakMap<
  readonly Speaker[],
  { byId: Map<string, number>; groups: Array<Set<number> | undefined> }
>();

function groups(speakers: readonly Speaker[], speaker: number): Set<number> {
  let cache = groupCache.get(speakers);
  if (!cache) {
    cache = { byId: new Map(speakers.map((s, i) => [s.id, i])), groups: [] };
    groupCache.set(speakers, cache);
  }
  const found = cache.groups[speaker] ?? groupsOf(speakers, cache.byId, speaker);
  cache.groups[speaker] = found;
  return found;
}

/**
 * The relation between the finding's speaker and the statement's (indexes
 * into `speakers`, -1 when unknown), with the group they share. Two speakers
 * who share a government (or where one is the other's government) are the
 * same government; sharing any other group (an organisation, a ministry, a
 * news agency) is the same organisation, the closer tie when both hold.
 */
export function speakerRelation(
  speakers: readonly Speaker[],
  finding: number,
  statement: number,
): { relation: Relation; group?: Speaker } {
  if (finding < 0 || statement < 0) return { relation: 'same-topic' };
  if (finding === statement) return { relation: 'same-speaker' };
  const theirs = groups(speakers, statement);
  const shared = [...groups(speakers, finding)]
    .filter((g) => theirs.has(g))
    .map((g) => speakers[g]!);
  const organisation = shared.find((group) => group.kind !== 'government');
  if (organisation) return { relation: 'same-organisation', group: organisation };
  if (shared.length > 0) return { relation: 'same-government', group: shared[0]! };
  return { relation: 'same-topic' };
}
