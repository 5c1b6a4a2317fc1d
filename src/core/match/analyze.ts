/**
 * Text -> the terms retrieval works with: stems of the words that carry
 * meaning, in order (for phrases), with the names and numbers among them
 * marked, since a shared name or figure says more than a shared word.
 */
import { stem } from '../text/stem.ts';
import { isStopWord } from '../text/stopwords.ts';
import { tokenize } from '../text/tokenize.ts';

export interface AnalyzedText {
  /** Stems of the non-stop tokens, in text order. */
  terms: string[];
  /** Per term: written with a capital where a capital means a name (not at a sentence start). */
  named: boolean[];
  /** Per term: a number. */
  numeric: boolean[];
}

export function analyze(text: string): AnalyzedText {
  const terms: string[] = [];
  const named: boolean[] = [];
  const numeric: boolean[] = [];
  for (const token of tokenize(text)) {
    if (isStopWord(token.term)) continue;
    // Single letters are initials or list markers, not topics.
    if (token.term.length < 2 && !token.numeric) continue;
    terms.push(token.numeric ? token.term : stem(token.term));
    named.push(token.capitalised && !token.initial && !token.numeric);
    numeric.push(token.numeric);
  }
  return { terms, named, numeric };
}
