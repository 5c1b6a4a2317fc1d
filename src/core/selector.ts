import type { TextQuoteSelector } from './types.ts';

const CONTEXT_LENGTH = 32;

/** The text-quote selector for [start, end) of `text`: the span plus some context either side. */
export function describeSpan(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Where a described span is in `text` now, after the text around it may have
 * moved: every occurrence of `exact`, scored by how much of the prefix and
 * suffix still adjoin it; the best wins, and ties go to the one nearest the
 * old position. Null when `exact` is gone.
 */
export function findSpan(
  text: string,
  selector: TextQuoteSelector,
  near: number,
): { start: number; end: number } | null {
  const { exact, prefix, suffix } = selector;
  if (exact === '') return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score =
      sharedEnd(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      sharedStart(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && Math.abs(at - near) < Math.abs(best.start - near));
    if (better) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + exact.length };
}

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
