/**
 * Tabs that were open when Backstory was installed or updated. Chrome does
 * not run a new content script in pages that are already open, so such a tab
 * can be read after a reload, whereas a tab without our script for any other
 * reason (a browser page, the web store) cannot be read at all. Without the
 * `tabs` permission a tab's address is hidden, so its id is what we keep, in
 * session storage: ids are only meaningful until the browser quits.
 */
import browser from './browser.ts';

const KEY = 'tabsBeforeInstall';

async function stored(): Promise<number[]> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : [];
}

export async function recordTabsBeforeInstall(): Promise<void> {
  const tabs = await browser.tabs.query({});
  const ids = tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  await browser.storage.session.set({ [KEY]: ids });
}

/** A tab that loads a page after the install runs our script on it, if the page allows. */
export async function forgetTab(tabId: number): Promise<void> {
  const ids = await stored();
  if (ids.includes(tabId))
    await browser.storage.session.set({ [KEY]: ids.filter((id) => id !== tabId) });
}

export async function openedBeforeInstall(tabId: number): Promise<boolean> {
  return (await stored()).includes(tabId);
}
