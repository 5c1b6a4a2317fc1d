/**
 * The Backstory reference-set format, version 1: who said what, when, where.
 * These types describe a set that has passed validation; the validator
 * (schema.ts) is the only way untrusted JSON becomes a `RefSet`, and
 * docs/refset-format.md documents every field for people who write sets.
 */

export const REFSET_FORMAT = 'backstory-refset';
export const REFSET_VERSION = 1;

export type SpeakerKind = 'person' | 'organisation' | 'government' | 'media';

export interface Speaker {
  /** Unique within the set; statements point at it through `speakerId`. */
  id: string;
  /** The fullest name, as a reader would want it shown ("Kim Yo-jong", "the State Department"). */
  name: string;
  /** Other names a reader will meet for the same speaker ("Kim Jong Un", "Pyongyang", "KCNA"). */
  aliases: string[];
  kind: SpeakerKind;
  /**
   * Ids of the organisations or governments this speaker speaks for, so a note
   * can say "same government" (Kim Yo-jong and KCNA both speak for North
   * Korea's leadership). Transitive: a member of a member speaks for both.
   */
  memberOf: string[];
  /** One line on who this is; empty when unknown. */
  description: string;
}

export type StatementKind = 'quote' | 'paraphrase' | 'claim' | 'report';

export interface StatementSource {
  title: string | null;
  outlet: string | null;
  /** An http(s) URL. */
  url: string | null;
  /**
   * A citation for a source without a URL, such as the seed article a bundled
   * statement was taken from (`data/seeds/<name>.txt`). Absent when unused.
   */
  ref?: string;
}

/**
 * Positions the statement takes, topic id -> position, for example
 * `{ "us-dprk-dialogue": "refuses" }`, `{}` when none. Every key is a topic
 * the set defines in `topics`, also listed in the statement's own `topics`,
 * and every value is one of that topic's `positions`.
 */
export type Stance = Record<string, string>;

/** A fact-checker's verdict on a claim, kept as the reviewer worded it. */
export interface Review {
  /** The verdict ("False", "Mostly true", "Pants on Fire"). */
  rating: string;
  /** Who reviewed the claim (the fact-checking organisation), if known. */
  reviewer: string | null;
  /** The review's own page. */
  url: string | null;
  /** When the review was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
}

export interface Statement {
  /** Unique within the set; stable across rebuilds and re-imports of the same data. */
  id: string;
  /**
   * Who the statement is attributed to: a person, or, for a spokesperson or an
   * anonymous official, the organisation or government they speak for; null
   * when the source names nobody.
   */
  speakerId: string | null;
  /**
   * How the source describes the speaker when that says more than the
   * speaker's name ("a senior White House official", "one regional analyst").
   * Absent when the source just names the speaker.
   */
  attribution?: string;
  /**
   * A quote's exact words (without the quote marks). A paraphrase or claim is
   * the source's wording of what was said; `kind` says which.
   */
  text: string;
  /**
   * `quote`: the speaker's exact words. `paraphrase`: what the speaker said or
   * holds, in the source's words. `claim`: an assertion as a fact-checker or a
   * dataset recorded it, whose wording is not guaranteed to be the speaker's.
   * `report`: the source's own narration or account of an event, by the
   * outlet (or nobody named), not anyone's words.
   */
  kind: StatementKind;
  /**
   * The whole sentence of the source a quote or paraphrase was taken from,
   * when it says more than `text`: matching reads it beside the fragment.
   * Absent when unknown or the same as `text`.
   */
  sentence?: string;
  /** When it was said: YYYY, YYYY-MM or YYYY-MM-DD, with only the precision the record supports. */
  date: string | null;
  /** A headline or one-line summary of the occasion; empty when unknown. */
  context: string;
  source: StatementSource;
  /** Topic ids: the set's defined topics or free tags. */
  topics: string[];
  stance: Stance;
  /** Present on claims imported from a fact-check (ClaimReview). */
  review?: Review;
}

/**
 * A topic the set's stances refer to. `positions` is an ordered scale (for
 * example refuses, conditional, open): the same position repeats, a neighbour
 * shifts, positions two or more steps apart contradict. An empty scale names
 * and labels a topic without stances.
 */
export interface TopicDefinition {
  id: string;
  /** How the topic is shown to readers ("Talks between the US and North Korea"). */
  label: string;
  positions: string[];
  /**
   * Phrases that take a position, by position: `{"refuses": ["no intention of
   * participating in dialogue"]}`. They let a note tell where a quote the set
   * has never seen stands, so it can say whether it repeats, shifts or
   * contradicts an earlier statement. Optional.
   */
  cues?: Record<string, string[]>;
}

export interface RefSet {
  format: typeof REFSET_FORMAT;
  version: typeof REFSET_VERSION;
  /** Identifies the set among the sets a user has (notes carry it as `setId`). */
  id: string;
  title: string;
  /** What the set holds and where it comes from. Absent when unused. */
  description?: string;
  /** Terms the set may be used under (an SPDX identifier or a short text). Absent when unused. */
  license?: string;
  /** Topics with stance scales; statements may also carry plain topic tags not listed here. */
  topics: TopicDefinition[];
  speakers: Speaker[];
  statements: Statement[];
}
