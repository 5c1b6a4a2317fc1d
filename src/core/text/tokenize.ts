/**
 * Tokenising for retrieval: words, numbers, acronyms, and the furniture of
 * posts (links, @handles, #hashtags), folded so that spellings a reader
 * treats as the same meet: "Kim Jong-un" and "Kim Jong Un", "Māori" and
 * "Maori", "4,300" and "4300", "U.S." and "US".
 */

export interface Token {
  /** Folded form: lower case, no diacritics, no apostrophes or possessive 's. */
  term: string;
  /** UTF-16 offsets of the source span in the text. */
  start: number;
  end: number;
  /** The span starts with a capital letter (a name, an acronym, or a sentence start). */
  capitalised: boolean;
  /** First token of the text or of a sentence, where a capital says nothing about names. */
  initial: boolean;
  numeric: boolean;
}

// One pass over the text; the first alternative that matches wins. Groups, in order:
// a link, a @handle, a #hashtag, a dotted acronym, a number, a word.
const [URL, HANDLE, HASHTAG, ACRONYM, , WORD] = [1, 2, 3, 4, 5, 6];
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`((?:https?:\/\/|www\.)\S+|pic\.twitter\.com\/\S+)`,
    // Posts glue links to tags ("#Tag" + "https://..."): a tag stops where a link starts.
    String.raw`(@[\p{L}\p{N}_]+?(?=https?:\/\/|pic\.twitter\.com|[^\p{L}\p{N}_]|$))`,
    String.raw`(#[\p{L}\p{N}_]+?(?=https?:\/\/|pic\.twitter\.com|[^\p{L}\p{N}_]|$))`,
    String.raw`((?:\p{L}\.){2,}(?!\p{L}))`,
    String.raw`(\d+(?:[.,]\d+)*(?:%(?!\p{L}))?(?![\p{L}\p{N}]))`,
    String.raw`([\p{L}\p{M}\p{N}]+(?:['’‘\-‐‑][\p{L}\p{M}\p{N}]+)*)`,
  ].join('|'),
  'gu',
);

const SENTENCE_BREAK = /[.!?:;"“”«»\n]/;
const PUNCTUATED = /['’‘\-‐‑]/;
const UPPER = /^\p{Lu}/u;
const ASCII_LOWER_WORD = /^[a-z0-9]+$/;
const COMBINING_MARKS = /\p{M}+/gu;
// Lower-case boundaries and letter/digit boundaries inside a hashtag or handle.
const CAMEL_BOUNDARY =
  /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|_+/u;

/** Lower case without diacritics: "Jōng" -> "jong". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_LOWER_WORD.test(lower)) return lower;
  return lower.normalize('NFKD').replace(COMBINING_MARKS, '');
}

/** "US" in capitals is the country, not the pronoun (which is a stop word). */
function acronymTerm(letters: string): string {
  const term = fold(letters);
  return term === 'us' ? 'usa' : term;
}

/**
 * A word's folded terms: apostrophes settled (possessive and short
 * contractions dropped, n't joined) and hyphenated parts split, with the
 * joined compound added so "e-mail" also meets "email".
 */
function wordTerms(word: string): string[] {
  if (!PUNCTUATED.test(word)) {
    // A lone combining mark folds to nothing.
    const folded = fold(word);
    return folded ? [folded] : [];
  }
  const parts = word.split(/[-‐‑]/);
  const terms: string[] = [];
  for (const part of parts) {
    const folded = fold(part).replace(/[’‘]/g, "'");
    const apostrophe = folded.indexOf("'");
    if (apostrophe < 0) {
      terms.push(folded);
      continue;
    }
    const head = folded.slice(0, apostrophe);
    const tail = folded.slice(apostrophe + 1);
    if (tail === 't' && head.endsWith('n')) terms.push(head + tail);
    else if (/^(s|d|ll|ve|re|m)$/.test(tail)) terms.push(head);
    else terms.push(head + tail.replace(/'/g, ''));
  }
  const joined = terms.join('');
  if (terms.length > 1 && joined.length <= 24 && !/\d/.test(joined)) terms.push(joined);
  return terms.filter(Boolean);
}

/** Hashtags and handles run words together: "#MakeAmericaGreatAgain", "@IlhanMN". */
function runTogetherTerms(body: string): string[] {
  const parts = body.split(CAMEL_BOUNDARY).filter(Boolean).map(fold);
  if (parts.length > 1) parts.push(fold(body.replace(/_/g, '')));
  return parts;
}

function numberTerms(number: string): string[] {
  const percent = number.endsWith('%');
  const digits = percent ? number.slice(0, -1) : number;
  // "4,300" and "4,300,000" group thousands; "2.5" and "2,5" keep their decimal part.
  const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits);
  const term = grouped ? digits.replace(/,/g, '') : digits.replace(',', '.');
  return percent ? [term, 'percent'] : [term];
}

/** Whether a sentence ends (or a quotation opens) between two tokens. */
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_BREAK.test(text[i]!)) return true;
  return false;
}

/** Tokens in text order; never throws, whatever the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_PATTERN);
  let previousEnd = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const span = match[0];
    const start = match.index;
    const end = start + span.length;
    const initial = tokens.length === 0 || breaksSentence(text, previousEnd, start);
    previousEnd = end;
    if (match[WORD] !== undefined) {
      // The common case first: a plain word.
      const terms = span === 'US' ? ['usa'] : wordTerms(span);
      const numeric = /^\d+$/.test(terms[0] ?? '');
      const capitalised = UPPER.test(span);
      for (const term of terms) tokens.push({ term, start, end, capitalised, initial, numeric });
      continue;
    }
    if (match[URL] !== undefined) continue;
    let terms: string[];
    let numeric = false;
    if (match[HANDLE] !== undefined || match[HASHTAG] !== undefined) {
      terms = runTogetherTerms(span.slice(1));
    } else if (match[ACRONYM] !== undefined) {
      terms = [acronymTerm(span.replace(/\./g, ''))];
    } else {
      terms = numberTerms(span);
      numeric = true;
    }
    const capitalised = UPPER.test(match[ACRONYM] === undefined ? span.slice(1) : span);
    for (const term of terms) tokens.push({ term, start, end, capitalised, initial, numeric });
  }
  return tokens;
}
