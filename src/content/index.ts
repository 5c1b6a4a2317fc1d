import { fromExtensionPage, handleMessages, sendToBackground } from '../shared/messaging.ts';
import type { ToContent } from '../shared/protocol.ts';
import { activityOn } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { PageSession } from './page-session.ts';

const session = new PageSession(document, {
  countChanged(count) {
    // The background may be restarting; the badge is cosmetic, so a lost update is no error.
    sendToBackground('findingsChanged', { count }).catch(() => {});
  },
  fetchNotes: (article, { quotes, claims }) =>
    sendToBackground('matchFindings', { article, quotes, claims }),
});

handleMessages<ToContent>(
  {
    getPageStatus: () => session.pageStatus(),
    revealFinding: ({ id }) => session.reveal(id),
  },
  fromExtensionPage,
);

const hostname = location.hostname;
watchSettings((settings) => session.apply(activityOn(settings, hostname)));
loadSettings().then((settings) => session.apply(activityOn(settings, hostname)));
