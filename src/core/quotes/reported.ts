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
 * "According to X, …", "…, X said." Sentences that already quote someone
 * directly are left to the quotation. `quoted(offset)` says whether an
 * offset falls inside a direct quotation.
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
      if (sentenceWords.some((w) => quoted(w.start) || /^["“”„«»]$/.test(w.text))) continue;
      const report = reportIn(article, sentenceWords, index);
      if (report) found.push(report);
    }
  });
  return found;
}

function reportIn(article: ArticleText, words: Word[], paragraph: number): ReportedSpeech | null {
  const text = (k: number) => words[k]?.text.toLowerCase() ?? '';
  // "According to X, …" and "…, according to X."
  for (let k = 0; k < words.length - 1; k++) {
    if (text(k) !== 'according' || text(k + 1) !== 'to') continue;
    const phrase = phraseAfter(words, k + 2, true);
    if (!phrase) return null;
    const after = words.findIndex((w) => w.start >= phrase.end);
    if (k === 0 && text(after) === ',') {
      return clause(article, words, after + 1, words.length, phrase, 'according to', paragraph);
    }
    if (k > 0 && text(k - 1) === ',')
      return clause(article, words, 0, k - 1, phrase, 'according to', paragraph);
    return null;
  }
  for (let k = 0; k < words.length; k++) {
    const lemma = cueAt(words, k);
    if (!lemma || !SPEECH.has(lemma) || /ing$/.test(text(k))) continue;
    // "…, officials said (late Thursday)." The clause comes first.
    if (k > 0 && k >= words.length - TRAILING_WORDS) {
      const trailing = trailingReport(article, words, k, paragraph);
      if (trailing) return trailing;
    }
    // "X said (that) …", "X told reporters (that) …".
    const phrase = subjectBefore(words, k);
    if (!phrase || phrase.kind === 'coordinate') continue;
    const that = thatAfter(words, k + 1);
    let from = that >= 0 ? that + 1 : k + 1;
    if (that < 0 && !THAT_OPTIONAL.has(lemma)) continue;
    if (that < 0 && lemma === 'tell') from = k + 2;
    if (text(from) === ',' || text(from) === ':') continue;
    return clause(article, words, from, words.length, phrase, words[k]!.text, paragraph);
  }
  return null;
}

/** "…, officials said." / "…, said Ana Ruiz." with the reported clause before the comma. */
function trailingReport(
  article: ArticleText,
  words: Word[],
  k: number,
  paragraph: number,
): ReportedSpeech | null {
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
  return clause(article, words, 0, comma, speaker, words[k]!.text, paragraph);
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

function clause(
  article: ArticleText,
  words: Word[],
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
  if (to - from < MIN_WORDS) return null;
  const { speaker } = speakerOf(article.cast, phrase, paragraph);
  if (!speaker) return null;
  return { start: words[from]!.start, end: words[to - 1]!.end, speaker, cue };
}
