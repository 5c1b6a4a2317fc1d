/**
 * The Backstory reference-set format, version 1: who said what, when, where.
 * These types describe a set that has passed validation; the validator
 * (schema.ts) is the only way untrusted JSON becomes a `RefSet`.
 */

export const REFSET_FORMAT = 'backstory-refset';
export const REFSET_VERSION = 1;

export type SpeakerKind = 'person' | 'organisation' | 'government' | 'media';

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
  kind: SpeakerKind;
  /** Ids of the organisations or governments this speaker speaks for. */
  memberOf: string[];
  description: string;
}

export type StatementKind = 'quote' | 'paraphrase' | 'claim';

export interface StatementSource {
  title: string | null;
  outlet: string | null;
  url: string | null;
}

/**
 * Positions the statement takes, topic -> position, for example
 * `{ "dialogue-with-us": "refuses" }`. Two statements with a position on the
 * same topic can be compared: same position repeats, a different one shifts
 * or contradicts (the set's topic vocabulary says which positions oppose).
 */
export type Stance = Record<string, string>;

export interface Statement {
  id: string;
  speakerId: string | null;
  /** A quote's exact words; a paraphrase says it is one through `kind`. */
  text: string;
  kind: StatementKind;
  /** YYYY, YYYY-MM or YYYY-MM-DD, with only the precision the record supports. */
  date: string | null;
  /** A headline or one-line summary of the occasion. */
  context: string;
  source: StatementSource;
  topics: string[];
  stance: Stance;
}

/**
 * A topic the set's stances refer to. `positions` is an ordered scale (for
 * example refuses, conditional, open): the same position repeats, a neighbour
 * shifts, positions two or more steps apart contradict.
 */
export interface TopicDefinition {
  id: string;
  label: string;
  positions: string[];
}

export interface RefSet {
  format: typeof REFSET_FORMAT;
  version: typeof REFSET_VERSION;
  id: string;
  title: string;
  speakers: Speaker[];
  statements: Statement[];
  /** Topics with stance scales; statements may also carry plain topic tags not listed here. */
  topics: TopicDefinition[];
}
