/**
 * Whether a read article goes into "Your reading", and recording it. Never
 * recorded: anything while the user has not chosen it, private windows
 * (the tab's own flag and the page's, either suffices), sites where
 * Backstory is off or that the user asked not to remember, and anything
 * after a write failed for want of space (recording stops until the user
 * resumes it in the options page; nothing stored is dropped). Pages that
 * are no articles never get here: the page sends findings only for an
 * article.
 */
import type { Speaker } from '../core/refset/types.ts';
import type { ArticleMeta, QuoteFinding } from '../core/types.ts';
import browser, { type Tabs } from '../shared/browser.ts';
import type { ReadPageInfo } from '../shared/protocol.ts';
import { isQuotaError } from '../shared/reading-store/quota.ts';
import { loadReadingStatus, saveReadingStatus } from '../shared/reading-store/status.ts';
import { loadSettings } from '../shared/settings-store.ts';
import type { ReadingService } from './reading-service.ts';
import { refusal } from './recording-rules.ts';

export interface ReadArticle {
  article: ArticleMeta;
  quotes: QuoteFinding[];
  page: ReadPageInfo;
  tab: Tabs.Tab | undefined;
}

export class ReadingRecorder {
  constructor(
    private readonly reading: ReadingService,
    private readonly knownSpeakers: () => Promise<Speaker[][]>,
  ) {}

  /** Records the article if it may be; errors are kept for the options page, never thrown. */
  consider(read: ReadArticle): Promise<void> {
    return this.recordIfAllowed(read).catch((error) => {
      console.error('Backstory could not record this article into "Your reading":', error);
    });
  }

  private async recordIfAllowed(read: ReadArticle): Promise<void> {
    const settings = await loadSettings();
    if (refusal(read, settings, browser.extension.inIncognitoContext === true)) return;
    if ((await loadReadingStatus()).stopped) return;
    try {
      await this.reading.record(
        {
          url: read.page.url,
          articleId: read.page.articleId,
          meta: read.article,
          quotes: read.quotes,
          visitedAt: new Date().toISOString(),
        },
        await this.knownSpeakers(),
      );
    } catch (error) {
      if (isQuotaError(error)) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        await saveReadingStatus({
          stopped: { reason: 'quota', message, at: new Date().toISOString() },
        });
      }
      throw error;
    }
  }
}
