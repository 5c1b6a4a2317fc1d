import browser from './browser.ts';
import { type NoteFeedback, parseFeedback } from './note-feedback.ts';

const KEY = 'noteFeedback';

/** Kept in `storage.local` beside the settings: every page and the options page read the same list. */
export async function loadFeedback(): Promise<NoteFeedback[]> {
  const stored = await browser.storage.local.get(KEY);
  return parseFeedback(stored[KEY]);
}

export async function saveFeedback(list: NoteFeedback[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: parseFeedback(list) });
}

/** Calls `onChange` whenever any context changes the list. */
export function watchFeedback(onChange: (list: NoteFeedback[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseFeedback(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
