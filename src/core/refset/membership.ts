/**
 * Who speaks for whom, by the format's rule: `memberOf` is transitive, and a
 * speaker counts as a member of itself. Two speakers sharing an organisation
 * or media outlet are "same organisation"; otherwise sharing a government
 * makes them "same government". The one implementation of the rule: the
 * matcher, the notes and the set tools all read it here.
 */
import type { Relation } from '../types.ts';
import type { Speaker } from './types.ts';

/** How two speakers are tied, and the nearest group they share (absent for the same speaker). */
export interface SpeakerTie {
  relation: Exclude<Relation, 'same-topic'>;
  group?: Speaker;
}

export interface SpeakerIndex {
  /** The speaker and every speaker it speaks for, nearest first (breadth-first). */
  lineage(id: string): string[];
  /** How two speakers are tied, or null when they share nothing. */
  tie(a: string, b: string): SpeakerTie | null;
  /** How two speakers are related, or null when they share nothing. */
  relation(a: string, b: string): SpeakerTie['relation'] | null;
  /** Every speaker tied to this one (itself included): whose statements speak for its side. */
  side(id: string): string[];
}

/** Indexes a set's speakers; memberOf ids that name nobody are ignored, loops are cut. */
export function indexSpeakers(speakers: readonly Speaker[]): SpeakerIndex {
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const lineages = new Map<string, string[]>();
  const sides = new Map<string, string[]>();
  const lineage = (id: string): string[] => {
    const known = lineages.get(id);
    if (known) return known;
    const order = [id];
    for (let i = 0; i < order.length; i++) {
      for (const parent of byId.get(order[i]!)?.memberOf ?? [])
        if (byId.has(parent) && !order.includes(parent)) order.push(parent);
    }
    lineages.set(id, order);
    return order;
  };
  const tie = (a: string, b: string): SpeakerTie | null => {
    if (a === b) return { relation: 'same-speaker' };
    const theirs = new Set(lineage(b));
    let government: Speaker | undefined;
    for (const shared of lineage(a).filter((id) => theirs.has(id))) {
      const group = byId.get(shared)!;
      if (group.kind !== 'government') return { relation: 'same-organisation', group };
      government ??= group;
    }
    return government ? { relation: 'same-government', group: government } : null;
  };
  return {
    lineage,
    tie,
    relation: (a, b) => tie(a, b)?.relation ?? null,
    side(id) {
      let side = sides.get(id);
      if (!side) {
        side = speakers.flatMap((speaker) => (tie(id, speaker.id) ? [speaker.id] : []));
        sides.set(id, side);
      }
      return side;
    },
  };
}

const indexes = new WeakMap<readonly Speaker[], SpeakerIndex>();

/** The index of a speaker list, built once per list. */
export function speakerIndexOf(speakers: readonly Speaker[]): SpeakerIndex {
  let index = indexes.get(speakers);
  if (!index) {
    index = indexSpeakers(speakers);
    indexes.set(speakers, index);
  }
  return index;
}
