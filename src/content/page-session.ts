import { type Reading, readArticle } from '../core/read.ts';
import type { ArticleMeta, ContextNote } from '../core/types.ts';
import { type ExtractedArticle, extractArticle } from '../dom/extract.ts';
import { Highlighter } from '../dom/highlighter.ts';
import type { PageState, PageStatus } from '../shared/protocol.ts';
import { type Activity, siteKey } from '../shared/settings.ts';
import { type Finding, findingsOf, planHighlights } from './highlight-plan.ts';
import { NoteOverlay } from './overlay/note-overlay.tsx';

export interface PageSessionHooks {
  /** The number of highlights changed (0 when off or nothing found). */
  countChanged(count: number): void;
  /**
   * Context notes for the findings; the background answers (see protocol.ts).
   * `text` is the article text, for the page's own use (its id for "Your reading").
   */
  fetchNotes(article: ArticleMeta, reading: Reading, text: string): Promise<ContextNote[]>;
}

interface Annotated {
  article: ExtractedArticle;
  reading: Reading;
  /** Notes by finding id; empty until the background has answered. */
  notes: Map<string, ContextNote>;
  /** The findings drawn in the page, in reading order. */
  drawn: Finding[];
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
  private readonly highlighter: Highlighter;
  private readonly overlay: NoteOverlay;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly hooks: PageSessionHooks,
  ) {
    this.highlighter = new Highlighter(doc);
    this.overlay = new NoteOverlay(doc);
    const { signal } = this.abort;
    doc.addEventListener('click', (event) => this.onActivate(event), { signal });
    doc.addEventListener(
      'keydown',
      (event) => (event.key === 'Enter' || event.key === ' ') && this.onActivate(event),
      { signal },
    );
  }

  apply(activity: Activity): void {
    this.active = activity.active;
    if (!activity.active) {
      this.overlay.hide(false);
      this.highlighter.clear();
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

  reveal(id: string): boolean {
    const marks = this.highlighter.marksFor(id);
    if (marks.length === 0) return false;
    marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const mark of marks) {
      mark.classList.remove('backstory-flash');
      // Reading layout restarts the animation when the same finding is revealed twice.
      void mark.offsetWidth;
      mark.classList.add('backstory-flash');
    }
    return true;
  }

  destroy(): void {
    this.abort.abort();
    this.overlay.destroy();
    this.highlighter.clear();
  }

  private read(): Annotated | null {
    const article = extractArticle(this.doc);
    if (!article) return null;
    const reading = readArticle(article.map.text, article.meta, article.map.blocks);
    const annotated: Annotated = { article, reading, notes: new Map(), drawn: [] };
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
    // Anchoring reads the live text nodes, which drawn highlights have split: clear first.
    this.overlay.hide(false);
    this.highlighter.clear();
    const { requests, drawn } = planHighlights(
      annotated.article.map,
      annotated.reading,
      annotated.notes,
    );
    this.highlighter.draw(requests);
    annotated.drawn = drawn;
    const quoteCount = drawn.filter((f) => f.kind === 'quote').length;
    this.state = {
      state: 'annotated',
      quoteCount,
      claimCount: drawn.length - quoteCount,
      findings: findingsOf(drawn, annotated.notes),
    };
    this.hooks.countChanged(drawn.length);
  }

  /** A click or Enter on a highlight with a note opens it; the nearest such highlight wins. */
  private onActivate(event: Event): void {
    const annotated = this.annotated;
    if (!this.active || !annotated) return;
    let mark = (event.target as Element | null)?.closest?.('backstory-mark');
    while (mark) {
      const id = (mark as HTMLElement).dataset.backstoryId ?? '';
      const note = annotated.notes.get(id);
      const finding = annotated.drawn.find((f) => f.id === id);
      if (note && finding) {
        event.preventDefault();
        const [first] = this.highlighter.marksFor(id);
        this.overlay.show(first ?? (mark as HTMLElement), {
          findingText: finding.text,
          speaker: finding.speaker,
          statements: note.statements,
        });
        return;
      }
      mark = mark.parentElement?.closest('backstory-mark') ?? null;
    }
  }
}
