import { describeSpan } from './selector.ts';
import type { ArticleMeta, ClaimFinding, QuoteFinding } from './types.ts';

export interface Reading {
  quotes: QuoteFinding[];
  claims: ClaimFinding[];
}

/** Double quotation marks, straight or curly, within one paragraph. */
const DOUBLE_QUOTED = /["“]([^"“”\n]{2,}?)["”]/g;
const MIN_QUOTE_WORDS = 3;

/**
 * Reads an article's text and returns what it found. A first, deliberately
 * plain reader: direct quotes in double marks of at least three words, no
 * attribution yet.
 */
export function readArticle(text: string, _meta?: Partial<ArticleMeta>): Reading {
  const quotes: QuoteFinding[] = [];
  for (const match of text.matchAll(DOUBLE_QUOTED)) {
    const inner = match[1]!;
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const start = match.index! + 1;
    const end = start + inner.length;
    quotes.push({
      id: `q${quotes.length + 1}`,
      text: inner,
      speaker: null,
      speakerId: null,
      cue: null,
      kind: 'direct',
      start,
      end,
      selector: describeSpan(text, start, end),
    });
  }
  return { quotes, claims: [] };
}
