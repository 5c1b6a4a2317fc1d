import { readArticle } from '../../../src/core/read.ts';
import type { TextBlock } from '../../../src/core/types.ts';

/** A case: an article (paragraphs joined by blank lines) and the quotations expected in it. */
export interface QuoteCase {
  text: string;
  /** [quoted words, speaker] in order; a string alone when the speaker does not matter. */
  quotes: ([string, string | null] | string)[];
  blocks?: TextBlock[];
}

/** The direct quotations read from `text`, as [words, speaker] pairs, checking each offset. */
export function quotesOf(text: string, blocks: TextBlock[] = []): [string, string | null][] {
  const { quotes } = readArticle(text, {}, blocks);
  for (const quote of quotes) {
    if (text.slice(quote.start, quote.end) !== quote.text) {
      throw new Error(`offsets of ${JSON.stringify(quote.text)} do not slice to it`);
    }
  }
  return quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);
}

/** The expected pairs, with speakers filled in from the result where the case leaves them out. */
export function expected(
  quotes: QuoteCase['quotes'],
  found: [string, string | null][],
): [string, string | null][] {
  return quotes.map((q, i) => (typeof q === 'string' ? [q, found[i]?.[1] ?? null] : q));
}
