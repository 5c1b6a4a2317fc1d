import type { BlockKind, TextBlock } from '../types.ts';

/** A paragraph of the article text: [start, end) without surrounding whitespace. */
export interface Paragraph {
  start: number;
  end: number;
  /** The innermost marked block it sits in, or 'paragraph'. */
  kind: BlockKind | 'paragraph';
  /**
   * For paragraphs inside a block quote, the index of that block in the
   * `blocks` given (the same for every paragraph of one block quote), else -1.
   */
  quoteBlock: number;
}

const WHITESPACE = /\s/;

/**
 * Splits the article text into paragraphs at blank lines (the DOM bridge
 * separates blocks with "\n\n"; a single "\n" is a line break inside one),
 * and tells each paragraph which block it sits in when the page said so.
 */
export function splitParagraphs(text: string, blocks: readonly TextBlock[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    let end = text.indexOf('\n\n', cursor);
    if (end < 0) end = text.length;
    let start = cursor;
    let last = end;
    while (start < last && WHITESPACE.test(text[start]!)) start++;
    while (last > start && WHITESPACE.test(text[last - 1]!)) last--;
    if (last > start) paragraphs.push({ start, end: last, kind: 'paragraph', quoteBlock: -1 });
    cursor = end + 2;
  }
  assignBlocks(paragraphs, blocks);
  return paragraphs;
}

/**
 * Gives each paragraph the innermost block that contains it. Blocks come
 * sorted by start (outer before inner on ties), paragraphs in order, so one
 * sweep with a stack of open blocks does it.
 */
function assignBlocks(paragraphs: Paragraph[], blocks: readonly TextBlock[]): void {
  const open: number[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    while (next < blocks.length && blocks[next]!.start <= paragraph.start) open.push(next++);
    for (let i = open.length - 1; i >= 0; i--) {
      if (blocks[open[i]!]!.end < paragraph.end) open.splice(i, 1);
    }
    const innermost = open[open.length - 1];
    if (innermost === undefined) continue;
    paragraph.kind = blocks[innermost]!.kind;
    for (let i = open.length - 1; i >= 0; i--) {
      if (blocks[open[i]!]!.kind === 'quote') {
        paragraph.quoteBlock = open[i]!;
        break;
      }
    }
  }
}
