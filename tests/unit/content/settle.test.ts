// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedLength, watchLateContent, whenQuiet } from '../../../src/content/settle.ts';

const BOUNDS = { quietMs: 400, maxWaitMs: 4000, maxBatches: 50 };
const PARAGRAPH =
  'The minister said the talks would resume next week, after a pause of a month. '.repeat(4);

/** Lets the observer see what changed, then moves the clock. */
async function elapse(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><p>Loading…</p></main>';
});
afterEach(() => vi.useRealTimers());

describe('whenQuiet', () => {
  it('waits until the page has been still for the quiet period', async () => {
    const settled = vi.fn();
    whenQuiet(window, document.body, BOUNDS, settled);
    await elapse(300);
    document.querySelector('p')!.textContent = 'Still loading…';
    await elapse(300);
    expect(settled).not.toHaveBeenCalled();
    await elapse(150);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting at the deadline on a page that never stops', async () => {
    const settled = vi.fn();
    whenQuiet(window, document.body, BOUNDS, settled);
    for (let t = 0; t < 4000; t += 100) {
      document.querySelector('p')!.textContent = `tick ${t}`;
      await elapse(100);
    }
    expect(settled).toHaveBeenCalledTimes(1);
    await elapse(5000);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('gives up after so many changes', async () => {
    const settled = vi.fn();
    whenQuiet(window, document.body, { ...BOUNDS, maxBatches: 5 }, settled);
    for (let i = 0; i < 5; i++) {
      document.querySelector('p')!.textContent = `tick ${i}`;
      await elapse(10);
    }
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', async () => {
    const settled = vi.fn();
    whenQuiet(window, document.body, BOUNDS, settled)();
    await elapse(5000);
    expect(settled).not.toHaveBeenCalled();
  });
});

describe('watchLateContent', () => {
  const LATE = { ...BOUNDS, maxWaitMs: 15_000, minChange: 200 };

  it('calls back once when a story arrives and the page settles', async () => {
    const changed = vi.fn();
    watchLateContent(document, LATE, changed);
    await elapse(2000);
    document.querySelector('main')!.innerHTML =
      `<article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`;
    await elapse(100);
    expect(changed).not.toHaveBeenCalled();
    await elapse(400);
    expect(changed).toHaveBeenCalledTimes(1);
    document.querySelector('main')!.innerHTML = `<p>${PARAGRAPH.toUpperCase()}</p>`;
    await elapse(1000);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('ignores small changes, and changes that keep the text (highlights)', async () => {
    const changed = vi.fn();
    document.body.innerHTML = `<p>${PARAGRAPH}</p><p class="clock">12:00</p>`;
    watchLateContent(document, LATE, changed);
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const mark = document.createElement('backstory-mark');
    text.splitText(20);
    p.insertBefore(mark, text.nextSibling);
    mark.append(text.nextSibling!.nextSibling!);
    document.querySelector('.clock')!.textContent = '12:01';
    await elapse(1000);
    expect(changed).not.toHaveBeenCalled();
  });

  it('stops watching after its time', async () => {
    const changed = vi.fn();
    watchLateContent(document, LATE, changed);
    await elapse(15_000);
    document.querySelector('main')!.innerHTML = `<p>${PARAGRAPH}</p>`;
    await elapse(1000);
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('changedLength', () => {
  it('counts what differs between the common start and end', () => {
    expect(changedLength('abcdef', 'abcdef')).toBe(0);
    expect(changedLength('abc12:00def', 'abc12:01def')).toBe(1);
    expect(changedLength('', 'hello')).toBe(5);
    expect(changedLength('one story', 'another story entirely')).toBeGreaterThan(10);
  });
});
