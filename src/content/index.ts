import { articleIdOf } from '../core/reading/article-key.ts';
import browser from '../shared/browser.ts';
import { fromExtensionPage, handleMessages, sendToBackground } from '../shared/messaging.ts';
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
  });

let session = newSession();
let settings: Settings | null = null;
const apply = () => settings && session.apply(activityOn(settings, location.hostname));

handleMessages<ToContent>(
  {
    getPageStatus: () => session.pageStatus(),
    revealFinding: ({ id }) => session.reveal(id),
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

let settleTimer: ReturnType<typeof setTimeout> | undefined;
watchUrlChanges(window, () => {
  session.destroy();
  session = newSession();
  clearTimeout(settleTimer);
  settleTimer = setTimeout(apply, SETTLE_MS);
});
