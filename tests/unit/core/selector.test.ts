import { describe, expect, it } from 'vitest';
import { describeSpan, findSpan } from '../../../src/core/selector.ts';

describe('findSpan', () => {
  const text = 'He said “no deal” on Monday. On Tuesday she said “no deal” again.';
  const second = text.lastIndexOf('no deal');

  it('finds a span again after text was put before it', () => {
    const selector = describeSpan(text, second, second + 7);
    const moved = `Breaking: ${text}`;
    const found = findSpan(moved, selector, second);
    expect(moved.slice(found!.start, found!.end)).toBe('no deal');
    expect(found!.start).toBe(second + 'Breaking: '.length);
  });

  it('tells two occurrences apart by their context, not by where they were', () => {
    const selector = describeSpan(text, second, second + 7);
    // The old position now points at the first occurrence; the context still names the second.
    const found = findSpan(text, selector, text.indexOf('no deal'));
    expect(found!.start).toBe(second);
  });

  it('gives null when the words are gone', () => {
    expect(findSpan('nothing here', describeSpan(text, second, second + 7), 0)).toBeNull();
  });
});
