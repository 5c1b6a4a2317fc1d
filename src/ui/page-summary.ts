import { t } from '../shared/i18n.ts';
import { claimCount, quoteCount } from './counts.ts';
import type { TabView } from './tab-view.ts';

/** One sentence on what Backstory did with the page in the active tab. */
export function pageSummary(view: TabView): string {
  switch (view.state) {
    case 'unreadable':
      return t('popup_cantRead');
    case 'reload':
      return t('popup_reloadToRead');
    case 'off':
      return view.reason === 'site' ? t('popup_offSite', view.site) : t('popup_offEverywhere');
    case 'reading':
      return t('popup_reading');
    case 'not-article':
      return t('popup_notArticle');
    case 'failed':
      return t('popup_failed', view.error);
    case 'annotated': {
      const { quoteCount: quotes, claimCount: claims } = view;
      if (quotes + claims === 0) return t('popup_noQuotes');
      if (claims === 0) return t('popup_foundOne', quoteCount(quotes));
      if (quotes === 0) return t('popup_foundOne', claimCount(claims));
      return t('popup_foundBoth', quoteCount(quotes), claimCount(claims));
    }
  }
}
