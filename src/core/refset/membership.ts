/**
 * Who speaks for whom, by the format's rule: `memberOf` is transitive, and a
 * speaker counts as a member of itself. Two speakers sharing an organisation
 * or media outlet are "same organisation"; otherwise sharing a government
 * makes them "same government". Kept with the format so the matcher and the
 * notes cannot read it differently.
 */
import type { Relation } from '../types.ts';
import type { Speaker } from './types.ts';

export interface SpeakerIndex {
  /** The speaker and every speaker it speaks for, nearest first (breadth-first). */
  lineage(id: string): string[];
  /** How two speakers are related, or null when they share nothing. */
  relation(a: string, b: string): Exclude<Relation, 'same-topic'> | null;
}

/** Indexes a validated set's speakers (memberOf ids exist and never loop). */
export function indexSpeakers(speakers: readonly Speaker[]): SpeakerIndex {
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const lineages = new Map<string, string[]>();
  const lineage = (id: string): string[] => {
    const known = lineages.get(id);
    if (known) return known;
    const order = [id];
    for (let i = 0; i < order.length; i++) {
      for (const parent of byId.get(order[i]!)?.memberOf ?? [])
        if (!order.includes(parent)) order.push(parent);
    }
    lineages.set(id, order);
    return order;
  };
  return {
    lineage,
    relation(a, b) {
      if (a === b) return 'same-speaker';
      const theirs = new Set(lineage(b));
      let government = false;
      for (const shared of lineage(a).filter((id) => theirs.has(id))) {
        if (byId.get(shared)?.kind === 'government') government = true;
        else return 'same-organisation';
      }
      return government ? 'same-government' : null;
    },
  };
}
