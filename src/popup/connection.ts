import browser from '../shared/browser.ts';
import { sendToTab } from '../shared/messaging.ts';
import type { PageStatus } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';

/** What the popup can do, as one object: components never call the browser API themselves. */
export interface PopupConnection {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** The active tab's page, or null where Backstory cannot run (browser pages, the store). */
  pageStatus(): Promise<PageStatus | null>;
  revealFinding(id: string): Promise<void>;
  openOptions(): Promise<void>;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const browserConnection: PopupConnection = {
  loadSettings,
  saveSettings,
  watchSettings,
  async pageStatus() {
    const tabId = await activeTabId();
    if (tabId === undefined) return null;
    return sendToTab(tabId, 'getPageStatus', {}).catch(() => null);
  },
  async revealFinding(id) {
    const tabId = await activeTabId();
    if (tabId !== undefined) await sendToTab(tabId, 'revealFinding', { id });
  },
  openOptions: () => browser.runtime.openOptionsPage(),
};
