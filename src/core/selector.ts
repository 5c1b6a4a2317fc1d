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
