/**
 * A speaker's timeline: what they, and those they speak for or with, said in
 * the reader's sets, by date, with the article's own quotes placed among
 * them. "Their side" is the format's membership rule (membership.ts), the
 * same rule the notes use, so the panel and a note never disagree on it.
 */
import { resolveSpeaker } from '../match/speakers.ts';
import type { Relation } from '../types.ts';
import { indexSpeakers } from './membership.ts';
import type { RefSet, StatementSource } from './types.ts';

export type SideRelation = Exclude<Relation, 'same-topic'>;

/** One earlier (or later) statement on the timeline. */
export interface TimelineStatement {
  kind: 'statement';
  id: string;
  setId: string;
  speaker: string;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when the source gives no date. */
  date: string | null;
  relation: SideRelation;
  source: StatementSource;
}

/** One of the article's own quotes, placed at the article's date. */
export interface TimelinePageQuote {
  kind: 'page';
  findingId: string;
  text: string;
  date: string | null;
}

export type TimelineItem = TimelineStatement | TimelinePageQuote;

export interface SpeakerTimeline {
  /** The name as the article gives it. */
  name: string;
  /** The speaker the name resolves to, with the set's own spelling; null when no set knows them. */
  resolved: { id: string; name: string } | null;
  items: TimelineItem[];
}

type TimelineSet = Pick<RefSet, 'id' | 'speakers' | 'statements'>;

/** At most this many statements per speaker: a timeline is for reading, not for the whole set. */
export const TIMELINE_LIMIT = 60;

/**
 * Statements in `sets` by the speaker `name` resolves to and by their side,
 * oldest first; undated statements come last. Empty when no set knows the name.
 */
export function sideStatements(sets: readonly TimelineSet[], name: string): SpeakerTimeline {
  const id = resolveSpeaker(name, sets);
  if (!id) return { name, resolved: null, items: [] };
  let resolvedName = name;
  const items: TimelineStatement[] = [];
  for (const set of sets) {
    const own = set.speakers.find((speaker) => speaker.id === id);
    if (!own) continue;
    resolvedName = own.name;
    const members = indexSpeakers(set.speakers);
    const names = new Map(set.speakers.map((speaker) => [speaker.id, speaker.name]));
    for (const statement of set.statements) {
      if (!statement.speakerId) continue;
      const relation = members.relation(id, statement.speakerId);
      if (!relation) continue;
      items.push({
        kind: 'statement',
        id: statement.id,
        setId: set.id,
        speaker: names.get(statement.speakerId) ?? statement.speakerId,
        text: statement.text,
        date: statement.date,
        relation,
        source: statement.source,
      });
    }
  }
  return {
    name,
    resolved: { id, name: resolvedName },
    items: byDate(items).slice(-TIMELINE_LIMIT),
  };
}

/**
 * The timeline with the article's quotes in it at `published` (an ISO date or
 * date-time): after everything said up to that day, before what came later.
 */
export function withPageQuotes(
  timeline: SpeakerTimeline,
  quotes: readonly { id: string; text: string }[],
  published: string | null,
): SpeakerTimeline {
  const day = published?.slice(0, 10) ?? null;
  const page: TimelinePageQuote[] = quotes.map((quote) => ({
    kind: 'page',
    findingId: quote.id,
    text: quote.text,
    date: day,
  }));
  const dated = timeline.items.filter((item) => item.date !== null);
  const undated = timeline.items.filter((item) => item.date === null);
  // A statement dated "2024" or "2024-02" might be before or after the 14th: it stays before.
  const cut = day === null ? dated.length : dated.filter((item) => item.date! <= day).length;
  const items = [...dated.slice(0, cut), ...page, ...dated.slice(cut), ...undated];
  return { ...timeline, items };
}

function byDate<T extends { date: string | null; id: string }>(items: T[]): T[] {
  return items.sort((a, b) => {
    if (a.date === b.date) return a.id.localeCompare(b.id);
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  });
}
