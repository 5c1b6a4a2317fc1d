// The article as the quote readers see it, built once: paragraphs with their
// words and sentences, the quoted spans, and the cast of names.

import { withoutDateline } from '../text/dateline.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { firstIndex } from '../text/search.ts';
import { sentencesIn } from '../text/sentences.ts';
import { wordsIn } from '../text/words.ts';
import type { TextBlock } from '../types.ts';
import { Cast } from './cast.ts';
import type { ParagraphText, QuoteSpan } from './model.ts';
import { scanQuotes } from './scan.ts';

/** Everything the readers look at, built once per article. */
export interface ArticleText {
  text: string;
  paragraphs: ParagraphText[];
  spans: QuoteSpan[];
  cast: Cast;
  /** The quotation span around `offset` (marks included), or null. */
  spanAt(offset: number): QuoteSpan | null;
}

/** A dateline opens the story: the first paragraph, after a headline and a standfirst at most. */
const DATELINE_PARAGRAPHS = 3;

/** Reads the text into the article model; `blocks` are the block quotes, headings and captions the page marked. */
export function articleText(text: string, blocks: readonly TextBlock[] = []): ArticleText {
  const paragraphs: ParagraphText[] = splitParagraphs(text, blocks).map((paragraph, index) => ({
    paragraph,
    words:
      index < DATELINE_PARAGRAPHS
        ? withoutDateline(wordsIn(text, paragraph.start, paragraph.end))
        : wordsIn(text, paragraph.start, paragraph.end),
    sentences: sentencesIn(text, paragraph.start, paragraph.end),
  }));
  const spans = scanQuotes(
    text,
    paragraphs.map((p) => p.paragraph),
  );
  const spanAt = spanLookup(spans);
  return {
    text,
    paragraphs,
    spans,
    spanAt,
    cast: new Cast(paragraphs, (offset) => spanAt(offset) !== null),
  };
}

/** The span whose marks enclose an offset (spans are sorted and do not overlap). */
function spanLookup(spans: readonly QuoteSpan[]): (offset: number) => QuoteSpan | null {
  const last = (span: QuoteSpan) => (span.close >= 0 ? span.close : span.end - 1);
  return (offset) => {
    const span = spans[firstIndex(spans.length, (i) => last(spans[i]!) >= offset)];
    return span && (span.open >= 0 ? span.open : span.start) <= offset ? span : null;
  };
}
