import type { Reading } from '../core/read.ts';
import type { ContextNote, NoteStatement } from '../core/types.ts';
import { extractArticle } from '../dom/extract.ts';
import { Highlighter } from '../dom/highlighter.ts';
import type { TextMap } from '../dom/text-map.ts';
import { feedbackKey, type NoteFeedback } from '../shared/note-feedback.ts';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import { type DisplayChoices, type Finding, planHighlights } from './highlight-plan.ts';
import { NoteLayer, type NoteTarget } from './overlay/note-overlay.tsx';

/** What a page session hands the drawing: the article as read, and its notes. */
export interface DrawingInput {
  map: TextMap;
  reading: Reading;
  notes: ReadonlyMap<string, ContextNote>;
}

/** What is on the page now: the findings drawn, and the notes a reader can open (hidden statements left out). */
export interface DrawnState {
  drawn: Finding[];
  notes: ReadonlyMap<string, ContextNote>;
}

export interface PageDrawingHooks {
  /** What is drawn changed without the session asking (the page edited its text, a setting or a hidden note). */
  redrawn(state: DrawnState): void;
  /** The reader hid a statement or reported it wrong. */
  feedback(item: NoteFeedback): void;
}

/** A second click this soon is a double-click (selecting a word), not a request for the note. */
const DOUBLE_CLICK_MS = 300;
/** Quiet time after the page edits highlighted text before the highlights are anchored again. */
const REANCHOR_MS = 400;
/** How long a revealed finding stays lit. */
const FLASH_MS = 1200;

/** Elements whose clicks are the page's own: links work as links, controls as controls. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

/**
 * Everything Backstory draws in one page: the painted highlights, the layer
 * that offers their notes, and the reader's gestures on them. A plain
 * click (or Enter or Space on a highlight's marker) opens a note; a click
 * on a link, with a modifier key, or one that selects text does not. When
 * the page edits highlighted text, those highlights yield at once and are
 * anchored again once the page is quiet.
 */
export class PageDrawing {
  private input: DrawingInput | null = null;
  private state: DrawnState = { drawn: [], notes: new Map() };
  private display: DisplayChoices = DEFAULT_SETTINGS;
  private hidden = new Set<string>();
  private readonly highlighter: Highlighter;
  private readonly layer: NoteLayer;
  private readonly abort = new AbortController();
  private pendingOpen: ReturnType<typeof setTimeout> | undefined;
  private reanchorTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private flashId: string | null = null;
  private layerActive: string | null = null;
  private hovered: string | null = null;
  private pointer: { x: number; y: number } | null = null;
  private hoverFrame = 0;

  constructor(
    private readonly doc: Document,
    private readonly hooks: PageDrawingHooks,
  ) {
    this.highlighter = new Highlighter(doc, (ids) => this.yieldTo(ids));
    this.layer = new NoteLayer(doc, {
      activeChanged: (id) => {
        this.layerActive = id;
        this.highlighter.setActive(this.flashId ?? id);
      },
      feedback: (target, statement, verdict) => this.onFeedback(target, statement, verdict),
    });
    const { signal } = this.abort;
    doc.addEventListener('click', (event) => this.onClick(event), { signal });
    doc.addEventListener('dblclick', () => clearTimeout(this.pendingOpen), { signal });
    doc.addEventListener('pointermove', (event) => this.onPointerMove(event), {
      signal,
      passive: true,
    });
    doc.documentElement.addEventListener('pointerleave', () => this.hover(null), { signal });
  }

  /** Draws `input` (null clears the page) and says what is drawn. */
  draw(input: DrawingInput | null): DrawnState {
    this.input = input;
    return this.redraw();
  }

  /** The reader's display choices, applied at once to what is drawn. */
  setDisplay(display: DisplayChoices): void {
    const same =
      display.showUnnotedQuotes === this.display.showUnnotedQuotes &&
      display.showClaims === this.display.showClaims &&
      display.showStance === this.display.showStance;
    this.display = display;
    if (!same && this.input) this.hooks.redrawn(this.redraw());
  }

  /** The statements the reader hid or reported: never shown, on this page or any other. */
  setFeedback(list: NoteFeedback[]): void {
    this.hidden = new Set(list.map(feedbackKey));
    if (this.input) this.hooks.redrawn(this.redraw());
  }

  /**
   * Scrolls a finding into view and lights it for a moment; `open` also opens its note, as the
   * popup's and the side panel's lists ask (an extension page, so no page event is involved).
   */
  reveal(id: string, { open = false }: { open?: boolean } = {}): boolean {
    const [range] = this.highlighter.rangesFor(id);
    const element = range?.startContainer.parentElement;
    if (!element) return false;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (open) this.layer.open(id);
    this.flashId = id;
    this.highlighter.setActive(id);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashId = null;
      this.highlighter.setActive(this.layerActive);
    }, FLASH_MS);
    return true;
  }

  destroy(): void {
    this.abort.abort();
    for (const timer of [this.pendingOpen, this.reanchorTimer, this.flashTimer])
      clearTimeout(timer);
    this.doc.defaultView?.cancelAnimationFrame(this.hoverFrame);
    this.layer.destroy();
    this.highlighter.clear();
    this.input = null;
  }

  private redraw(): DrawnState {
    const input = this.input;
    if (!input) {
      this.layer.setTargets([], this.display.showStance);
      this.highlighter.clear();
      this.state = { drawn: [], notes: new Map() };
      return this.state;
    }
    const notes = this.visibleNotes(input.notes);
    const { requests, drawn } = planHighlights(input.map, input.reading, notes, this.display);
    this.highlighter.draw(requests);
    this.state = { drawn, notes };
    this.layer.setTargets(this.targetsOf(drawn, notes), this.display.showStance);
    return this.state;
  }

  private visibleNotes(notes: ReadonlyMap<string, ContextNote>): Map<string, ContextNote> {
    const visible = new Map<string, ContextNote>();
    for (const [id, note] of notes) {
      const statements = note.statements.filter(
        (s) => !this.hidden.has(feedbackKey({ setId: s.setId ?? null, statementId: s.id })),
      );
      if (statements.length > 0) visible.set(id, { ...note, statements });
    }
    return visible;
  }

  private targetsOf(drawn: Finding[], notes: ReadonlyMap<string, ContextNote>): NoteTarget[] {
    const painted = new Set(this.highlighter.ids);
    return drawn.flatMap((finding) => {
      const note = notes.get(finding.id);
      if (!note || !painted.has(finding.id)) return [];
      return [
        {
          id: finding.id,
          kind: finding.kind,
          findingText: finding.text,
          speaker: finding.speaker,
          statements: note.statements,
          ranges: () => this.highlighter.rangesFor(finding.id),
        },
      ];
    });
  }

  /** The page changed highlighted text: stop offering those highlights now, anchor again when it is quiet. */
  private yieldTo(ids: string[]): void {
    const gone = new Set(ids);
    const drawn = this.state.drawn.filter((finding) => !gone.has(finding.id));
    this.state = { ...this.state, drawn };
    this.layer.setTargets(this.targetsOf(drawn, this.state.notes), this.display.showStance);
    this.hooks.redrawn(this.state);
    clearTimeout(this.reanchorTimer);
    this.reanchorTimer = setTimeout(() => this.reanchor(), REANCHOR_MS);
  }

  private reanchor(): void {
    if (!this.input) return;
    const article = extractArticle(this.doc);
    if (article) this.input = { ...this.input, map: article.map };
    this.hooks.redrawn(this.redraw());
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    // A click in the card lands on whatever text lies beneath it, too: it is the card's.
    if (this.layer.owns(event)) return;
    const target = event.target as Element | null;
    if (typeof target?.closest === 'function' && target.closest(INTERACTIVE)) return;
    if (!this.doc.getSelection()?.isCollapsed) return;
    clearTimeout(this.pendingOpen);
    if (event.detail > 1) return;
    const id = this.highlighter.findingAt(event.clientX, event.clientY, 'noted');
    if (!id) return;
    this.pendingOpen = setTimeout(() => {
      // A drag that ended here, or a double-click, has selected text by now.
      if (this.doc.getSelection()?.isCollapsed ?? true) this.layer.open(id);
    }, DOUBLE_CLICK_MS);
  }

  private onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.hoverFrame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.hoverFrame = view.requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const at = this.pointer;
      this.hover(at && this.highlighter.findingAt(at.x, at.y, 'noted'));
    });
  }

  private hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.highlighter.setPointer(id !== null);
    this.layer.preview(id);
  }

  private onFeedback(
    target: NoteTarget,
    statement: NoteStatement,
    verdict: NoteFeedback['verdict'],
  ): void {
    const item: NoteFeedback = {
      verdict,
      statementId: statement.id,
      setId: statement.setId ?? null,
      statementText: statement.text,
      speaker: statement.speaker,
      shownFor: target.findingText,
      at: new Date().toISOString(),
    };
    this.hooks.feedback(item);
    // Hidden here at once; storage tells every other page (and this one again, harmlessly).
    this.hidden.add(feedbackKey(item));
    this.hooks.redrawn(this.redraw());
  }
}
