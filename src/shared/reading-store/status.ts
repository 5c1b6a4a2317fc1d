/** Whether recording into "Your reading" is stopped, and why: kept in `storage.local`. */
import browser from '../browser.ts';
import { READING_STATUS_KEY, type ReadingStatus } from '../protocol.ts';

function parseStatus(stored: unknown): ReadingStatus {
  const stopped = (stored as ReadingStatus | undefined)?.stopped;
  return typeof stopped === 'object' && stopped !== null && typeof stopped.message === 'string'
    ? { stopped }
    : { stopped: null };
}

export async function loadReadingStatus(): Promise<ReadingStatus> {
  return parseStatus((await browser.storage.local.get(READING_STATUS_KEY))[READING_STATUS_KEY]);
}

export async function saveReadingStatus(status: ReadingStatus): Promise<void> {
  await browser.storage.local.set({ [READING_STATUS_KEY]: status });
}

export function watchReadingStatus(onChange: (status: ReadingStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && READING_STATUS_KEY in changes) {
      onChange(parseStatus(changes[READING_STATUS_KEY]!.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
