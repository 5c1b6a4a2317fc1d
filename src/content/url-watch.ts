/**
 * Calls `onChange` when the page moves to another URL without a load, as
 * single-page news sites do when a reader follows a link to the next story.
 * Content scripts cannot see the page's own history.pushState calls, so this
 * uses the Navigation API where the browser has it, and otherwise notices a
 * new address when the title changes or the reader goes back.
 */
export function watchUrlChanges(win: Window, onChange: () => void): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    // A change of fragment only (a table-of-contents link) is the same article.
    if (now.split('#')[0] === last.split('#')[0]) return;
    last = now;
    onChange();
  };
  const abort = new AbortController();
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', check, { signal: abort.signal });
  } else {
    win.addEventListener('popstate', check, { signal: abort.signal });
    const titleObserver = new MutationObserver(check);
    titleObserver.observe(win.document.head ?? win.document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    abort.signal.addEventListener('abort', () => titleObserver.disconnect());
  }
  return () => abort.abort();
}
