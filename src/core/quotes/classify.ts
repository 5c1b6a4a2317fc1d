import type { Paragraph } from '../text/paragraphs.ts';
import { CUE_VERBS, DETERMINERS, NAMING_CUES, SOFT_CUES } from './lexicon.ts';
import type { Attribution, QuoteSpan } from './model.ts';

/**
 * Whether a quoted stretch is a quotation, or marks set round something
 * else: a scare quote ("wins"), a term (so-called "metadata"), a title
 * ("Deterministic Nonperiodic Flow"), a nickname, a heading, imagined
 * speech. A short phrase needs a speaker saying it close by; a sentence
 * stands on its own.
 */
export function isQuotation(
  text: string,
  span: QuoteSpan,
  paragraph: Paragraph,
  attribution: Attribution,
): boolean {
  if (span.family === 'block') return wordCount(text, span.start, span.end) >= 3;
  const before = wordsBeforeMark(text, span.open, paragraph.start, 4);
  const after = text.slice(span.close + 1, Math.min(paragraph.end, span.close + 40));
  // A naming word before the quotation makes it a term, unless an agent follows who said it.
  const agent = attribution.cue === 'by';
  if ((isNaming(before) && !agent) || isTitle(text, span, before) || isNickname(before, after)) {
    return false;
  }
  if (
    /\bas (?:if|though) (?:to say|saying)\s*:?\s*$/i.test(
      text.slice(Math.max(paragraph.start, span.open - 30), span.open),
    )
  ) {
    return false;
  }
  const words = wordCount(text, span.start, span.end);
  if (isHeadingLike(text, span, paragraph, words)) return false;
  const sentence = isSentenceLike(text, span, paragraph, after);
  const spoken = attribution.via === 'cue' || attribution.via === 'signature';
  if (!spoken) {
    if (attribution.speaker === null) return false;
    // The rest of a quotation in the same paragraph: "Abbas “has put aside …”".
    if (attribution.via === 'continuation') return words >= SAME_PARAGRAPH_WORDS || sentence;
    return sentence && words >= 3;
  }
  if (attribution.lemma && SOFT_CUES.has(attribution.lemma) && !sentence && words < 4) return false;
  if (words >= 3) return true;
  // One or two words: a predicate the speaker used ("said it was “distressing”",
  // "described as “heartbreaking”"), or a phrase the attribution closes on.
  if (attribution.speaker === null) return false;
  if (attribution.side === 'after' && attribution.distance <= ADJACENT) return true;
  const previous = before[before.length - 1] ?? '';
  if (continuesNounPhrase(before, after)) return false;
  if (PREDICATE_LEAD.has(previous) || CUE_VERBS.has(previous)) return true;
  // "called the plan ‘a gimmick’": the name a speaker gave something.
  if (
    attribution.lemma !== null &&
    NAMING_CUES.has(attribution.lemma) &&
    attribution.distance <= NAMING_REACH &&
    !DETERMINERS.has(previous.toLowerCase())
  ) {
    return true;
  }
  // The end of a clause the speaker's cue governs: "open to talks “without preconditions,”".
  const endsClause = /[,.;:!?]$/.test(text.slice(span.start, span.end)) || /^[,.;:!?]/.test(after);
  return (
    endsClause &&
    attribution.side === 'before' &&
    attribution.distance <= CLAUSE_REACH &&
    !DETERMINERS.has(previous.toLowerCase())
  );
}

/** How many words a cue may stand before a short quotation that closes its clause. */
const CLAUSE_REACH = 8;

/** How far a naming cue ("called the plan") may stand before the name it gives. */
const NAMING_REACH = 4;

/** An attribution this close after a short quotation is plainly its own ("“…,” as Reuters reported"). */
const ADJACENT = 1;

/** No heading runs longer than this (twelve words of ordinary length). */
const HEADING_CHARS = 160;

/** A quotation this long in a paragraph that already quotes someone is theirs too. */
const SAME_PARAGRAPH_WORDS = 4;

/** Words before a one- or two-word quotation that make it the speaker's predicate. */
const PREDICATE_LEAD = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'as',
  'seem',
  'seemed',
  'seems',
  'feel',
  'felt',
  'feels',
  'sounded',
  'remain',
  'remained',
  'became',
  'become',
  'it',
  'them',
  'him',
  'her',
  'this',
]);

/** Words right before the mark that say the quotation is a term or a name for something. */
const NAMING = [
  /\bso[- ]called$/,
  /\b(?:dubbed|nicknamed|termed|titled|entitled|coined|labell?ed|branded|named)$/,
  /\b(?:known|referred to|billed|marketed) as$/,
  // Passive only: "a stranding described as “unprecedented”"; "she described it as “…”" quotes her.
  /\b(?:is|was|were|are|been|be|being) (?:described|called|labell?ed|branded|dubbed|termed) as$/,
  /\b(?:the|a|an|his|her|their|its) (?:term|word|words|phrase|slogan|label|name|title|hashtag|motto|tagline|expression|moniker|nickname|headline)$/,
  /\b(?:phrases?|words?|terms?|expressions?|slogans?|labels?) (?:like|such as)$/,
  /\b(?:a|an|the) \w+ called$/,
  /^called$/,
];

function isNaming(before: string[]): boolean {
  const tail = before.join(' ').toLowerCase();
  return NAMING.some((pattern) => pattern.test(tail));
}

/** Works whose titles are quoted: "her book “A Paradise Built in Hell”". */
const WORKS =
  /\b(?:book|novel|memoir|film|movie|documentary|song|single|album|play|musical|show|series|episode|paper|article|essay|poem|column|op-ed|headline|exhibition|exhibit|painting|opera|report|study|podcast|game|programme|program|speech|lecture|talk|campaign|policy|bill|act|law|motto|manifesto)$/;

function isTitle(text: string, span: QuoteSpan, before: string[]): boolean {
  const previous = before.slice(-2).join(' ').toLowerCase();
  const inner = text.slice(span.start, span.end);
  if (!titleCase(inner)) return false;
  return WORKS.test(previous) || !/[.!?,]["”’]?$/.test(inner.trim()) || /:/.test(inner);
}

/** Every content word capitalised, at least two words: how titles are set. */
function titleCase(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return false;
  const minor =
    /^(?:a|an|the|and|or|nor|but|yet|so|of|in|into|on|onto|at|to|for|with|by|from|as|is|are|be|its|that|which|who|than|via|up|out|off|over|vs?\.?|de|la|le|el|von|van)$/i;
  return words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && minor.test(w)));
}

/** A name's nickname: Dwayne “The Rock” Johnson. */
function isNickname(before: string[], after: string): boolean {
  const previous = before[before.length - 1] ?? '';
  return /^\p{Lu}\p{Ll}+$/u.test(previous) && before.length > 1 && /^\s\p{Lu}\p{Ll}+/u.test(after);
}

/**
 * A short stretch of its own that does not end a sentence: a heading
 * ("‘Unprecedented’ strandings"), a caption's label, a sign.
 */
function isHeadingLike(
  text: string,
  span: QuoteSpan,
  paragraph: Paragraph,
  words: number,
): boolean {
  // Only a short paragraph can be a heading; the bound keeps long ones from being split per quotation.
  if (paragraph.end - paragraph.start > HEADING_CHARS) return false;
  const own = text.slice(paragraph.start, paragraph.end);
  const total = own.split(/\s+/).length;
  if (paragraph.kind === 'heading' && total <= 12) return true;
  return (
    total <= 8 &&
    words < total &&
    !/[.!?:"”’]$/.test(own) &&
    span.firstParagraph === span.lastParagraph
  );
}

/**
 * Whether the quoted words read as a sentence or a clause someone said: a
 * capital (or an ellipsis, a bracket) at the start, and the end of a
 * sentence or clause at the close, or the paragraph's end.
 */
function isSentenceLike(
  text: string,
  span: QuoteSpan,
  paragraph: Paragraph,
  after: string,
): boolean {
  const inner = text.slice(span.start, span.end);
  const starts = /^(?:[…[(]|\.\.\.)?\s*[\p{Lu}\p{N}[@#]/u.test(inner);
  const ends =
    /[.!?,;:…—–-]['"’”]*$/.test(inner.trimEnd()) ||
    span.close < 0 ||
    blankUntil(text, span.close + 1, paragraph.end) ||
    /^\s*[,.;:!?]/.test(after);
  return starts && ends;
}

/** Whether text[from, to) is all whitespace, reading only as far as the first other character. */
function blankUntil(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** A short quotation inside a noun phrase that goes on: the “jobs machine” it thinks it is. */
function continuesNounPhrase(before: string[], after: string): boolean {
  const previous = (before[before.length - 1] ?? '').toLowerCase();
  return DETERMINERS.has(previous) && /^\s+\p{Ll}/u.test(after);
}

/** The last `count` words before `offset` in its paragraph. */
function wordsBeforeMark(text: string, offset: number, from: number, count: number): string[] {
  const window = text.slice(Math.max(from, offset - 60), offset);
  return window.split(/\s+/).filter(Boolean).slice(-count);
}

function wordCount(text: string, start: number, end: number): number {
  return text.slice(start, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
