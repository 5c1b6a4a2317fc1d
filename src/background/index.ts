import browser from '../shared/browser.ts';
import {
  broadcastToPages,
  fromExtensionPage,
  fromTab,
  handleMessages,
  sendToTab,
} from '../shared/messaging.ts';
import type { ContentToBackground, PageStatus, PageToBackground } from '../shared/protocol.ts';
import { ReadingStore } from '../shared/reading-store/index.ts';
import { buildMatchingIndex } from '../shared/refset-store/matching-index.ts';
import { RefSetStore } from '../shared/refset-store/store.ts';
import { showCount } from './badge.ts';
import { BUNDLED_SET_PATH, installBundledSet } from './bundled-set.ts';
import { forgetReloadedTabs, welcome } from './first-run.ts';
import { ReadingRecorder } from './reading-recorder.ts';
import { ReadingService } from './reading-service.ts';
import { ReferenceService } from './reference-service.ts';
import { TimelineService } from './timeline-service.ts';

// The bundled reference set, with its index, into the store: on install and
// update, and at start-up if an earlier attempt failed.
const refSets = new RefSetStore();
const packagedSet = {
  version: browser.runtime.getManifest().version,
  read: async () => (await fetch(browser.runtime.getURL(BUNDLED_SET_PATH))).text(),
};
const storeBundledSet = (options?: { ifMissing: boolean }) =>
  installBundledSet(refSets, buildMatchingIndex, packagedSet, options).catch((error) =>
    console.error('Backstory could not store its bundled reference set:', error),
  );
browser.runtime.onInstalled.addListener((details) => {
  storeBundledSet();
  welcome(details);
});
forgetReloadedTabs();
browser.runtime.onStartup.addListener(() => storeBundledSet({ ifMissing: true }));

const reading = new ReadingService(new ReadingStore());
const references = new ReferenceService(
  refSets,
  buildMatchingIndex,
  () => storeBundledSet({ ifMissing: true }),
  reading,
);
const recorder = new ReadingRecorder(reading, () => references.knownSpeakers());

handleMessages<ContentToBackground>(
  {
    findingsChanged: async ({ count }, sender) => {
      const tabId = sender.tab!.id!;
      broadcastToPages('tabFindingsChanged', { tabId });
      await showCount(tabId, count);
    },
    matchFindings: async ({ article, quotes, claims, page }, sender) => {
      const notes = reading.label(await references.matchFindings(article, quotes, claims));
      // After the notes are found, so an article never notes itself; the reply does not wait.
      if (page) recorder.consider({ article, quotes, page, tab: sender.tab });
      return notes;
    },
  },
  fromTab,
);

const timelines = new TimelineService(refSets);
handleMessages<PageToBackground>(
  { getSpeakerTimelines: ({ speakers }) => timelines.timelines(speakers) },
  fromExtensionPage,
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
