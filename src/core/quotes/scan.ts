import type { Paragraph } from '../text/paragraphs.ts';
import { firstIndex } from '../text/search.ts';
import { MARK_PATTERN, type Mark, type MarkFamily, markAt } from './marks.ts';
import type { QuoteSpan } from './model.ts';

interface Opener {
  mark: Mark;
  paragraph: number;
}

/** Openers deeper than this are ignored: no prose nests quotations so deep. */
const MAX_DEPTH = 32;
/** How many unclosed inner quotations a closer may close over to reach its own opener. */
const MAX_UNCLOSED_INNER = 3;

/** Kinds of block a quotation never runs into from the paragraph before. */
const NOT_CONTINUED_INTO = new Set(['heading', 'caption', 'code']);

/**
 * Finds every outermost quotation in the article text, one paragraph at a
 * time. A quotation left open at a paragraph's end continues when the next
 * paragraph opens with a mark of the same family (the convention for a
 * quotation over several paragraphs), and otherwise ends with its paragraph.
 * A block quote with no marks of its own is one quotation.
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: Opener | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    if (paragraph.kind === 'code') {
      carried = null;
      continue;
    }
    const stack: Opener[] = carried ? [carried] : [];
    const marks = marksIn(text, paragraph);
    // The mark that opens a continued paragraph is not a new quotation.
    const first = carried && marks[0]?.index === firstCharIndex(text, paragraph) ? 1 : 0;
    pairMarks(text, marks, first, p, paragraph.start, stack, spans);
    carried = null;
    const outer = stack[0];
    if (!outer) continue;
    if (continuesInto(text, paragraphs[p + 1], outer.mark.family)) {
      carried = outer;
    } else if (endsWithParagraph(outer.mark)) {
      pushSpan(spans, text, outer, -1, paragraph.end, p);
    }
  }
  addBlockQuotes(text, paragraphs, spans);
  return spans.sort((a, b) => a.start - b.start);
}

function marksIn(text: string, paragraph: Paragraph): Mark[] {
  const marks: Mark[] = [];
  // Searched within the paragraph only, so no search runs on past it.
  for (const m of text.slice(paragraph.start, paragraph.end).matchAll(MARK_PATTERN)) {
    const mark = markAt(text, paragraph.start + m.index, paragraph.start, paragraph.end);
    if (mark) marks.push(mark);
  }
  return marks;
}

function firstCharIndex(text: string, paragraph: Paragraph): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i]!)) i++;
  return i;
}

function pairMarks(
  text: string,
  marks: Mark[],
  from: number,
  paragraph: number,
  paragraphStart: number,
  stack: Opener[],
  spans: QuoteSpan[],
): void {
  const apostrophes = likelyApostrophes(marks);
  for (let i = from; i < marks.length; i++) {
    const mark = marks[i]!;
    if (apostrophes.has(i)) continue;
    if (mark.canClose) {
      const depth = openerFor(stack, mark);
      if (depth >= 0) {
        const opener = stack[depth]!;
        stack.length = depth;
        if (depth === 0) pushSpan(spans, text, opener, mark.index, mark.index, paragraph);
        continue;
      }
    }
    if (!mark.canOpen || stack.length >= MAX_DEPTH) continue;
    const outer = stack[0];
    if (stack.length === 1 && outer && sameKind(outer.mark, mark) && !mark.canClose) {
      // A second opener of the outer kind: the first was never closed.
      pushSpan(spans, text, outer, -1, trimEnd(text, paragraphStart, mark.index), outer.paragraph);
      stack.length = 0;
    }
    stack.push({ mark, paragraph });
  }
}

/**
 * Weak closers ("the Koreas’ talks") that are apostrophes because a clear
 * single closer follows before the next single opener. One backward pass,
 * so the whole paragraph costs linear time.
 */
function likelyApostrophes(marks: Mark[]): Set<number> {
  const apostrophes = new Set<number>();
  let strongCloserAhead = false;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    if (mark.family !== 'single') continue;
    if (mark.weak && strongCloserAhead) apostrophes.add(i);
    if (mark.canOpen) strongCloserAhead = false;
    else if (mark.canClose && !mark.weak) strongCloserAhead = true;
  }
  return apostrophes;
}

/**
 * The stack depth of the opener `closer` closes, or -1. It closes the
 * innermost opener of its kind, reaching past at most a few unclosed inner
 * single quotations ("“a ‘b”"), never past a mark of another kind otherwise.
 */
function openerFor(stack: Opener[], closer: Mark): number {
  for (let depth = stack.length - 1, skipped = 0; depth >= 0; depth--, skipped++) {
    const opener = stack[depth]!.mark;
    if (sameKind(opener, closer) && pairs(opener, closer)) return depth;
    if (skipped >= MAX_UNCLOSED_INNER || !isSingle(opener.family) || isSingle(closer.family)) {
      return -1;
    }
  }
  return -1;
}

function isSingle(family: MarkFamily): boolean {
  return family === 'single' || family === 'single-angle';
}

function sameKind(a: Mark, b: Mark): boolean {
  return a.family === b.family;
}

/** Guillemets close with the other way round: « with », and » with « (German). */
function pairs(opener: Mark, closer: Mark): boolean {
  if (opener.family === 'angle' || opener.family === 'single-angle') {
    return opener.char !== closer.char;
  }
  return true;
}

function continuesInto(text: string, next: Paragraph | undefined, family: MarkFamily): boolean {
  if (!next || NOT_CONTINUED_INTO.has(next.kind)) return false;
  const index = firstCharIndex(text, next);
  const mark = index < next.end ? markAt(text, index, next.start, next.end) : null;
  return mark?.canOpen === true && mark.family === family;
}

/**
 * Whether a quotation left open runs to the end of its paragraph: a double
 * mark or guillemet that clearly opens does; an unmatched single mark is
 * more likely an apostrophe than a quotation.
 */
function endsWithParagraph(opener: Mark): boolean {
  return !isSingle(opener.family) && !opener.canClose;
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function pushSpan(
  spans: QuoteSpan[],
  text: string,
  opener: Opener,
  close: number,
  end: number,
  lastParagraph: number,
): void {
  // « French spacing »: the words, not the spaces inside the marks.
  let start = opener.mark.index + 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  end = trimEnd(text, start, end);
  if (end <= start) return;
  spans.push({
    start,
    end,
    open: opener.mark.index,
    close,
    family: opener.mark.family,
    firstParagraph: opener.paragraph,
    lastParagraph,
  });
}

/** A block quote's share of letters its own marks must quote for the marks to stand. */
const MARKED_SHARE = 0.5;
/** A block quote's last paragraph of at most this many words may be its attribution line. */
const ATTRIBUTION_LINE_WORDS = 8;

/**
 * Block quotes without marks of their own: the whole block is one quotation,
 * less a last line that only names who said it ("— Ji-Hoon Nam") and the
 * signature of an embedded post ("— Name (@handle) date").
 */
function addBlockQuotes(text: string, paragraphs: readonly Paragraph[], spans: QuoteSpan[]): void {
  const marked = [...spans].sort((a, b) => a.start - b.start);
  for (let p = 0; p < paragraphs.length; ) {
    const block = paragraphs[p]!.quoteBlock;
    if (block < 0) {
      p++;
      continue;
    }
    let last = p;
    while (paragraphs[last + 1]?.quoteBlock === block) last++;
    const from = paragraphs[p]!.start;
    const to = paragraphs[last]!.end;
    if (markedShare(text, marked, from, to) < MARKED_SHARE) {
      let contentLast = last;
      if (last > p && isAttributionLine(text, paragraphs[last]!)) contentLast--;
      const end = withoutSignature(
        text,
        paragraphs[contentLast]!.start,
        paragraphs[contentLast]!.end,
      );
      if (end > from) {
        spans.push({
          start: from,
          end,
          open: -1,
          close: -1,
          family: 'block',
          firstParagraph: p,
          lastParagraph: contentLast,
        });
      }
    }
    p = last + 1;
  }
}

/** The share of the letters in [from, to) that `spans` (sorted by start) quote. */
function markedShare(text: string, spans: QuoteSpan[], from: number, to: number): number {
  const letters = (a: number, b: number) => text.slice(a, b).replace(/[^\p{L}]/gu, '').length;
  const total = letters(from, to);
  if (total === 0) return 1;
  let quoted = 0;
  for (let i = firstEndingAfter(spans, from); i < spans.length && spans[i]!.start < to; i++) {
    const span = spans[i]!;
    quoted += letters(Math.max(from, span.start), Math.min(to, span.end));
  }
  return quoted / total;
}

/** Outermost spans do not overlap, so sorted by start they are sorted by end too. */
function firstEndingAfter(spans: QuoteSpan[], offset: number): number {
  return firstIndex(spans.length, (i) => spans[i]!.end > offset);
}

/**
 * A short line that names a speaker: "— Ji-Hoon Nam", "Michael Shadlen,
 * Ph.D.": it starts with a capital (or a dash) and does not end a sentence
 * the way prose does, with a lowercase word and a stop.
 */
export function isAttributionLine(text: string, paragraph: Paragraph): boolean {
  const line = text.slice(paragraph.start, paragraph.end);
  const words = line.split(/\s+/).length;
  return (
    words <= ATTRIBUTION_LINE_WORDS &&
    /^(?:[—–―-]\s*)?\p{Lu}/u.test(line) &&
    !/\p{Ll}[.!?]["”’]?$/u.test(line)
  );
}

/** Where an embedded post's signature starts ("— Name (@handle) date"), or `end`. */
function withoutSignature(text: string, start: number, end: number): number {
  const line = text.slice(start, end);
  const signature = /\s[—–―]\s?[^—–―\n]{1,80}\(@\w{1,30}\)[^\n]{0,40}$/u.exec(line);
  return signature ? trimEnd(text, start, start + signature.index) : end;
}
