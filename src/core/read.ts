import { findClaims, type SentenceText } from './claims/claims.ts';
import { type ArticleText, attributeAll } from './quotes/attribute.ts';
import { Cast, type ParagraphText } from './quotes/cast.ts';
import { isQuotation } from './quotes/classify.ts';
import { findReported } from './quotes/reported.ts';
import { type QuoteSpan, scanQuotes } from './quotes/scan.ts';
import { describeSpan } from './selector.ts';
import { withoutBidiControls } from './text/bidi.ts';
import { withoutDateline } from './text/dateline.ts';
import { splitParagraphs } from './text/paragraphs.ts';
import { firstIndex } from './text/search.ts';
import { sentencesIn } from './text/sentences.ts';
import { wordsIn } from './text/words.ts';
import type { ArticleMeta, ClaimFinding, QuoteFinding, TextBlock } from './types.ts';

/** A dateline opens the story: the first paragraph, after a headline and a standfirst at most. */
const DATELINE_PARAGRAPHS = 3;

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
  const paragraphs = splitParagraphs(text, blocks);
  const paragraphTexts: ParagraphText[] = paragraphs.map((paragraph, index) => ({
    paragraph,
    words:
      index < DATELINE_PARAGRAPHS
        ? withoutDateline(wordsIn(text, paragraph.start, paragraph.end))
        : wordsIn(text, paragraph.start, paragraph.end),
    sentences: sentencesIn(text, paragraph.start, paragraph.end),
  }));
  const spans = scanQuotes(text, paragraphs);
  const spanAt = spanLookup(spans);
  const article: ArticleText = {
    text,
    paragraphs: paragraphTexts,
    spans,
    spanAt,
    cast: new Cast(paragraphTexts, (offset) => spanAt(offset) !== null),
  };
  const attributions = attributeAll(article, (span, attribution) =>
    isQuotation(text, span, paragraphs[span.firstParagraph]!, attribution),
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
  const claims = findClaims(text, sentencesOf(paragraphTexts), quoted).map((span, index) => ({
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

/** The span whose marks enclose an offset (spans are sorted and do not overlap). */
function spanLookup(spans: readonly QuoteSpan[]): (offset: number) => QuoteSpan | null {
  const last = (span: QuoteSpan) => (span.close >= 0 ? span.close : span.end - 1);
  return (offset) => {
    const span = spans[firstIndex(spans.length, (i) => last(spans[i]!) >= offset)];
    return span && (span.open >= 0 ? span.open : span.start) <= offset ? span : null;
  };
}
