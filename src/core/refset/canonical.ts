/**
 * The one way a set is written out: fixed key order, two-space indent, a
 * final newline. The bundled set, CLI imports and exports all use it, so the
 * same set always gives the same bytes and diffs stay readable.
 */
import type {
  RefSet,
  Review,
  Speaker,
  Statement,
  StatementSource,
  TopicDefinition,
} from './types.ts';

function topic(t: TopicDefinition): TopicDefinition {
  return {
    id: t.id,
    label: t.label,
    positions: t.positions,
    ...(t.cues === undefined ? {} : { cues: t.cues }),
  };
}

function speaker(s: Speaker): Speaker {
  return {
    id: s.id,
    name: s.name,
    aliases: s.aliases,
    kind: s.kind,
    memberOf: s.memberOf,
    description: s.description,
  };
}

function source(s: StatementSource): StatementSource {
  return {
    title: s.title,
    outlet: s.outlet,
    url: s.url,
    ...(s.ref === undefined ? {} : { ref: s.ref }),
  };
}

function review(r: Review): Review {
  return { rating: r.rating, reviewer: r.reviewer, url: r.url, date: r.date };
}

function statement(s: Statement): Statement {
  const stance = Object.fromEntries(Object.entries(s.stance).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    id: s.id,
    speakerId: s.speakerId,
    ...(s.attribution === undefined ? {} : { attribution: s.attribution }),
    kind: s.kind,
    text: s.text,
    ...(s.sentence === undefined ? {} : { sentence: s.sentence }),
    date: s.date,
    context: s.context,
    source: source(s.source),
    topics: s.topics,
    stance,
    ...(s.review === undefined ? {} : { review: review(s.review) }),
  };
}

/** The canonical JSON text of a set. Keeps the order of its lists: sorting is the author's choice. */
export function formatRefSet(set: RefSet): string {
  const canonical: RefSet = {
    format: set.format,
    version: set.version,
    id: set.id,
    title: set.title,
    ...(set.description === undefined ? {} : { description: set.description }),
    ...(set.license === undefined ? {} : { license: set.license }),
    topics: set.topics.map(topic),
    speakers: set.speakers.map(speaker),
    statements: set.statements.map(statement),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
