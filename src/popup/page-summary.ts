import type { PageStatus } from '../shared/protocol.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One sentence on what Backstory did with the page in the active tab. */
export function pageSummary(status: PageStatus | null): string {
  if (!status) return 'Backstory can’t read this page.';
  switch (status.state) {
    case 'off':
      return status.reason === 'site'
        ? `Backstory is off on ${status.site}.`
        : 'Backstory is off everywhere.';
    case 'reading':
      return 'Reading the article…';
    case 'not-article':
      return 'This page doesn’t look like a news article.';
    case 'failed':
      return `Backstory couldn’t read this article: ${status.error}`;
    case 'annotated': {
      const { quoteCount, claimCount } = status;
      if (quoteCount + claimCount === 0) return 'No quotes found in this article.';
      const parts = [
        quoteCount > 0 ? plural(quoteCount, 'quote', 'quotes') : '',
        claimCount > 0 ? plural(claimCount, 'claim with context', 'claims with context') : '',
      ];
      return `${parts.filter(Boolean).join(' and ')} found on this page.`;
    }
  }
}
