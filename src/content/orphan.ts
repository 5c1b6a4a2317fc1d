import { removePaint } from '../dom/highlighter.ts';

/** The element versions before 0.2 wrapped highlighted text in; a tab open across the update still has them. */
const LEGACY_MARK_TAG = 'backstory-mark';

/** How often a content script checks that its extension is still there. */
const ORPHAN_CHECK_MS = 1000;

/**
 * Calls `onOrphaned` once the extension that injected this script is gone:
 * updated, reloaded or removed. Chromium leaves the old script running in
 * open tabs with its runtime cut off (`alive` turns false), where it could
 * neither hear a switch-off nor answer the popup. Checked on a timer and
 * whenever the tab comes back into view; a property read, so cheap.
 */
export function watchForOrphaning(
  win: Window,
  alive: () => boolean,
  onOrphaned: () => void,
): () => void {
  const abort = new AbortController();
  const check = () => {
    if (alive()) return;
    stop();
    onOrphaned();
  };
  const timer = win.setInterval(check, ORPHAN_CHECK_MS);
  win.document.addEventListener('visibilitychange', check, { signal: abort.signal });
  function stop() {
    win.clearInterval(timer);
    abort.abort();
  }
  return stop;
}

/**
 * Takes away what an earlier Backstory script left in the page: Firefox
 * injects the updated script into open tabs and unloads the old one, whose
 * paint, style and note layer stay behind with nobody to remove them. The
 * paint goes; the marks of versions before 0.2 are unwrapped and the text
 * nodes they split joined again (into the first piece, which is the page's
 * own node); any other element of ours goes. A
 * new script calls this before it draws, so it never draws over old marks.
 * The page's own elements never carry our prefix.
 */
export function removeLeftovers(doc: Document): void {
  const ours = [...doc.querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('backstory-'),
  );
  const split = new Set<Node>();
  // Document order puts outer marks first: unwrapping inner ones first keeps nesting simple.
  for (const element of ours.reverse()) {
    const parent = element.parentNode;
    if (!parent) continue;
    if (element.localName === LEGACY_MARK_TAG) {
      while (element.firstChild) parent.insertBefore(element.firstChild, element);
      split.add(parent);
    }
    parent.removeChild(element);
  }
  for (const parent of split) if (parent.isConnected) parent.normalize();
  removePaint(doc);
}
