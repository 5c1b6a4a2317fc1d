import { sendToTab } from '../shared/messaging.ts';
import type { PageStatus } from '../shared/protocol.ts';
import { openedBeforeInstall } from '../shared/tabs-before-install.ts';

/**
 * A tab as the popup and the side panel see it: the content script's report,
 * or why there is none. "reload" is a page open since before Backstory was
 * installed, which a reload lets it read; "unreadable" is a page where it
 * cannot run at all (browser pages, the web store).
 */
export type TabView = PageStatus | { state: 'reload' } | { state: 'unreadable' };

export async function readTab(tabId: number | undefined): Promise<TabView> {
  if (tabId === undefined) return { state: 'unreadable' };
  try {
    return await sendToTab(tabId, 'getPageStatus', {});
  } catch {
    const reload = await openedBeforeInstall(tabId).catch(() => false);
    return { state: reload ? 'reload' : 'unreadable' };
  }
}
