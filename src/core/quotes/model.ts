// The article model the quote readers share: the shapes every stage reads
// and writes. Types only, so every module may import it without a cycle.
import type { Paragraph } from '../text/paragraphs.ts';
import type { Span } from '../text/sentences.ts';
import type { Word } from '../text/words.ts';
import type { MarkFamily } from './marks.ts';
import type { Name } from './names.ts';

/** What a speaker is: a named person or organisation, a description, or several people. */
export type SpeakerKind = Name['kind'] | 'description' | 'group';

/** Someone (or something) the article names: a person, an organisation, or a name not yet placed. */
export interface Entity {
  /** The fullest name the article gives. */
  name: string;
  tokens: string[];
  kind: Name['kind'];
  firstSeen: number;
  titles: Set<string>;
  /** Evidence of gender from honorifics and the pronouns that follow the name. */
  male: number;
  female: number;
  /** Times the name is the subject of a cue verb or a quotation's speaker: it is someone. */
  speaks: number;
  /** Whether the article also calls this person by a first name alone ("Sarah", "Te Kaurinui"). */
  firstNameUsed: boolean;
  /**
   * Whether the article describes the name as a person's: "who" after it, an
   * age or a person's role set off after it ("Kerry Adams, a nurse"), a role
   * it stands in apposition to ("her son, Mark,").
   */
  described: boolean;
  /** Offset of the latest mention in full. */
  lastFull: number;
}

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  paragraph: number;
  /** Inside a quotation: the speaker's words, not the reporter's, so no antecedent. */
  quoted: boolean;
  /** In a caption or short heading: page furniture, not the story's thread. */
  aside: boolean;
  /** The first name in its sentence, in the reporter's words: likely the subject. */
  subject: boolean;
  /** "Campbell’s skepticism": an owner, seldom what a pronoun in the same sentence means. */
  possessive: boolean;
  /** End of its sentence. */
  sentenceEnd: number;
  /** "She hired Tomasz Nowak": the sentence's subject is this pronoun, not the name. */
  afterPronoun: 'male' | 'female' | null;
}

/** The words of one paragraph and its sentences, as the readers share them. */
export interface ParagraphText {
  paragraph: Paragraph;
  words: Word[];
  sentences: Span[];
}

/**
 * A stretch of text set off as a quotation: by marks, or as a block quote.
 * Only the outermost quotation counts; marks nested inside it are part of it.
 */
export interface QuoteSpan {
  /** The quoted words: [start, end), without the marks. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks; -1 for a block quote, or a mark never closed. */
  open: number;
  close: number;
  family: MarkFamily | 'block';
  /** Indexes of the first and last paragraph it runs over. */
  firstParagraph: number;
  lastParagraph: number;
}

/**
 * A phrase that names who speaks, before anyone resolves it: a name, a
 * pronoun, or a description ("a senior White House official").
 */
export type SpeakerPhrase =
  | { kind: 'name'; name: Name; start: number; end: number; withThe: boolean }
  | { kind: 'pronoun'; pronoun: string; start: number; end: number }
  | { kind: 'description'; text: string; head: string; start: number; end: number }
  /** "and said", ", saying": the subject is the clause's, found elsewhere. */
  | { kind: 'coordinate'; start: number; end: number };

/** Who said a quotation, and how the article says so. */
export interface Attribution {
  speaker: string | null;
  /** The cue verb as written ("said", "told", "according to", ":"), or null. */
  cue: string | null;
  /** Its lemma ("say"), or a kind of cue ("according", "colon"), or null. */
  lemma: string | null;
  /**
   * How the speaker was found: a cue in the quotation's own sentence; the
   * speaker of the quotation before it in the same paragraph
   * ('continuation') or in the paragraph before, when this one opens with a
   * mark ('next-paragraph'); the surrounding sentences ('context'); a block
   * quote's signature line. Null when not found.
   */
  via: 'cue' | 'continuation' | 'next-paragraph' | 'context' | 'signature' | null;
  /** Words between the cue and the quotation's nearest mark (0 when adjacent). */
  distance: number;
  /** Whether the cue follows the quotation ("“…,” she said") or precedes it. */
  side: 'before' | 'after' | null;
  kind: SpeakerKind | null;
}

/** Speech reported without quotation marks: who said it, and what. */
export interface ReportedSpeech {
  /** The reported clause: [start, end) in the article text. */
  start: number;
  end: number;
  speaker: string | null;
  cue: string;
}
