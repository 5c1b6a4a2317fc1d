import { render } from 'preact';
import { NoteCard, type NoteCardProps } from './NoteCard.tsx';
import { NOTE_STYLES } from './note-styles.ts';

const HOST_TAG = 'backstory-note';
const GAP = 8;

/**
 * Shows one note card at a time beside the highlight it belongs to. The card
 * is Preact rendered into a shadow root on a host element of our own, so page
 * CSS cannot reach it; Escape, a click elsewhere or the close button hide it,
 * and focus goes back to the highlight.
 */
export class NoteOverlay {
  private host: HTMLElement | null = null;
  /** Preact renders here, beside the style element, never over it. */
  private root: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly doc: Document) {
    const { signal } = this.abort;
    doc.addEventListener('keydown', (event) => event.key === 'Escape' && this.hide(), { signal });
    doc.addEventListener(
      'pointerdown',
      (event) => {
        if (this.host && !event.composedPath().includes(this.host)) this.hide(false);
      },
      { signal, capture: true },
    );
    doc.defaultView?.addEventListener('resize', () => this.position(), { signal });
  }

  get isOpen(): boolean {
    return this.anchor !== null;
  }

  show(anchor: HTMLElement, props: Omit<NoteCardProps, 'onClose'>): void {
    this.anchor = anchor;
    const root = this.ensureRoot();
    render(<NoteCard {...props} onClose={() => this.hide()} />, root);
    anchor.setAttribute('aria-expanded', 'true');
    this.position();
    root.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  }

  /** Hides the card; `restoreFocus` is false when the reader clicked elsewhere. */
  hide(restoreFocus = true): void {
    if (!this.anchor || !this.root) return;
    render(null, this.root);
    this.anchor.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this.anchor.focus({ preventScroll: true });
    this.anchor = null;
  }

  destroy(): void {
    this.hide(false);
    this.abort.abort();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private ensureRoot(): HTMLElement {
    if (this.root) return this.root;
    this.host = this.doc.createElement(HOST_TAG);
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = NOTE_STYLES;
    this.root = this.doc.createElement('div');
    shadow.append(style, this.root);
    this.doc.documentElement.append(this.host);
    return this.root;
  }

  /** Below the highlight when it fits, above otherwise; never off the sides of the window. */
  private position(): void {
    const card = this.root?.querySelector<HTMLElement>('.card');
    const view = this.doc.defaultView;
    if (!card || !this.anchor || !view) return;
    const rect = this.anchor.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.min(Math.max(GAP, rect.left), view.innerWidth - width - GAP);
    const fitsBelow = rect.bottom + GAP + height <= view.innerHeight || rect.top < height + GAP;
    const top = fitsBelow ? rect.bottom + GAP : rect.top - height - GAP;
    card.style.left = `${left + view.scrollX}px`;
    card.style.top = `${top + view.scrollY}px`;
  }
}
