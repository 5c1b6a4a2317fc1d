/**
 * Incremental index maintenance for a set that grows an article at a time
 * ("Your reading"). A stored index cannot take new statements in place (its
 * postings are packed by term and its impacts weighted for the whole set),
 * and rebuilding it costs about 0.1 ms per statement: 10 s per article at
 * 100,000 statements. So such a set is indexed in segments, as a log-
 * structured merge: each article gets a small segment of its own (a few
 * milliseconds), and segments of one size tier are merged when `FANOUT` of
 * them have gathered. Every statement is re-indexed once per tier (about
 * seven times up to 100,000 statements), and a set holds a few segments per
 * tier. Matching treats each segment as a set of its own, under the id
 * `segmentSetId(set, segment)`, and merges their notes on the re-ranker's
 * probability as it merges sets.
 */
import type { RefSet, Speaker, Statement } from '../refset/types.ts';
import { REFSET_FORMAT, REFSET_VERSION } from '../refset/types.ts';
import { buildIndex } from './build-index.ts';
import type { StoredIndex } from './stored-index.ts';

/** Segments of one tier merged at once: fewer means fewer segments to query, more re-indexing. */
export const FANOUT = 4;
/** Statements in the smallest tier: about two articles. */
const TIER_BASE = 64;

const SEPARATOR = '#';

/** The id a segment's index matches under: its set's id and its own number. */
export function segmentSetId(setId: string, segment: number): string {
  return `${setId}${SEPARATOR}${segment}`;
}

/** The set and segment an id names, or null for an id that is no segment's. */
export function parseSegmentSetId(id: string): { setId: string; segment: number } | null {
  const at = id.lastIndexOf(SEPARATOR);
  if (at <= 0 || !/^\d+$/.test(id.slice(at + 1))) return null;
  return { setId: id.slice(0, at), segment: Number(id.slice(at + 1)) };
}

/**
 * A segment's index: the statements it holds, in order, with the speakers
 * they name (and the bodies those speak for). Positions in the index are
 * positions in `statements`. It is built before the segment has a number
 * (numbers are handed out in the write that stores it): `asSegment` names it.
 */
export function buildSegmentIndex(
  set: { id: string; title: string },
  statements: readonly Statement[],
  speakers: readonly Speaker[],
): StoredIndex {
  const segmentSet: RefSet = {
    format: REFSET_FORMAT,
    version: REFSET_VERSION,
    id: set.id,
    title: set.title,
    topics: [],
    speakers: [...speakers],
    statements: [...statements],
  };
  return buildIndex(segmentSet);
}

/** A segment's stored index under the id it matches by. */
export function asSegment(index: StoredIndex, segment: number): StoredIndex {
  return { ...index, setId: segmentSetId(index.setId, segment) };
}

/** A segment's tier: 0 below `TIER_BASE` statements, then one per `FANOUT`-fold growth. */
export function tierOf(size: number): number {
  if (size < TIER_BASE) return 0;
  return 1 + Math.floor(Math.log(size / TIER_BASE) / Math.log(FANOUT));
}

/**
 * What to re-index next, oldest first, or null when nothing needs it: a
 * segment that has lost half its statements (forgotten, or gone past the
 * size limit) alone, else the `FANOUT` oldest of the lowest tier that has
 * gathered `FANOUT`. Tiers go by the statements still held.
 */
export function nextMerge(
  segments: readonly { segment: number; size: number; live: number }[],
): number[] | null {
  const ordered = [...segments].sort((a, b) => a.segment - b.segment);
  const thinned = ordered.find(({ size, live }) => live * 2 < size);
  if (thinned) return [thinned.segment];
  const byTier = new Map<number, number[]>();
  for (const { segment, live } of ordered) {
    const tier = tierOf(live);
    const list = byTier.get(tier) ?? [];
    list.push(segment);
    byTier.set(tier, list);
  }
  for (const tier of [...byTier.keys()].sort((a, b) => a - b)) {
    const list = byTier.get(tier)!;
    if (list.length >= FANOUT) return list.slice(0, FANOUT);
  }
  return null;
}
