import browser from '../shared/browser.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';

/** The packaged demo article, an extension page that loads the content script itself. */
export const DEMO_PAGE = 'demo.html';

/** What the first-run page can do, as one object: components never call the browser API themselves. */
export interface FirstRunConnection {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
  openDemo(): Promise<void>;
  openOptions(): Promise<void>;
}

export const browserFirstRun: FirstRunConnection = {
  loadSettings,
  saveSettings,
  watchSettings,
  async openDemo() {
    await browser.tabs.create({ url: browser.runtime.getURL(DEMO_PAGE) });
  },
  openOptions: () => browser.runtime.openOptionsPage(),
};
