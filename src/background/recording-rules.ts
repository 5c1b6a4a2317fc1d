/**
 * When a read article may go into "Your reading": only once the user chose
 * it, never from a private window (the tab's own flag, the page's, or the
 * background's: any one suffices), never on a site where Backstory is off
 * or that the user asked not to remember.
 */
import { siteOf } from '../core/reading/index.ts';
import type { ReadPageInfo } from '../shared/protocol.ts';
import { activityOn, type Settings, siteKey } from '../shared/settings.ts';

/** Why an article is not recorded, or null when it may be. */
export function refusal(
  read: { page: ReadPageInfo; tab?: { incognito: boolean } | undefined },
  settings: Settings,
  backgroundIncognito: boolean,
): string | null {
  if (!settings.rememberReading) return 'not chosen';
  if (read.page.incognito || read.tab?.incognito || backgroundIncognito) return 'private window';
  const site = siteOf(read.page.url);
  if (!site) return 'not a web page';
  if (!activityOn(settings, site).active) return 'Backstory is off there';
  if (settings.unrememberedSites.includes(siteKey(site))) return 'site not remembered';
  return null;
}
