/**
 * Text -> the terms retrieval works with: stems of the words that carry
 * meaning, in order (for phrases), with the names and numbers among them
 * marked, since a shared name or figure says more than a shared word.
 * Spellings of one word are brought together first (normalise.ts).
 */
import { stem } from '../text/stem.ts';
import { isStopWord } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';
import { normaliseStem, normaliseWord } from './normalise.ts';

export interface AnalyzedText {
  /** Stems of the non-stop tokens, in text order. */
  terms: string[];
  /** Per term: written with a capital where a capital means a name (not at a sentence start). */
  named: boolean[];
  /** Per term: a number. */
  numeric: boolean[];
}

/** The term a (non-numeric) word is indexed under: normalised, stemmed, normalised again. */
export function termOf(word: string): string {
  return normaliseStem(stem(normaliseWord(word)));
}

export function analyze(text: string): AnalyzedText {
  const terms: string[] = [];
  const named: boolean[] = [];
  const numeric: boolean[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isStopWord(token.term)) continue;
    // Single letters are initials or list markers, not topics.
    if (token.term.length < 2 && !token.numeric) continue;
    // "United States" is the "US" of the next sentence: one term.
    const next = tokens[i + 1];
    if (
      token.term === 'united' &&
      next?.term === 'states' &&
      token.capitalised &&
      next.capitalised
    ) {
      terms.push('usa');
      named.push(false);
      numeric.push(false);
      i++;
      continue;
    }
    terms.push(token.numeric ? token.term : termOf(token.term));
    named.push(token.capitalised && !token.initial && !token.numeric);
    numeric.push(token.numeric);
  }
  return { terms, named, numeric };
}
