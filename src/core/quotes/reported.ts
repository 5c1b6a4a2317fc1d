import type { Word } from '../text/words.ts';
import type { ArticleText } from './article.ts';
import { cueAt } from './cues.ts';
import type { ReportedSpeech, SpeakerPhrase } from './model.ts';
import { phraseAfter, subjectBefore } from './phrases.ts';
import { speakerOf } from './resolve.ts';

/** Verbs that report what someone said (not what they thought or did). */
const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'state',
  'declare',
  'announce',
  'assert',
  'argue',
  'claim',
  'insist',
  'note',
  'explain',
  'warn',
  'admit',
  'acknowledge',
  'concede',
  'caution',
  'confirm',
  'deny',
  'report',
  'predict',
  'write',
  'tweet',
  'post',
  'reiterate',
  'stress',
  'emphasize',
  'emphasise',
  'allege',
  'contend',
  'maintain',
  'testify',
  'reveal',
  'disclose',
]);

/** Verbs that report speech with or without "that"; the others need it ("announced that …"). */
const THAT_OPTIONAL = new Set([
  'say',
  'tell',
  'add',
  'claim',
  'insist',
  'argue',
  'warn',
  'write',
  'predict',
  'state',
]);

/** How many words may stand between a cue and its "that": "said on Thursday that". */
const THAT_REACH = 6;

/** A reported clause shorter than this says too little to note. */
const MIN_WORDS = 4;
/** How far into a sentence a trailing attribution ("…, officials said.") may start. */
const TRAILING_WORDS = 12;

/**
 * Speech the article reports in its own words: "X said (that) …",
 * "According to X, …", "…, X said." A sentence that is half paraphrase
 * and half quotation ("said the clinics would open in May and would be
 * “staffed around the clock”") reports its paraphrase too; one whose clause
 * is all quotation is left to the quotation. `quoted(offset)` says whether
 * an offset falls inside a direct quotation.
 */
export function findReported(
  article: ArticleText,
  quoted: (offset: number) => boolean,
): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  article.paragraphs.forEach(({ paragraph, words, sentences }, index) => {
    if (paragraph.kind === 'heading' || paragraph.kind === 'caption' || paragraph.kind === 'code') {
      return;
    }
    let cursor = 0;
    for (const sentence of sentences) {
      while (cursor < words.length && words[cursor]!.start < sentence.start) cursor++;
      const begin = cursor;
      while (cursor < words.length && words[cursor]!.end <= sentence.end) cursor++;
      const sentenceWords = words.slice(begin, cursor);
      const inQuote = sentenceWords.map((w) => quoted(w.start) || QUOTE_MARK.test(w.text));
      const report = reportIn(article, sentenceWords, inQuote, index);
      if (report) found.push(report);
    }
  });
  return found;
}

/** A quotation mark standing as a word of its own. */
const QUOTE_MARK = /^["“”„«»]$/;

function reportIn(
  article: ArticleText,
  words: Word[],
  inQuote: readonly boolean[],
  paragraph: number,
): ReportedSpeech | null {
  const text = (k: number) => (inQuote[k] ? '' : (words[k]?.text.toLowerCase() ?? ''));
  const clause = (from: number, to: number, phrase: SpeakerPhrase, cue: string) =>
    clauseOf(article, words, inQuote, from, to, phrase, cue, paragraph);
  // "According to X, …" and "…, according to X."
  for (let k = 0; k < words.length - 1; k++) {
    if (text(k) !== 'according' || text(k + 1) !== 'to') continue;
    const phrase = phraseAfter(words, k + 2, true);
    if (!phrase) return null;
    const after = words.findIndex((w) => w.start >= phrase.end);
    if (k === 0 && text(after) === ',') {
      return clause(after + 1, words.length, phrase, 'according to');
    }
    if (k > 0 && text(k - 1) === ',') return clause(0, k - 1, phrase, 'according to');
    return null;
  }
  for (let k = 0; k < words.length; k++) {
    if (inQuote[k]) continue;
    const lemma = cueAt(words, k);
    if (!lemma || !SPEECH.has(lemma) || /ing$/.test(text(k))) continue;
    // "…, officials said (late Thursday)." The clause comes first.
    if (k > 0 && k >= words.length - TRAILING_WORDS) {
      const trailing = trailingReport(words, k);
      const report = trailing && clause(0, trailing.comma, trailing.speaker, words[k]!.text);
      if (report) return report;
    }
    // "X said (that) …", "X told reporters (that) …".
    const phrase = subjectBefore(words, k);
    if (!phrase || phrase.kind === 'coordinate') continue;
    const that = thatAfter(words, k + 1);
    let from = that >= 0 ? that + 1 : k + 1;
    if (that < 0 && !THAT_OPTIONAL.has(lemma)) continue;
    if (that < 0 && lemma === 'tell') from = k + 2;
    if (text(from) === ',' || text(from) === ':') continue;
    return clause(from, channelAfter(words, inQuote, from), phrase, words[k]!.text);
  }
  return null;
}

/** "…, officials said." / "…, said Ana Ruiz.": the speaker, and the comma the reported clause ends at. */
function trailingReport(
  words: Word[],
  k: number,
): { speaker: SpeakerPhrase; comma: number } | null {
  const phrase = subjectBefore(words, k);
  let comma = -1;
  let speaker: SpeakerPhrase | null = null;
  if (phrase && phrase.kind !== 'coordinate') {
    const first = words.findIndex((w) => w.start >= phrase.start);
    if (words[first - 1]?.text === ',') {
      comma = first - 1;
      speaker = phrase;
    }
  } else if (words[k - 1]?.text === ',') {
    comma = k - 1;
    speaker = phraseAfter(words, k + 1);
  }
  if (!speaker || comma < 0) return null;
  return { speaker, comma };
}

/**
 * Where a reported clause from `from` ends: before a trailing ", the Nikkei
 * newspaper reported", which names the channel, not more of what was said.
 */
function channelAfter(words: Word[], inQuote: readonly boolean[], from: number): number {
  // A trailing attribution sits near the sentence's end: looking no further keeps this linear.
  for (let k = Math.max(from + 1, words.length - TRAILING_WORDS); k < words.length; k++) {
    if (inQuote[k]) continue;
    const lemma = cueAt(words, k);
    if (!lemma || !SPEECH.has(lemma) || /ing$/i.test(words[k]!.text)) continue;
    const trailing = trailingReport(words, k);
    if (trailing && trailing.comma > from) return trailing.comma;
  }
  return words.length;
}

/**
 * The index of the "that" a cue takes, past a listener or a time ("told
 * reporters that", "said on Thursday that"), or -1.
 */
function thatAfter(words: Word[], from: number): number {
  for (let k = from; k < words.length && k - from < THAT_REACH; k++) {
    const text = words[k]!.text.toLowerCase();
    if (text === 'that') return k;
    if (words[k]!.kind === 'punct') return -1;
  }
  return -1;
}

function clauseOf(
  article: ArticleText,
  words: Word[],
  inQuote: readonly boolean[],
  from: number,
  to: number,
  phrase: SpeakerPhrase,
  cue: string,
  paragraph: number,
): ReportedSpeech | null {
  while (to > from && words[to - 1]!.kind === 'punct') to--;
  while (from < to && words[from]!.kind === 'punct') from++;
  // A dateline is not what was said: "LONDON — After …".
  const dash = words.findIndex((w, k) => k >= from && k < from + 4 && /^[—–]$/.test(w.text));
  if (dash > from && words.slice(from, dash).every((w) => w.text === w.text.toUpperCase()))
    from = dash + 1;
  // The reporter's own words must say something: a clause that is all quotation is the quotation's.
  let own = 0;
  for (let k = from; k < to; k++) if (!inQuote[k] && words[k]!.kind === 'word') own++;
  if (own < MIN_WORDS || inQuote[from]) return null;
  const { speaker } = speakerOf(article.cast, phrase, paragraph);
  if (!speaker) return null;
  // A clause that ends in a quotation ends with it, closing mark and all.
  const last = words[to - 1]!;
  const span = inQuote[to - 1] ? article.spanAt(last.start) : null;
  const end = span && span.close >= last.end ? span.close + 1 : last.end;
  return { start: words[from]!.start, end, speaker, cue };
}
