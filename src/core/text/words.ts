/**
 * Words and punctuation with their offsets, as the quotation and claim
 * readers see a stretch of text. (Matching has its own tokeniser, tuned for
 * retrieval; this one keeps every offset and every punctuation mark.)
 */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** A word (letters or digits), or a single punctuation or symbol character. */
  kind: 'word' | 'punct';
}

/**
 * A word is letters and digits with inner apostrophes, hyphens, periods and
 * ampersands (don't, Kim’s, Ji-Hoon, U.S., AT&T), plus a final period that
 * belongs to it (Mr., initials, U.S.); anything else is one character. A
 * period between a lowercase word and a capitalised one ("Wednesday.According")
 * is a full stop that lost its space, not part of a word.
 */
const TOKEN =
  /[\p{L}\p{N}\p{M}]+(?:(?:['’\-&]|\.(?!(?<=\p{Ll}{2}\.)\p{Lu}\p{Ll}))[\p{L}\p{N}\p{M}]+)*\.?|\S/gu;

/** Lowercase words that keep their final period: titles and common abbreviations. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'cpl',
  'pvt',
  'rev',
  'fr',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'messrs',
  'hon',
  'pres',
  'supt',
  'det',
  'insp',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'no',
  'nos',
  'vs',
  'etc',
  'al',
  'approx',
  'dept',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ave',
  'blvd',
  'rd',
]);

/** A US politician's party and state after their name: "R-Ohio", "D-Colo.", "I-Vt.". */
export const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/**
 * Whether a word's final period is part of it: an abbreviation (Mr., Dr.),
 * an initial (C.), a word with inner periods (U.S., Ph.D., a.m.), a party
 * tag with its state abbreviated (D-Colo.).
 */
export function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.includes('.') || PARTY_TAG.test(word)) return true;
  if (/^\p{Lu}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** The words and punctuation of text[from, to). */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  // Searched within the range only, so no search runs on past it.
  for (const match of text.slice(from, to).matchAll(TOKEN)) {
    const start = from + match.index;
    const value = match[0];
    const end = start + value.length;
    const isWord = /^[\p{L}\p{N}]/u.test(value);
    if (isWord && value.length > 1 && value.endsWith('.') && !keepsPeriod(value)) {
      words.push({ text: value.slice(0, -1), start, end: end - 1, kind: 'word' });
      words.push({ text: '.', start: end - 1, end, kind: 'punct' });
    } else {
      words.push({ text: value, start, end, kind: isWord ? 'word' : 'punct' });
    }
  }
  return words;
}

/** Whether a word starts with a capital letter (names, sentence starts, acronyms). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII first: this runs for every word of an article.
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}
