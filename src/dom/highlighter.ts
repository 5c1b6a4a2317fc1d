import type { TextPiece } from './anchor.ts';

/**
 * How a highlight is painted: `noted` findings have a context note and are
 * the ones a reader can open; `quote` is the quiet paint of a quote without
 * one. `active` is laid over a noted finding while it is hovered, focused or
 * open.
 */
export type PaintLayer = 'noted' | 'quote' | 'active';

export interface HighlightRequest {
  id: string;
  layer: Exclude<PaintLayer, 'active'>;
  pieces: TextPiece[];
}

/** The registry names: one prefix, so they cannot collide with a page's own highlights. */
const HIGHLIGHT_NAMES: Record<PaintLayer, string> = {
  quote: 'backstory-quote',
  noted: 'backstory-noted',
  active: 'backstory-active',
};

/** Higher paints over lower where layers overlap. */
const PRIORITY: Record<PaintLayer, number> = { quote: 1, noted: 2, active: 3 };

const PAINT_CSS = `
::highlight(backstory-quote) { background-color: rgba(255, 214, 102, 0.28); }
::highlight(backstory-noted) { background-color: rgba(255, 196, 61, 0.55); }
::highlight(backstory-active) { background-color: rgba(255, 158, 0, 0.7); }
`;

/** While the pointer is over a finding that opens: the cursor says so. */
const POINTER_CSS = ':root { cursor: pointer; }';

interface Drawn {
  request: HighlightRequest;
  /**
   * Static ranges: a live Range would silently shift or collapse when the
   * page rewrites its text, so the paint always follows the offsets that
   * `expected` is checked against.
   */
  ranges: AbstractRange[];
  /** The text of each piece when drawn: a piece whose node no longer holds it is stale. */
  expected: string[];
}

interface CssHighlights {
  highlights: Map<string, Set<AbstractRange> & { priority: number }>;
}
type HighlightConstructor = new (
  ...ranges: AbstractRange[]
) => Set<AbstractRange> & { priority: number };

/** The document's own StaticRange, so ranges belong to the page's window (Firefox's content scripts have their own). */
const StaticRangeOf = (doc: Document) =>
  (doc.defaultView as unknown as { StaticRange: typeof StaticRange }).StaticRange;

/**
 * Paints highlights with the CSS Custom Highlight API: the page's nodes are
 * never split, wrapped or moved, so a page that edits its own text edits
 * exactly the nodes it made, and switching off leaves nothing behind but
 * what the page itself wrote. A MutationObserver re-checks every drawn
 * piece; when the page changes a highlighted text, that highlight yields
 * (it is dropped and `onStale` is told) instead of painting the wrong words.
 * Knows nothing about quotes or notes.
 */
export class Highlighter {
  private readonly drawn = new Map<string, Drawn>();
  private readonly observer: MutationObserver;
  private style: HTMLStyleElement | null = null;
  private activeId: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onStale: (ids: string[]) => void = () => {},
  ) {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    this.observer = new (view?.MutationObserver ?? MutationObserver)(() => this.recheck());
  }

  /** Whether this browser can paint highlights without touching the page's nodes. */
  static supported(doc: Document): boolean {
    const view = doc.defaultView as (Window & { CSS?: Partial<CssHighlights> }) | null;
    return Boolean(view?.CSS?.highlights && 'Highlight' in view);
  }

  /** Replaces whatever is drawn with `requests`. */
  draw(requests: HighlightRequest[]): void {
    this.clear();
    if (requests.length === 0 || !Highlighter.supported(this.doc)) return;
    const PageStaticRange = StaticRangeOf(this.doc);
    for (const request of requests) {
      const ranges = request.pieces.map(
        ({ node, start, end }) =>
          new PageStaticRange({
            startContainer: node,
            startOffset: start,
            endContainer: node,
            endOffset: end,
          }),
      );
      const expected = request.pieces.map(({ node, start, end }) => node.data.slice(start, end));
      this.drawn.set(request.id, { request, ranges, expected });
    }
    this.style = this.doc.createElement('style');
    this.style.setAttribute(PAINT_STYLE_ATTRIBUTE, '');
    this.style.textContent = PAINT_CSS;
    (this.doc.head ?? this.doc.documentElement).append(this.style);
    this.paint();
    this.observer.observe(this.doc.documentElement, {
      characterData: true,
      childList: true,
      subtree: true,
    });
  }

  /** The ids drawn, in the order they were requested. */
  get ids(): string[] {
    return [...this.drawn.keys()];
  }

  /** Live ranges over a drawn highlight's pieces, for layout (empty when it is not drawn). */
  rangesFor(id: string): Range[] {
    return (this.drawn.get(id)?.request.pieces ?? []).map(({ node, start, end }) => {
      const range = this.doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    });
  }

  /** The drawn highlight of `layer` under the viewport point (x, y), if any. */
  findingAt(x: number, y: number, layer: HighlightRequest['layer']): string | null {
    for (const [id, { request }] of this.drawn) {
      if (request.layer !== layer) continue;
      for (const range of this.rangesFor(id)) {
        for (const rect of range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return id;
        }
      }
    }
    return null;
  }

  /** Paints `id` as hovered, focused or open (null: none). */
  setActive(id: string | null): void {
    if (id === this.activeId) return;
    this.activeId = id && this.drawn.has(id) ? id : null;
    this.paint();
  }

  /** Shows the pointer cursor while the reader points at something that opens. */
  setPointer(on: boolean): void {
    if (!this.style) return;
    this.style.textContent = on ? PAINT_CSS + POINTER_CSS : PAINT_CSS;
  }

  clear(): void {
    this.observer.disconnect();
    removePaint(this.doc);
    this.style = null;
    this.drawn.clear();
    this.activeId = null;
  }

  private registry(): CssHighlights['highlights'] | undefined {
    return highlightRegistry(this.doc);
  }

  private paint(): void {
    const registry = this.registry();
    const Highlight = (this.doc.defaultView as unknown as { Highlight?: HighlightConstructor })
      ?.Highlight;
    if (!registry || !Highlight) return;
    const layers: Record<PaintLayer, AbstractRange[]> = { quote: [], noted: [], active: [] };
    for (const [id, { request, ranges }] of this.drawn) {
      layers[request.layer].push(...ranges);
      if (id === this.activeId) layers.active.push(...ranges);
    }
    for (const layer of Object.keys(layers) as PaintLayer[]) {
      const name = HIGHLIGHT_NAMES[layer];
      if (layers[layer].length === 0) {
        registry.delete(name);
        continue;
      }
      const highlight = new Highlight(...layers[layer]);
      highlight.priority = PRIORITY[layer];
      registry.set(name, highlight);
    }
  }

  /** Drops every highlight whose text the page has changed or removed since it was drawn. */
  private recheck(): void {
    const stale: string[] = [];
    for (const [id, { request, expected }] of this.drawn) {
      const intact = request.pieces.every(
        ({ node, start, end }, i) =>
          node.isConnected && node.data.slice(start, end) === expected[i],
      );
      if (!intact) stale.push(id);
    }
    if (stale.length === 0) return;
    for (const id of stale) this.drawn.delete(id);
    if (this.activeId && !this.drawn.has(this.activeId)) this.activeId = null;
    this.paint();
    this.onStale(stale);
  }
}

/** Marks our paint style sheet, so a later script can find one an earlier script left. */
const PAINT_STYLE_ATTRIBUTE = 'data-backstory-paint';

function highlightRegistry(doc: Document): CssHighlights['highlights'] | undefined {
  return (doc.defaultView as (Window & { CSS?: CssHighlights }) | null)?.CSS?.highlights;
}

/**
 * Takes Backstory's paint off the page: its highlights in the registry and
 * its style sheet, whichever script of ours registered them (an updated
 * script clears what its unloaded predecessor left).
 */
export function removePaint(doc: Document): void {
  const registry = highlightRegistry(doc);
  for (const name of Object.values(HIGHLIGHT_NAMES)) registry?.delete(name);
  for (const style of doc.querySelectorAll(`style[${PAINT_STYLE_ATTRIBUTE}]`)) style.remove();
}
