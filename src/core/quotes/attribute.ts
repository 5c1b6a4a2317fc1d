import { firstIndex } from '../text/search.ts';
import type { Span } from '../text/sentences.ts';
import type { Word } from '../text/words.ts';
import type { ArticleText } from './article.ts';
import { cueAt } from './cues.ts';
import { DETERMINERS, PRONOUNS } from './lexicon.ts';
import type { Attribution, ParagraphText, QuoteSpan, SpeakerPhrase } from './model.ts';
import { readName, readNameEndingAt } from './names.ts';
import { namePhrase, participleSubject, phraseAfter, subjectBefore } from './phrases.ts';
import { speakerOf } from './resolve.ts';
import { isAttributionLine } from './scan.ts';

const NONE: Attribution = {
  speaker: null,
  cue: null,
  lemma: null,
  via: null,
  distance: Number.POSITIVE_INFINITY,
  side: null,
  kind: null,
};

/** Passive naming verbs: "was described as “heartbreaking” by the department". */
const PASSIVE_NAMING = new Set([
  'described',
  'called',
  'labelled',
  'labeled',
  'branded',
  'dubbed',
  'termed',
  'hailed',
]);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** "in X's words", "in X's phrase". */
const WORDS_OF = new Set(['words', 'phrase', 'view', 'terms', 'telling', 'account']);

/**
 * Attributes every quoted span in turn and keeps the quotations `accept`
 * takes (order matters: a continuation takes the speaker of the quotation
 * before it, and pronouns the speakers before them; scare quotes are no
 * one's words). Returns the attribution of each span, null where rejected.
 */
export function attributeAll(
  article: ArticleText,
  accept: (span: QuoteSpan, attribution: Attribution) => boolean,
): (Attribution | null)[] {
  const results: (Attribution | null)[] = [];
  let previous: { span: QuoteSpan; attribution: Attribution } | null = null;
  for (const span of article.spans) {
    const attribution = attribute(article, span, previous);
    if (!accept(span, attribution)) {
      results.push(null);
      continue;
    }
    results.push(attribution);
    previous = { span, attribution };
    if (attribution.speaker && attribution.kind) {
      article.cast.noteSpeaker(
        attribution.speaker,
        attribution.kind,
        span.start,
        span.firstParagraph,
      );
    }
  }
  return results;
}

function attribute(
  article: ArticleText,
  span: QuoteSpan,
  previous: { span: QuoteSpan; attribution: Attribution } | null,
): Attribution {
  const first = article.paragraphs[span.firstParagraph]!;
  const last = article.paragraphs[span.lastParagraph]!;
  const pre = wordsBefore(article, first, span);
  const post = wordsAfter(article, last, span);
  // An attribution right after the quotation is its own; one after a further
  // clause ("…” as prices fell, Yahoo Finance reported") yields to a cue before.
  const after = introducesNext(article, span, post) ? null : afterQuote(article, span, post);
  // "When Ellery promised “…,” I believed him": a cue that names nobody yields to one before.
  // "Sato said the moves were “…,” the Nikkei reported": a channel yields to the speaker it carries.
  if (
    after &&
    after.distance <= ROLE_WORDS &&
    after.speaker !== null &&
    !introducesNext(article, span, post)
  ) {
    const carried =
      after.lemma === 'report' ? beforeQuote(article, span, pre, post, previous) : null;
    return carried && carried.via === 'cue' && carried.lemma !== 'report' ? carried : after;
  }
  const fromCue =
    beforeQuote(article, span, pre, post, previous) ?? after ?? signature(article, span);
  if (fromCue) return fromCue;
  return continuation(article, span, pre, previous) ?? NONE;
}

/**
 * Whether the words after a quotation that closes its sentence ("….”) go on
 * to introduce a quotation of their own: in "“….” Gareth Moss condemned
 * “…”" the cue is the next quotation's.
 */
function introducesNext(article: ArticleText, span: QuoteSpan, post: Word[]): boolean {
  if (post.length === 0 || post.length > ROLE_WORDS + 2) return false;
  if (!/[.!?]$/.test(article.text.slice(span.start, span.end))) return false;
  // "“…?” Rothman asked. “…”": a cue that ends its own sentence is the quotation's before.
  if (post.some((word) => /^[.!?:;]$/.test(word.text))) return false;
  // The words after stop where the next quotation opens.
  let next = post[post.length - 1]!.end;
  while (next < article.text.length && /[ \t]/.test(article.text[next]!)) next++;
  const following = article.spanAt(next);
  return following !== null && following !== span;
}

/**
 * How many words either side of a quotation attribution reads: a cue farther
 * away is not the quotation's, and the bound keeps hostile text linear.
 */
const PRE_WINDOW = 60;
/** How many sentences back a quotation without a cue looks for the one introducing its speaker. */
const CONTEXT_SENTENCES = 3;
const POST_WINDOW = 40;

/** The reporter's words of the quotation's sentence before its opening mark. */
function wordsBefore(article: ArticleText, paragraph: ParagraphText, span: QuoteSpan): Word[] {
  const open = span.open >= 0 ? span.open : span.start;
  const from = sentenceStart(article, paragraph.sentences, open);
  const { words } = paragraph;
  const end = firstWordFrom(words, open);
  const begin = Math.max(firstWordFrom(words, from), end - PRE_WINDOW);
  return words.slice(begin, end).filter((w) => w.end <= open && !article.spanAt(w.start));
}

/** The reporter's words after the closing mark, to the end of the sentence or the next quotation. */
function wordsAfter(article: ArticleText, paragraph: ParagraphText, span: QuoteSpan): Word[] {
  if (span.close < 0) return [];
  const result: Word[] = [];
  const { words } = paragraph;
  const sentence = paragraph.sentences[sentenceIndex(paragraph.sentences, span.close)];
  const sentenceEnd =
    sentence && sentence.end > span.close ? sentence.end : paragraph.paragraph.end;
  const begin = firstWordFrom(words, span.close + 1);
  for (let i = begin; i < words.length && i - begin < POST_WINDOW; i++) {
    const word = words[i]!;
    if (article.spanAt(word.start)) break;
    // A sentence that ends inside the quotation ends with it ("Go." Then ...): look to the next stop.
    if (word.start >= sentenceEnd && result[result.length - 1]?.text === '.') break;
    result.push(word);
    if ((word.text === '.' || word.text === '?' || word.text === '!') && result.length > 1) break;
  }
  return result;
}

/** The index of the first word that starts at or after `offset`. */
function firstWordFrom(words: readonly Word[], offset: number): number {
  return firstIndex(words.length, (i) => words[i]!.start >= offset);
}

/** The index of the sentence that holds `offset` (or the last one before it). */
function sentenceIndex(sentences: readonly Span[], offset: number): number {
  return Math.min(
    firstIndex(sentences.length, (i) => sentences[i]!.end > offset),
    sentences.length - 1,
  );
}

/**
 * Where the sentence holding `offset` starts, reaching back past sentence
 * breaks that fall inside quotations (a quotation's own full stops).
 */
function sentenceStart(article: ArticleText, sentences: Span[], offset: number): number {
  let index = sentenceIndex(sentences, offset);
  for (let steps = 0; index > 0 && steps < 8; steps++) {
    const start = sentences[index]!.start;
    const inside = article.spanAt(start - 1);
    if (!inside || inside.open >= start) break;
    index--;
  }
  return sentences[index]?.start ?? offset;
}

/** "“…,” said X", "“…,” X said", "“…,” the CDC says", "“…,” as Reuters reported". */
function afterQuote(article: ArticleText, span: QuoteSpan, post: Word[]): Attribution | null {
  let start = 0;
  while (start < post.length && /^[,—–(]$/.test(post[start]!.text)) start++;
  // An attribution follows a quotation set off by punctuation ("“…,” said X"); a
  // verb straight after the mark belongs to the sentence ("Critics of the ‘X’ say").
  // Punctuation may stand inside a nested quotation's closing mark: "… a sign,’” he said".
  const setOff =
    start > 0 || /[,.?!…—–-]['"’”]*\s*$/.test(article.text.slice(span.start, span.end));
  for (let k = start; k < post.length; k++) {
    const lemma = cueAt(post, k);
    if (lemma) {
      if (k === start) {
        if (!setOff) continue;
        const phrase = phraseAfter(post, k + 1);
        if (phrase) return resolved(article, span, phrase, post[k]!.text, lemma, 0);
        continue;
      }
      // A cue whose subject does not open the clause is some other verb ("are all thought to").
      const phrase = subjectBefore(post, k);
      const opens =
        phrase && phrase.kind !== 'coordinate' ? startsClause(post, start, phrase.start) : 'no';
      if (phrase && (opens === 'after-clause' || (opens === 'adjacent' && setOff))) {
        // After a clause of its own, the attribution is far from the quotation whatever its length.
        const lead = post.slice(start).findIndex((w) => w.start >= phrase.start);
        const distance = opens === 'after-clause' ? Number.POSITIVE_INFINITY : lead;
        return resolved(article, span, phrase, post[k]!.text, lemma, distance);
      }
      continue;
    }
    const text = post[k]!.text.toLowerCase();
    if (text === 'according' && post[k + 1]?.text.toLowerCase() === 'to') {
      const phrase = phraseAfter(post, k + 2, true);
      return phrase
        ? resolved(article, span, phrase, 'according to', 'according', k - start)
        : null;
    }
    if (text === 'by' && k === start && isPassiveNaming(article, span)) {
      const phrase = phraseAfter(post, k + 1);
      return phrase ? resolved(article, span, phrase, 'by', 'describe', 0) : null;
    }
  }
  return null;
}

/**
 * Whether the speaker phrase starting at offset `phraseStart` opens the
 * attribution clause after a quotation: right after the mark, after "as",
 * or after a few role words ("White House press secretary Josh Earnest
 * told") it is 'adjacent'; after a comma ending a further clause ("as
 * prices fell, the Ledger reported") it is 'after-clause'; with a verb or
 * clause in between, 'no'.
 */
function startsClause(
  post: Word[],
  start: number,
  phraseStart: number,
): 'adjacent' | 'after-clause' | 'no' {
  let index = start;
  while (index < post.length && post[index]!.start < phraseStart) index++;
  if (index === start) return 'adjacent';
  const lead = post.slice(start, index);
  const last = lead[lead.length - 1]!.text;
  if (lead.length === 1 && /^as$/i.test(last)) return 'adjacent';
  if (/^[,—–(]$/.test(last)) return 'after-clause';
  const roles = lead.every((w) => w.kind === 'word' && !CLAUSE_LEADS.has(w.text.toLowerCase()));
  return lead.length <= ROLE_WORDS && roles ? 'adjacent' : 'no';
}

/** How many role words may stand between a quotation and the name after it. */
const ROLE_WORDS = 6;
const CLAUSE_LEADS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'when',
  'while',
  'after',
  'before',
  'because',
  'if',
  'to',
  'in',
  'on',
  'at',
  'for',
]);

/** "described as “…”": the agent follows the quotation ("by the department"). */
function isPassiveNaming(article: ArticleText, span: QuoteSpan): boolean {
  const before = article.text
    .slice(Math.max(0, span.open - 40), span.open)
    .toLowerCase()
    .split(/\s+/);
  const as = before.lastIndexOf('as');
  return as > 1 && PASSIVE_NAMING.has(before[as - 1]!) && BE.has(before[as - 2]!);
}

/**
 * "X said: “…”", "X said it was “…”", "According to X, “…”", "In X's words,
 * “…”", a colon after a clause with a subject.
 */
function beforeQuote(
  article: ArticleText,
  span: QuoteSpan,
  pre: Word[],
  post: Word[],
  previous: { span: QuoteSpan; attribution: Attribution } | null,
): Attribution | null {
  for (let k = pre.length - 1; k >= 0; k--) {
    const text = pre[k]!.text.toLowerCase();
    if (text === 'according' && pre[k + 1]?.text.toLowerCase() === 'to') {
      const phrase = phraseAfter(pre, k + 2, true);
      if (phrase)
        return resolved(article, span, phrase, 'according to', 'according', pre.length - k);
    }
    const owner = text === 'in' ? possessiveOfWords(pre, k) : -1;
    if (owner >= 0) {
      const name = readNameEndingAt(pre, owner);
      if (name) {
        const phrase = namePhrase(name);
        return resolved(article, span, phrase, 'in the words of', 'say', pre.length - k);
      }
    }
    const lemma = cueAt(pre, k);
    if (!lemma) continue;
    if (isPassiveNaming(article, span) && post[0]?.text.toLowerCase() === 'by') return null;
    const distance = pre.length - 1 - k;
    const participle = /ing$/.test(text);
    const direct = participle ? absoluteSubject(pre, k) : subjectBefore(pre, k);
    // "… and accused X of “…”", "… but stressing that “…”": the same speaker as the quotation before.
    const coordinated = direct?.kind === 'coordinate' || (participle && isConjunction(pre[k - 1]));
    if (
      coordinated &&
      previous?.attribution.speaker &&
      previous.span.lastParagraph === span.firstParagraph
    ) {
      return {
        ...previous.attribution,
        cue: pre[k]!.text,
        lemma,
        via: 'cue',
        distance,
        side: 'before',
      };
    }
    let phrase: SpeakerPhrase | null = direct?.kind === 'coordinate' ? null : direct;
    if (!phrase && participle) phrase = participleSubject(pre, k);
    phrase ??= clauseSubject(pre, k);
    return phrase ? resolved(article, span, phrase, pre[k]!.text, lemma, distance) : null;
  }
  const last = pre[pre.length - 1];
  if (last?.text === ':') {
    const phrase = clauseSubject(pre, pre.length - 1);
    if (phrase) return resolved(article, span, phrase, ':', 'colon', 0);
  }
  return null;
}

function isConjunction(word: Word | undefined): boolean {
  return word !== undefined && /^(?:and|but|while|yet)$/i.test(word.text);
}

/** "with President Yoon Suk-yeol’s office saying": the phrase between "with" and the participle. */
function absoluteSubject(words: Word[], k: number): SpeakerPhrase | null {
  const phrase = subjectBefore(words, k);
  if (!phrase || phrase.kind === 'coordinate') return null;
  const first = words.findIndex((w) => w.start >= phrase.start);
  let lead = first - 1;
  while (lead >= 0 && words[lead]!.kind === 'word' && words[lead]!.text.toLowerCase() !== 'with')
    lead--;
  return lead >= 0 && words[lead]!.text.toLowerCase() === 'with' && first - lead <= 6
    ? phrase
    : null;
}

/** In "in X's words", "in economist X's phrase": the index of X's possessive word, else -1. */
function possessiveOfWords(words: Word[], k: number): number {
  for (let j = k + 1; j < Math.min(words.length, k + 7); j++) {
    if (/['’]s$/.test(words[j]!.text)) {
      return WORDS_OF.has(words[j + 1]?.text.toLowerCase() ?? '') ? j : -1;
    }
  }
  return -1;
}

/**
 * The subject at the start of the clause that ends at `k`: the sentence's
 * first name, pronoun or description, preferring a name in apposition ("The
 * leader of Ennahda, Rachid Ghannouchi, condemned ..."). Leading adverbials
 * ("In 2013,") are passed over.
 */
function clauseSubject(words: Word[], k: number): SpeakerPhrase | null {
  for (let j = leadingPhraseEnd(words, k); j < k; j++) {
    const word = words[j]!;
    if (word.kind !== 'word') continue;
    const text = word.text.toLowerCase();
    if (PRONOUNS.has(text))
      return { kind: 'pronoun', pronoun: text, start: word.start, end: word.end };
    const phrase = phraseAfter(words, j);
    if (!phrase) continue;
    if (phrase.kind === 'name' && phrase.name.possessive) continue;
    const end = words.findIndex((w) => w.start >= phrase.end);
    if (end > 0 && words[end]?.text === ',') {
      const apposed = phraseAfter(words, end + 1);
      if (
        apposed?.kind === 'name' &&
        apposed.name.kind === 'person' &&
        words[wordIndexAt(words, apposed.end)]?.text === ','
      ) {
        return apposed;
      }
    }
    if (phrase.kind === 'name' && isIntroductory(words, phrase.end)) continue;
    return phrase;
  }
  return null;
}

/** Prepositions that open an adverbial phrase before a sentence's subject. */
const LEADING_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'after',
  'before',
  'during',
  'for',
  'from',
  'with',
  'by',
  'since',
  'under',
  'over',
  'amid',
  'despite',
  'following',
  'across',
  'inside',
  'outside',
]);

/**
 * Where the subject can start, past a leading adverbial phrase with no comma
 * ("On one Facebook page an unidentified poster wrote …"): at the next
 * determiner after the phrase's own noun. With a comma, the name-skipping
 * of `isIntroductory` does it.
 */
function leadingPhraseEnd(words: Word[], k: number): number {
  if (!LEADING_PREPOSITIONS.has(words[0]?.text.toLowerCase() ?? '')) return 0;
  for (let j = 1; j < k; j++) {
    const text = words[j]!.text.toLowerCase();
    if (text === ',') return 0;
    if (j >= 3 && DETERMINERS.has(text)) return j;
  }
  return 0;
}

function wordIndexAt(words: Word[], end: number): number {
  const index = words.findIndex((w) => w.start >= end);
  return index < 0 ? words.length : index;
}

/** A name inside a leading adverbial ("In Washington, ..."): not the subject. */
function isIntroductory(words: Word[], end: number): boolean {
  const next = words[wordIndexAt(words, end)];
  return (
    next?.text === ',' &&
    /^(in|at|on|from|after|before|since|during|for|of|with)$/i.test(words[0]!.text)
  );
}

/** A block quote's own signature line ("— Ji-Hoon Nam"), or the line after a pull quote. */
function signature(article: ArticleText, span: QuoteSpan): Attribution | null {
  const paragraph = article.paragraphs[span.lastParagraph]!.paragraph;
  if (paragraph.quoteBlock < 0) return null;
  const next = article.paragraphs[span.lastParagraph + 1];
  if (!next || next.paragraph.quoteBlock !== paragraph.quoteBlock) return null;
  if (!isAttributionLine(article.text, next.paragraph)) return null;
  const words = next.words.filter((w) => !/^[—–―-]$/.test(w.text));
  const name = readName(words, 0);
  if (!name) return null;
  const phrase = namePhrase(name);
  return { ...resolved(article, span, phrase, null, null, 0), via: 'signature' };
}

/**
 * A quotation with no cue of its own: the next sentence of the same
 * speaker's quotation in one paragraph, a paragraph that opens with a mark
 * after a paragraph quoting someone, or a quotation after a sentence that
 * introduces its speaker ("X summed it up with a metaphor. “…”").
 */
function continuation(
  article: ArticleText,
  span: QuoteSpan,
  pre: Word[],
  previous: { span: QuoteSpan; attribution: Attribution } | null,
): Attribution | null {
  const paragraphIndex = span.firstParagraph;
  const paragraph = article.paragraphs[paragraphIndex]!;
  const opensParagraph = span.open === paragraph.paragraph.start || span.family === 'block';
  if (previous?.attribution.speaker) {
    const gap = paragraphIndex - previous.span.lastParagraph;
    const between = skippable(article, previous.span.lastParagraph + 1, paragraphIndex);
    if (gap === 0) return continued(previous.attribution, 'continuation');
    if (opensParagraph && pre.length === 0 && between) {
      return continued(previous.attribution, 'next-paragraph');
    }
  }
  // "Favourite ingredient? “Anchovies.”": the answer of the one being interviewed.
  if (previous?.attribution.speaker && pre.length === 0 && answersQuestion(article, span)) {
    return continued(previous.attribution, 'next-paragraph');
  }
  if (pre.length > 0 && span.family !== 'block') return null;
  return fromContext(article, span);
}

/** Whether the reporter's words just before a quotation, in its paragraph, end in a question. */
function answersQuestion(article: ArticleText, span: QuoteSpan): boolean {
  const open = span.open >= 0 ? span.open : span.start;
  const { start } = article.paragraphs[span.firstParagraph]!.paragraph;
  const before = article.text.slice(start, open).trimEnd();
  return before.endsWith('?') && !article.spanAt(start + before.length - 1);
}

/**
 * The speaker the sentence before a quotation introduces: its subject
 * ("However, he defended his decision. / “Well, …”"), or failing that the
 * last name in it ("That opener suggests that Uber …").
 */
function fromContext(article: ArticleText, span: QuoteSpan): Attribution | null {
  const at = span.open >= 0 ? span.open : span.start;
  const words = sentenceBefore(article, span.firstParagraph, at);
  const phrase = words.length > 0 ? clauseSubject(words, words.length) : null;
  if (phrase && phrase.kind !== 'coordinate') {
    const attribution = resolved(article, span, phrase, null, null, Number.POSITIVE_INFINITY);
    if (attribution.speaker && attribution.kind !== 'description') {
      return { ...attribution, via: 'context', side: null };
    }
  }
  const named = article.cast.lastNamedBefore(at, span.firstParagraph);
  if (!named) return null;
  return {
    speaker: named,
    cue: null,
    lemma: null,
    via: 'context',
    distance: Number.POSITIVE_INFINITY,
    side: null,
    kind: 'person',
  };
}

/** The reporter's words of the last sentence before `at`: in its paragraph, else the story's paragraph before. */
function sentenceBefore(article: ArticleText, paragraphIndex: number, at: number): Word[] {
  for (let p = paragraphIndex; p >= 0 && p >= paragraphIndex - 2; p--) {
    const { paragraph, words, sentences } = article.paragraphs[p]!;
    if (p < paragraphIndex && (paragraph.kind === 'caption' || paragraph.kind === 'heading'))
      continue;
    // Back from the sentence holding `at`, a few sentences at most: the bound keeps hostile text linear.
    const last = p === paragraphIndex ? sentenceIndex(sentences, at) : sentences.length - 1;
    for (let s = last; s >= 0 && last - s < CONTEXT_SENTENCES; s--) {
      const sentence = sentences[s]!;
      if (sentence.start >= at) continue;
      const end = firstWordFrom(words, Math.min(sentence.end, at));
      const begin = Math.max(firstWordFrom(words, sentence.start), end - PRE_WINDOW);
      const found = words
        .slice(begin, end)
        .filter((w) => w.end <= Math.min(sentence.end, at) && !article.spanAt(w.start));
      if (found.length > 0) return found;
    }
  }
  return [];
}

function continued(attribution: Attribution, via: 'continuation' | 'next-paragraph'): Attribution {
  return {
    ...attribution,
    cue: null,
    lemma: null,
    via,
    distance: Number.POSITIVE_INFINITY,
    side: null,
  };
}

/**
 * Whether paragraphs [from, to) are only page furniture between two parts of
 * a story: captions, headings, or (where the page did not say) short lines
 * that end no sentence.
 */
function skippable(article: ArticleText, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const { paragraph, words } = article.paragraphs[p]!;
    if (paragraph.kind === 'caption' || paragraph.kind === 'heading') continue;
    // Prose ends its paragraphs with a stop; captions and credits seldom do.
    const last = words[words.length - 1]?.text ?? '';
    if (words.length > FURNITURE_WORDS || /^[.!?:"”’]$/.test(last)) return false;
  }
  return true;
}

/** A line up to this long that ends no sentence reads as a caption, credit or heading. */
const FURNITURE_WORDS = 40;

/** Turns the phrase into the fullest name the article gives. */
function resolved(
  article: ArticleText,
  span: QuoteSpan,
  phrase: SpeakerPhrase,
  cue: string | null,
  lemma: string | null,
  distance: number,
): Attribution {
  const { speaker, kind } = speakerOf(article.cast, phrase, span.firstParagraph);
  const side = phrase.start > span.end ? 'after' : 'before';
  return { speaker, cue, lemma, via: 'cue', distance, side, kind };
}
