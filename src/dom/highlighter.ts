import type { TextPiece } from './anchor.ts';

/** The element highlights are drawn with: a custom tag, so page CSS for `mark` or `span` misses it. */
export const MARK_TAG = 'backstory-mark';

export interface HighlightRequest {
  id: string;
  kind: 'quote' | 'claim';
  pieces: TextPiece[];
  /**
   * Makes the highlight a button with this accessible name: focusable, and
   * announced as opening something. Without it the mark is only paint.
   */
  label?: string;
}

interface Split {
  original: Text;
  /** The original node first, then the nodes split off it, in document order. */
  fragments: Text[];
}

/**
 * Draws highlights by wrapping text in marks, and takes them away again
 * leaving the page exactly as it was: every text node it split is joined
 * back into the original node object, so the page's own references to its
 * text nodes stay valid. Knows nothing about quotes or claims beyond a kind.
 */
export class Highlighter {
  private marks: HTMLElement[] = [];
  private splits: Split[] = [];

  constructor(private readonly doc: Document) {}

  /** Replaces whatever is drawn with `requests` (one pass, so overlapping requests nest). */
  draw(requests: HighlightRequest[]): void {
    this.clear();
    const fragmentsOf = this.splitAtBoundaries(requests);
    for (const request of requests) {
      for (const piece of request.pieces) {
        for (const fragment of fragmentsOf.get(piece.node) ?? []) {
          if (fragment.offset >= piece.start && fragment.offset < piece.end) {
            this.wrap(fragment.node, request);
          }
        }
      }
    }
  }

  /** The marks drawn for a request id, in document order. */
  marksFor(id: string): HTMLElement[] {
    return this.marks.filter((mark) => mark.dataset.backstoryId === id);
  }

  get size(): number {
    return new Set(this.marks.map((mark) => mark.dataset.backstoryId)).size;
  }

  clear(): void {
    // Innermost marks were made last: unwrap in reverse so nesting comes apart cleanly.
    for (const mark of this.marks.reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const { original, fragments } of this.splits) {
      original.data = fragments.map((fragment) => fragment.data).join('');
      for (const fragment of fragments.slice(1)) fragment.parentNode?.removeChild(fragment);
    }
    this.marks = [];
    this.splits = [];
  }

  /** Splits each node once at every boundary any request has in it. */
  private splitAtBoundaries(
    requests: HighlightRequest[],
  ): Map<Text, { node: Text; offset: number }[]> {
    const cuts = new Map<Text, Set<number>>();
    for (const request of requests) {
      for (const { node, start, end } of request.pieces) {
        const set = cuts.get(node) ?? new Set([0]);
        set.add(start).add(end);
        cuts.set(node, set);
      }
    }
    const fragmentsOf = new Map<Text, { node: Text; offset: number }[]>();
    for (const [node, set] of cuts) {
      const offsets = [...set].filter((o) => o < node.data.length).sort((a, b) => a - b);
      const fragments = [{ node, offset: 0 }];
      // Split from the end so the original node keeps the first fragment.
      const tail: { node: Text; offset: number }[] = [];
      for (const offset of offsets.slice(1).reverse())
        tail.unshift({ node: node.splitText(offset), offset });
      fragments.push(...tail);
      if (tail.length > 0)
        this.splits.push({ original: node, fragments: fragments.map((f) => f.node) });
      fragmentsOf.set(node, fragments);
    }
    return fragmentsOf;
  }

  private wrap(text: Text, request: HighlightRequest): void {
    const mark = this.doc.createElement(MARK_TAG);
    mark.dataset.backstoryId = request.id;
    mark.dataset.backstoryKind = request.kind;
    if (request.label) {
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', request.label);
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      // One tab stop per highlight, on its first piece: later pieces are the same control.
      if (this.marksFor(request.id).length === 0) mark.tabIndex = 0;
    }
    text.parentNode!.insertBefore(mark, text);
    mark.appendChild(text);
    this.marks.push(mark);
  }
}
