import { fromExtensionPage, handleMessages, sendToBackground } from '../shared/messaging.ts';
import { type NoteFeedback, withFeedback } from '../shared/note-feedback.ts';
import { loadFeedback, saveFeedback, watchFeedback } from '../shared/note-feedback-store.ts';
import type { ToContent } from '../shared/protocol.ts';
import { activityOn, type Settings } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { PageSession } from './page-session.ts';
import { watchUrlChanges } from './url-watch.ts';

/** Time for a single-page site to render the next story after its address changes. */
const SETTLE_MS = 800;

const newSession = () =>
  new PageSession(document, {
    countChanged(count) {
      // The background may be restarting; the badge is cosmetic, so a lost update is no error.
      sendToBackground('findingsChanged', { count }).catch(() => {});
    },
    fetchNotes: (article, { quotes, claims }) =>
      sendToBackground('matchFindings', { article, quotes, claims }),
    noteFeedback: (item) => {
      loadFeedback().then((list) => saveFeedback(withFeedback(list, item)));
    },
  });

let session = newSession();
let settings: Settings | null = null;
let feedback: NoteFeedback[] = [];
const apply = () => {
  if (!settings) return;
  session.setDisplay(settings);
  session.setFeedback(feedback);
  session.apply(activityOn(settings, location.hostname));
};

handleMessages<ToContent>(
  {
    getPageStatus: () => session.pageStatus(),
    revealFinding: ({ id, open }) => session.reveal(id, { open }),
  },
  fromExtensionPage,
);

watchSettings((next) => {
  settings = next;
  apply();
});
loadSettings().then((loaded) => {
  settings ??= loaded;
  apply();
});
watchFeedback((next) => {
  feedback = next;
  session.setFeedback(next);
});
loadFeedback().then((loaded) => {
  feedback = loaded;
  session.setFeedback(loaded);
});

let settleTimer: ReturnType<typeof setTimeout> | undefined;
watchUrlChanges(window, () => {
  session.destroy();
  session = newSession();
  clearTimeout(settleTimer);
  settleTimer = setTimeout(apply, SETTLE_MS);
});
