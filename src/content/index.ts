import { articleIdOf } from '../core/reading/article-key.ts';
import browser from '../shared/browser.ts';
import { fromExtensionPage, handleMessages, sendToBackground } from '../shared/messaging.ts';
import { type NoteFeedback, withFeedback } from '../shared/note-feedback.ts';
import { loadFeedback, saveFeedback, watchFeedback } from '../shared/note-feedback-store.ts';
import type { ToContent } from '../shared/protocol.ts';
import { activityOn, type Settings } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { removeLeftovers, watchForOrphaning } from './orphan.ts';
import { PageSession } from './page-session.ts';
import { type LateContentBounds, type QuietBounds, watchLateContent, whenQuiet } from './settle.ts';
import { watchUrlChanges } from './url-watch.ts';

/** After the address changes: the next story is read once the page has been still a moment. */
const NEXT_STORY: QuietBounds = { quietMs: 400, maxWaitMs: 4000, maxBatches: 200 };
/** After a reading: a story that arrives or is replaced within this time is read once more. */
const LATE_CONTENT: LateContentBounds = {
  quietMs: 400,
  maxWaitMs: 15_000,
  maxBatches: 500,
  minChange: 200,
};

const newSession = () =>
  new PageSession(document, {
    countChanged(count) {
      // The background may be restarting; the badge is cosmetic, so a lost update is no error.
      sendToBackground('findingsChanged', { count }).catch(() => {});
    },
    fetchNotes: (article, { quotes, claims }, text) =>
      sendToBackground('matchFindings', {
        article,
        quotes,
        claims,
        page: {
          url: location.href,
          articleId: articleIdOf(text),
          incognito: browser.extension.inIncognitoContext === true,
        },
      }),
    noteFeedback: (item) => {
      loadFeedback().then((list) => saveFeedback(withFeedback(list, item)));
    },
  });

removeLeftovers(document);
let session = newSession();
let settings: Settings | null = null;
let feedback: NoteFeedback[] = [];
const apply = () => {
  if (!settings) return;
  session.setDisplay(settings);
  session.setFeedback(feedback);
  session.apply(activityOn(settings, location.hostname));
};

/** Reads the page afresh: a new story, or the late arrival of this one. */
const rereadPage = () => {
  session.destroy();
  session = newSession();
  apply();
};

let stopWaiting = () => {};
const watchForLateContent = () => {
  stopWaiting();
  stopWaiting = watchLateContent(document, LATE_CONTENT, rereadPage);
};

const stopAnswering = handleMessages<ToContent>(
  {
    getPageStatus: () => session.pageStatus(),
    revealFinding: ({ id, open }) => session.reveal(id, { open }),
  },
  fromExtensionPage,
);

const stopWatchingSettings = watchSettings((next) => {
  settings = next;
  apply();
});
loadSettings().then((loaded) => {
  settings ??= loaded;
  apply();
});
const stopWatchingFeedback = watchFeedback((next) => {
  feedback = next;
  session.setFeedback(next);
});
loadFeedback().then((loaded) => {
  feedback = loaded;
  session.setFeedback(loaded);
});
watchForLateContent();

const stopWatchingUrl = watchUrlChanges(window, () => {
  session.destroy();
  session = newSession();
  stopWaiting();
  stopWaiting = whenQuiet(window, document.body, NEXT_STORY, () => {
    apply();
    watchForLateContent();
  });
});

const extensionAlive = () => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    // Firefox: the old script's API objects are dead once its extension has gone.
    return false;
  }
};
watchForOrphaning(window, extensionAlive, () => {
  // An updated Backstory runs in this tab on the next load; this one leaves the page as it was.
  for (const stop of [
    stopWaiting,
    stopWatchingUrl,
    stopWatchingSettings,
    stopWatchingFeedback,
    stopAnswering,
  ]) {
    try {
      stop();
    } catch {
      // The extension's API is gone with it: its listeners can no longer fire anyway.
    }
  }
  session.destroy();
});
