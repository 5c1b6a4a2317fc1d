import { type Reading, readArticle } from '../core/read.ts';
import type { ArticleMeta, ContextNote } from '../core/types.ts';
import { type ExtractedArticle, extractArticle } from '../dom/extract.ts';
import type { NoteFeedback } from '../shared/note-feedback.ts';
import type { PageState, PageStatus } from '../shared/protocol.ts';
import { type Activity, siteKey } from '../shared/settings.ts';
import { type DisplayChoices, findingsOf } from './highlight-plan.ts';
import { type DrawnState, PageDrawing } from './page-drawing.ts';

export interface PageSessionHooks {
  /** The number of findings a reader can open a note on changed (0 when off or none). */
  countChanged(count: number): void;
  /**
   * Context notes for the findings; the background answers (see protocol.ts).
   * `text` is the article text, for the page's own use (its id for "Your reading").
   */
  fetchNotes(article: ArticleMeta, reading: Reading, text: string): Promise<ContextNote[]>;
  /** The reader hid a note's statement or reported it wrong: keep it for every page. */
  noteFeedback(item: NoteFeedback): void;
}

interface Annotated {
  article: ExtractedArticle;
  reading: Reading;
  /** Notes by finding id; empty until the background has answered. */
  notes: Map<string, ContextNote>;
}

/**
 * Backstory on one page: reads the article once, asks for context notes,
 * draws and removes the highlights as the user switches Backstory on and
 * off, opens a note when a highlight is chosen, and answers the popup. The
 * reading is kept while switched off, so switching back on redraws at once
 * without reading the page again.
 */
export class PageSession {
  private annotated: Annotated | null = null;
  private state: PageState = { state: 'reading' };
  private active = false;
  /** Highlights, notes and the reader's gestures on them: see page-drawing.ts. */
  private readonly drawing: PageDrawing;

  constructor(
    private readonly doc: Document,
    private readonly hooks: PageSessionHooks,
  ) {
    this.drawing = new PageDrawing(doc, {
      redrawn: (drawn) => {
        if (this.active && this.annotated) this.show(drawn);
      },
      feedback: (item) => hooks.noteFeedback(item),
    });
  }

  apply(activity: Activity): void {
    this.active = activity.active;
    if (!activity.active) {
      this.drawing.draw(null);
      this.state = { state: 'off', reason: activity.reason };
      this.hooks.countChanged(0);
      return;
    }
    if (!this.annotated) {
      try {
        this.annotated = this.read();
      } catch (error) {
        this.state = {
          state: 'failed',
          error: error instanceof Error ? error.message : String(error),
        };
        this.hooks.countChanged(0);
        return;
      }
    }
    if (!this.annotated) {
      this.state = { state: 'not-article' };
      this.hooks.countChanged(0);
      return;
    }
    this.draw(this.annotated);
  }

  pageStatus(): PageStatus {
    return { site: siteKey(this.doc.location.hostname), ...this.state };
  }

  reveal(id: string, options: { open?: boolean } = {}): boolean {
    return this.drawing.reveal(id, options);
  }

  /** The reader's display choices (see settings.ts), applied live. */
  setDisplay(display: DisplayChoices): void {
    this.drawing.setDisplay(display);
  }

  /** The statements the reader hid or reported, left out of every note. */
  setFeedback(list: NoteFeedback[]): void {
    this.drawing.setFeedback(list);
  }

  destroy(): void {
    this.drawing.destroy();
  }

  private read(): Annotated | null {
    const article = extractArticle(this.doc);
    if (!article) return null;
    const reading = readArticle(article.map.text, article.meta, article.map.blocks);
    const annotated: Annotated = { article, reading, notes: new Map() };
    this.hooks
      .fetchNotes(article.meta, reading, article.map.text)
      .then((notes) => {
        annotated.notes = new Map(
          notes.filter((n) => n.statements.length > 0).map((n) => [n.target, n]),
        );
        if (this.active && annotated.notes.size > 0) this.draw(annotated);
      })
      .catch(() => {
        // Without notes the highlights still stand; the popup shows no note counts.
      });
    return annotated;
  }

  private draw(annotated: Annotated): void {
    const { article, reading, notes } = annotated;
    this.show(this.drawing.draw({ map: article.map, reading, notes }));
  }

  private show({ drawn, notes }: DrawnState): void {
    const quoteCount = drawn.filter((f) => f.kind === 'quote').length;
    this.state = {
      state: 'annotated',
      quoteCount,
      claimCount: drawn.length - quoteCount,
      findings: findingsOf(drawn, notes),
      published: this.annotated?.article.meta.published ?? null,
    };
    this.hooks.countChanged(drawn.filter((f) => notes.has(f.id)).length);
  }
}
