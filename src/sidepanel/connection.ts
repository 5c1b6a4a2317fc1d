import type { SpeakerTimeline } from '../core/refset/timeline.ts';
import browser from '../shared/browser.ts';
import { handleMessages, sendFromPage, sendToTab } from '../shared/messaging.ts';
import type { BackgroundToPages } from '../shared/protocol.ts';
import { watchSettings } from '../shared/settings-store.ts';
import { readTab, type TabView } from '../ui/tab-view.ts';

/** What the side panel can do, as one object: components never call the browser API themselves. */
export interface PanelConnection {
  /** The tab the panel shows: the one it was opened for, or its window's active tab. */
  currentTab(): Promise<number | undefined>;
  /** Calls `onChange` when the shown tab may have changed, or its page has. */
  watch(onChange: () => void): () => void;
  pageStatus(tabId: number | undefined): Promise<TabView>;
  timelines(speakers: string[]): Promise<SpeakerTimeline[]>;
  /** Scrolls the tab's page to the finding and opens its note. */
  reveal(tabId: number, findingId: string): Promise<void>;
}

/**
 * The panel for `fixedTab` when given (the panel's page opened in a tab of
 * its own, `sidepanel.html?tab=ID`), otherwise for the active tab of the
 * window it sits in, following the reader from tab to tab.
 */
export function browserPanel(fixedTab: number | undefined): PanelConnection {
  return {
    async currentTab() {
      if (fixedTab !== undefined) return fixedTab;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    watch(onChange) {
      const activated = () => onChange();
      const updated = (_tabId: number, change: { status?: string }) => {
        if (change.status === 'complete') onChange();
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      const stopSettings = watchSettings(() => onChange());
      const stopMessages = handleMessages<BackgroundToPages>(
        { tabFindingsChanged: () => onChange() },
        // Only the background broadcasts; it has no tab and is no page in a window.
        (sender) => sender.tab === undefined,
      );
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
        stopSettings();
        stopMessages();
      };
    },
    pageStatus: readTab,
    timelines: (speakers) => sendFromPage('getSpeakerTimelines', { speakers }),
    async reveal(tabId, findingId) {
      await sendToTab(tabId, 'revealFinding', { id: findingId, open: true });
    },
  };
}
