/**
 * The findings Backstory makes in an article, shared by every layer: the
 * core produces them from plain text, the DOM bridge anchors them in the live
 * page, the CLI prints them as JSON Lines, the popup lists them.
 *
 * Offsets are UTF-16 code-unit indexes into the article text (the string the
 * DOM bridge builds from the article's text nodes), so `text.slice(start, end)`
 * works the same in Node and in the browser.
 */

/** A text-quote selector (W3C Web Annotation): enough context to re-find a span if offsets drift. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Article metadata as the reader saw it; `published` is an ISO 8601 date or date-time. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  site: string | null;
  published: string | null;
  /** Length of the article text in UTF-16 code units. */
  length: number;
}

/**
 * What a stretch of article text was on the page, where the page says so:
 * a block quote, a heading, a caption, a list item, preformatted code. Plain
 * paragraphs are not listed. The DOM bridge knows these; plain text has none.
 */
export type BlockKind = 'quote' | 'heading' | 'caption' | 'item' | 'code';

/** A block of the article text: [start, end) are article-text offsets. Blocks may nest. */
export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

export type QuoteKind = 'direct' | 'reported';

/**
 * A quotation. For a direct quote `text` is the words between the marks,
 * without the marks, and `articleText.slice(start, end) === text`.
 * For reported speech `text` is the reported clause.
 */
export interface QuoteFinding {
  id: string;
  text: string;
  /** Fullest name the article gives, an organisation, an anonymous source's description, or null. */
  speaker: string | null;
  /** The reference-set speaker the name resolves to, if any. */
  speakerId: string | null;
  /** The attribution verb or phrase ("said", "according to", ":"), or null. */
  cue: string | null;
  kind: QuoteKind;
  start: number;
  end: number;
  selector: TextQuoteSelector;
}

/** A sentence that asserts something checkable. */
export interface ClaimFinding {
  id: string;
  text: string;
  start: number;
  end: number;
  selector: TextQuoteSelector;
}

/** Who said the earlier statement, relative to the finding's speaker. */
export type Relation = 'same-speaker' | 'same-organisation' | 'same-government' | 'same-topic';

/** How the finding's stance relates to the earlier one, when both carry a stance on a shared topic. */
export type StanceRelation = 'repeats' | 'shifts' | 'contradicts';

/** One earlier (or later) statement shown in a context note. */
export interface NoteStatement {
  id: string;
  speakerId: string | null;
  speaker: string | null;
  text: string;
  /** Whether `text` is the speaker's own words, a paraphrase, or a claim. */
  kind?: 'quote' | 'paraphrase' | 'claim' | 'report';
  /** How the source described an unnamed speaker ("a senior White House official"). */
  attribution?: string;
  /** The occasion: a headline or one-line summary. */
  context?: string;
  date: string | null;
  source: { title: string | null; outlet: string | null; url: string | null } | null;
  relation: Relation;
  stance?: StanceRelation;
  score: number;
  /** A short phrase saying why this statement was chosen. */
  why: string;
  /** Whether the statement came before or after the article, when both dates are known. */
  when?: 'before' | 'after' | 'same-day';
  /** Which reference set it came from. */
  setId?: string;
  /** A fact-checker's verdict, when the statement is a claim imported from a fact-check. */
  review?: { rating: string; reviewer: string | null; url: string | null };
  /** The labels of the subjects the statement is about, for the card's "why" sentence. */
  topics?: string[];
  /** Other quotes or claims of the page this statement is also shown for ("also about this"). */
  alsoAbout?: string[];
  /**
   * Set on statements from "Your reading", the user's own record of what they
   * read: the card says so. `visitDated`: the date is the day it was read,
   * because the article gave none.
   */
  fromReading?: { visitDated: boolean };
}

export interface ContextNote {
  /** The id of the quote or claim the note is about. */
  target: string;
  statements: NoteStatement[];
}

/** Everything Backstory found in one article. */
export interface Annotation {
  article: ArticleMeta;
  quotes: QuoteFinding[];
  claims: ClaimFinding[];
  notes: ContextNote[];
}
