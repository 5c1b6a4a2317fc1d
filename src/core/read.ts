import { findClaims, type SentenceText } from './claims/claims.ts';
import { articleText } from './quotes/article.ts';
import { attributeAll } from './quotes/attribute.ts';
import { isQuotation } from './quotes/classify.ts';
import type { ParagraphText } from './quotes/model.ts';
import { findReported } from './quotes/reported.ts';
import { describeSpan } from './selector.ts';
import { withoutBidiControls } from './text/bidi.ts';
import type { ArticleMeta, ClaimFinding, QuoteFinding, TextBlock } from './types.ts';

export interface Reading {
  quotes: QuoteFinding[];
  claims: ClaimFinding[];
}

/**
 * Reads an article's text and returns its quotations (direct, and speech
 * reported without marks), each with its speaker, and the claims worth
 * checking, all in text order. `blocks` are the block quotes, headings and
 * captions the page marked (the DOM bridge's `TextMap.blocks`); plain text
 * has none and reads almost as well.
 */
export function readArticle(
  pageText: string,
  _meta?: Partial<ArticleMeta>,
  blocks: readonly TextBlock[] = [],
): Reading {
  const text = withoutBidiControls(pageText, ' ');
  const article = articleText(text, blocks);
  const { spans, spanAt } = article;
  const attributions = attributeAll(article, (span, attribution) =>
    isQuotation(text, span, article.paragraphs[span.firstParagraph]!.paragraph, attribution),
  );
  const found: Omit<QuoteFinding, 'id' | 'text' | 'selector'>[] = [];
  spans.forEach((span, index) => {
    const attribution = attributions[index];
    if (!attribution) return;
    const { speaker, cue } = attribution;
    found.push({ speaker, speakerId: null, cue, kind: 'direct', start: span.start, end: span.end });
  });
  const quoted = (offset: number) => spanAt(offset) !== null;
  for (const report of findReported(article, quoted)) {
    found.push({ ...report, speakerId: null, kind: 'reported' });
  }
  found.sort((a, b) => a.start - b.start);
  const quotes = found.map(
    ({ speaker, speakerId, cue, kind, start, end }, index): QuoteFinding => ({
      id: `q${index + 1}`,
      text: pageText.slice(start, end),
      speaker,
      speakerId,
      cue,
      kind,
      start,
      end,
      selector: describeSpan(pageText, start, end),
    }),
  );
  const claims = findClaims(text, sentencesOf(article.paragraphs), quoted).map((span, index) => ({
    id: `c${index + 1}`,
    text: pageText.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    selector: describeSpan(pageText, span.start, span.end),
  }));
  return { quotes, claims };
}

/** Every sentence with its words, in order. */
function sentencesOf(paragraphs: readonly ParagraphText[]): SentenceText[] {
  const sentences: SentenceText[] = [];
  for (const { paragraph, words, sentences: spans } of paragraphs) {
    let cursor = 0;
    for (const span of spans) {
      while (cursor < words.length && words[cursor]!.start < span.start) cursor++;
      const begin = cursor;
      while (cursor < words.length && words[cursor]!.end <= span.end) cursor++;
      sentences.push({ span, words: words.slice(begin, cursor), paragraph });
    }
  }
  return sentences;
}
