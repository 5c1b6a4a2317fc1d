// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeLeftovers, watchForOrphaning } from '../../../src/content/orphan.ts';

afterEach(() => vi.useRealTimers());

describe('watchForOrphaning', () => {
  it('tells the script once its extension is gone, and then stops looking', () => {
    vi.useFakeTimers();
    let alive = true;
    const orphaned = vi.fn();
    watchForOrphaning(window, () => alive, orphaned);
    vi.advanceTimersByTime(5000);
    expect(orphaned).not.toHaveBeenCalled();
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(orphaned).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(orphaned).toHaveBeenCalledTimes(1);
  });

  it('looks at once when the tab comes back into view', () => {
    vi.useFakeTimers();
    const orphaned = vi.fn();
    watchForOrphaning(window, () => false, orphaned);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(orphaned).toHaveBeenCalledTimes(1);
  });
});

describe('removeLeftovers', () => {
  it('takes away an earlier version’s nested marks and card, keeping the text', () => {
    document.body.innerHTML =
      '<article><p id="p">He said “we will not move” and <a href="#">left</a>.</p></article>';
    const before = document.body.textContent;
    const p = document.getElementById('p')!;
    const text = p.firstChild as Text;
    // Versions before 0.2 split the page's text node and wrapped the pieces, nesting overlaps.
    const tail = text.splitText(8);
    const rest = tail.splitText(17);
    const outer = document.createElement('backstory-mark');
    const inner = document.createElement('backstory-mark');
    p.insertBefore(outer, rest);
    outer.append(inner);
    inner.append(tail);
    document.documentElement.append(document.createElement('backstory-note'));

    removeLeftovers(document);
    expect(document.querySelectorAll('backstory-mark, backstory-note')).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
    // The split text is one node again, the page's own.
    expect(p.firstChild).toBe(text);
    expect(text.data).toBe('He said “we will not move” and ');
    expect(p.querySelector('a')!.textContent).toBe('left');
  });

  it('takes away the paint style an earlier script left, and only that', () => {
    document.head.innerHTML =
      '<style data-backstory-paint>::highlight(backstory-quote){}</style><style id="own">p{}</style>';
    removeLeftovers(document);
    expect([...document.head.querySelectorAll('style')].map((s) => s.id)).toEqual(['own']);
  });

  it('leaves a page without any alone', () => {
    document.body.innerHTML = '<p>Plain <b>page</b></p>';
    const html = document.documentElement.outerHTML;
    removeLeftovers(document);
    expect(document.documentElement.outerHTML).toBe(html);
  });
});
