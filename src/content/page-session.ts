import { type Reading, readArticle } from '../core/read.ts';
import { piecesFor } from '../dom/anchor.ts';
import { type ExtractedArticle, extractArticle } from '../dom/extract.ts';
import { Highlighter, type HighlightRequest } from '../dom/highlighter.ts';
import type { FindingSummary, PageState, PageStatus } from '../shared/protocol.ts';
import { type Activity, siteKey } from '../shared/settings.ts';

interface Annotated {
  article: ExtractedArticle;
  reading: Reading;
  /** Ids of the findings that could be anchored in the live page. */
  anchored: Set<string>;
}

/**
 * Backstory on one page: reads the article once, draws and removes the
 * highlights as the user switches Backstory on and off, and answers the
 * popup. The reading is kept while switched off, so switching back on
 * redraws at once without reading the page again.
 */
export class PageSession {
  private annotated: Annotated | null = null;
  private status: PageState = { state: 'reading' };
  private readonly highlighter: Highlighter;

  constructor(
    private readonly doc: Document,
    private readonly onCountChanged: (count: number) => void,
  ) {
    this.highlighter = new Highlighter(doc);
  }

  apply(activity: Activity): void {
    if (!activity.active) {
      this.highlighter.clear();
      this.status = { state: 'off', reason: activity.reason };
      this.onCountChanged(0);
      return;
    }
    try {
      this.annotated ??= this.read();
    } catch (error) {
      this.status = {
        state: 'failed',
        error: error instanceof Error ? error.message : String(error),
      };
      this.onCountChanged(0);
      return;
    }
    if (!this.annotated) {
      this.status = { state: 'not-article' };
      this.onCountChanged(0);
      return;
    }
    this.draw(this.annotated);
  }

  pageStatus(): PageStatus {
    return { site: siteKey(this.doc.location.hostname), ...this.status };
  }

  reveal(id: string): boolean {
    const [first] = this.highlighter.marksFor(id);
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const mark of this.highlighter.marksFor(id)) {
      mark.classList.remove('backstory-flash');
      // Reading layout restarts the animation when the same finding is revealed twice.
      void mark.offsetWidth;
      mark.classList.add('backstory-flash');
    }
    return true;
  }

  destroy(): void {
    this.highlighter.clear();
  }

  private read(): Annotated | null {
    const article = extractArticle(this.doc);
    if (!article) return null;
    const reading = readArticle(article.map.text, article.meta);
    return { article, reading, anchored: new Set() };
  }

  private draw(annotated: Annotated): void {
    const { map } = annotated.article;
    const requests: HighlightRequest[] = [];
    annotated.anchored.clear();
    for (const quote of annotated.reading.quotes) {
      const pieces = piecesFor(map, quote.start, quote.end, quote.text);
      if (!pieces) continue;
      requests.push({ id: quote.id, kind: 'quote', pieces });
      annotated.anchored.add(quote.id);
    }
    this.highlighter.draw(requests);
    const findings: FindingSummary[] = annotated.reading.quotes
      .filter((quote) => annotated.anchored.has(quote.id))
      .map((quote) => ({ id: quote.id, kind: 'quote', text: quote.text, speaker: quote.speaker }));
    this.status = {
      state: 'annotated',
      quoteCount: findings.length,
      claimCount: 0,
      findings,
    };
    this.onCountChanged(findings.length);
  }
}
