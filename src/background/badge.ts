import browser from '../shared/browser.ts';

const BADGE_COLOUR = '#8a5a00';

/** The toolbar badge of one tab: how many findings have a note to open (not every quote), or nothing. */
export async function showCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}
