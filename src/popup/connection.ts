import browser from '../shared/browser.ts';
import { sendToTab } from '../shared/messaging.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';
import { openSidePanel } from '../ui/side-panel.ts';
import { readTab, type TabView } from '../ui/tab-view.ts';

/** What the popup can do, as one object: components never call the browser API themselves. */
export interface PopupConnection {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  /** The active tab's page, or why Backstory is not reading it. */
  pageStatus(): Promise<TabView>;
  /** Scrolls the page to the finding and opens its note. */
  revealFinding(id: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Opens the side panel beside the active tab; a popup click is the user gesture it needs. */
  openSidePanel(): Promise<void>;
}

// Known before any click: opening a side panel after an await would lose the click's user gesture.
let popupWindow: number | undefined;
browser.windows
  .getCurrent()
  .then((window) => {
    popupWindow = window.id;
  })
  .catch(() => {});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const browserConnection: PopupConnection = {
  loadSettings,
  saveSettings,
  watchSettings,
  pageStatus: async () => readTab(await activeTabId()),
  async revealFinding(id) {
    const tabId = await activeTabId();
    if (tabId !== undefined) await sendToTab(tabId, 'revealFinding', { id, open: true });
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  async openSidePanel() {
    await openSidePanel(popupWindow);
    window.close();
  },
};
