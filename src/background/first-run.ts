import browser, { type Runtime } from '../shared/browser.ts';
import { forgetTab, recordTabsBeforeInstall } from '../shared/tabs-before-install.ts';

export const FIRST_RUN_PAGE = 'firstrun.html';

/**
 * On install, the first-run page; on install and update, the tabs already
 * open, which Chrome leaves without our content script until they reload.
 * The tabs are noted first, so the first-run tab is not among them.
 */
export async function welcome(details: Runtime.OnInstalledDetailsType): Promise<void> {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  await recordTabsBeforeInstall().catch((error) =>
    console.error('Backstory could not note the open tabs:', error),
  );
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PAGE) });
  }
}

/** A tab that starts loading a page gets our content script if the page allows it. */
export function forgetReloadedTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId).catch(() => {});
  });
}
