import browser from '../shared/browser.ts';
import { fromTab, handleMessages, sendToTab } from '../shared/messaging.ts';
import type { ContentToBackground, PageStatus } from '../shared/protocol.ts';
import { showCount } from './badge.ts';

handleMessages<ContentToBackground>(
  {
    findingsChanged: async ({ count }, sender) => {
      await showCount(sender.tab!.id!, count);
    },
    // The reference index arrives with the matching work; until then no finding has a note.
    matchFindings: () => [],
  },
  fromTab,
);

const countOf = (status: PageStatus) =>
  status.state === 'annotated' ? status.quoteCount + status.claimCount : 0;

// Chrome keeps a tab's badge across navigations. Once a page has loaded, ask
// it what it holds; a page without our content script (a browser page, a
// file) answers nothing and its badge is cleared.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'complete') return;
  sendToTab(tabId, 'getPageStatus', {})
    .then(countOf, () => 0)
    .then((count) => showCount(tabId, count))
    .catch(() => {});
});
