/**
 * Waiting for a page to stop changing. A single-page site renders its next
 * story some time after the address changes, and some articles arrive after
 * load; Backstory reads once things are still. Every wait is bounded in
 * time and in the number of changes seen, so a page that never stops (a
 * ticker, a live blog) costs a fixed amount and is read anyway.
 */

export interface QuietBounds {
  /** How long the page must go unchanged to count as settled. */
  quietMs: number;
  /** The longest wait, however busy the page. */
  maxWaitMs: number;
  /** The most mutation batches looked at before giving up waiting. */
  maxBatches: number;
}

const WATCHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Calls `onSettled` once, when `root` has gone `quietMs` without a change,
 * or when the bounds run out. Returns a function that cancels the wait.
 */
export function whenQuiet(win: Window, root: Node, bounds: QuietBounds, onSettled: () => void) {
  let batches = 0;
  let quiet = win.setTimeout(settle, bounds.quietMs);
  const deadline = win.setTimeout(settle, bounds.maxWaitMs);
  const observer = new MutationObserver(() => {
    win.clearTimeout(quiet);
    if (++batches >= bounds.maxBatches) settle();
    else quiet = win.setTimeout(settle, bounds.quietMs);
  });
  observer.observe(root, WATCHED);
  function cancel() {
    observer.disconnect();
    win.clearTimeout(quiet);
    win.clearTimeout(deadline);
  }
  function settle() {
    cancel();
    onSettled();
  }
  return cancel;
}

export interface LateContentBounds extends QuietBounds {
  /** Characters of the page's text that must change to be worth a second reading. */
  minChange: number;
}

/** How many characters differ between two texts, outside their common start and end. */
export function changedLength(before: string, after: string): number {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return Math.max(before.length, after.length) - start - end;
}

/**
 * After a reading, watches the page's text for late content: once the text
 * has changed by at least `minChange` characters and gone quiet again,
 * calls `onChanged`, once. Highlights never count, since drawing and
 * removing them leaves the text as it was. Stops at the bounds.
 */
export function watchLateContent(
  doc: Document,
  bounds: LateContentBounds,
  onChanged: () => void,
): () => void {
  const win = doc.defaultView;
  const root = doc.body;
  if (!win || !root) return () => {};
  const read = root.textContent ?? '';
  let batches = 0;
  let quiet: number | undefined;
  const deadline = win.setTimeout(() => stop(), bounds.maxWaitMs);
  const compare = () => {
    if (changedLength(read, root.textContent ?? '') < bounds.minChange) return;
    stop();
    onChanged();
  };
  const observer = new MutationObserver(() => {
    win.clearTimeout(quiet);
    if (++batches >= bounds.maxBatches) {
      stop();
      compare();
    } else quiet = win.setTimeout(compare, bounds.quietMs);
  });
  observer.observe(root, WATCHED);
  function stop() {
    observer.disconnect();
    win!.clearTimeout(quiet);
    win!.clearTimeout(deadline);
  }
  return stop;
}
