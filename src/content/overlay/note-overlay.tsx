import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import type { NoteStatement } from '../../core/types.ts';
import { t } from '../../shared/i18n.ts';
import type { FeedbackVerdict } from '../../shared/note-feedback.ts';
import { highlightName, previewLine } from './format.ts';
import { NoteCard } from './NoteCard.tsx';
import { NOTE_STYLES } from './note-styles.ts';

const HOST_TAG = 'backstory-note';
/** Space kept between the card and the window's edges. */
const EDGE = 8;

/** A highlight that has a note: what the layer needs to offer it, open it and place it. */
export interface NoteTarget {
  id: string;
  kind: 'quote' | 'claim';
  findingText: string;
  speaker: string | null;
  statements: NoteStatement[];
  /** Live ranges over the highlighted text, for layout. */
  ranges(): Range[];
}

export interface NoteLayerHooks {
  /** The highlight hovered, focused or open changed (null: none): paint it. */
  activeChanged(id: string | null): void;
  feedback(target: NoteTarget, statement: NoteStatement, verdict: FeedbackVerdict): void;
}

/**
 * The interactive layer over the painted highlights: a small count marker
 * at the end of each noted highlight (a real button, so Tab reaches it and
 * Enter or Space opens it), a one-line preview on hover and focus, and the
 * note card. It lives in a closed shadow root on one host element, created
 * only when the page has something to offer and removed when it has not,
 * so a page can neither read nor restyle what is inside; only real (trusted)
 * clicks and key presses act on it. The card and the preview sit in the top
 * layer (popovers), above anything the page stacks, and Floating UI keeps
 * them beside their highlight through scrolling containers and small
 * windows.
 */
export class NoteLayer {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private root: HTMLElement | null = null;
  private targets: NoteTarget[] = [];
  private showStance = true;
  private openId: string | null = null;
  private previewId: string | null = null;
  private focusedId: string | null = null;
  private status = '';
  private stopFollowing: (() => void) | null = null;
  /** Set when a card opens: focus moves into it once it is placed and visible. */
  private focusWhenPlaced = false;
  /** What the card or preview was last placed beside. */
  private following: string | null = null;
  private placing = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly hooks: NoteLayerHooks,
  ) {
    const { signal } = this.abort;
    doc.addEventListener(
      'keydown',
      (event) => event.isTrusted && event.key === 'Escape' && this.openId && this.close(true),
      { signal },
    );
    doc.addEventListener(
      'pointerdown',
      (event) => {
        if (this.openId && !this.owns(event)) this.close(false);
      },
      { signal, capture: true },
    );
    const view = doc.defaultView;
    view?.addEventListener('resize', () => this.placeMarkers(), { signal });
    // Scrolling containers move highlights without moving the window.
    doc.addEventListener('scroll', () => this.placeMarkers(), {
      signal,
      capture: true,
      passive: true,
    });
    // So do images and fonts arriving, and the page's own edits: the body's size tells.
    const Observer = (view as (Window & typeof globalThis) | null)?.ResizeObserver;
    if (Observer && doc.body) {
      const resized = new Observer(() => this.placeMarkers());
      resized.observe(doc.body);
      signal.addEventListener('abort', () => resized.disconnect());
    }
  }

  /** Offers these highlights; none removes the layer from the page. */
  setTargets(targets: NoteTarget[], showStance: boolean): void {
    this.targets = targets;
    this.showStance = showStance;
    if (this.openId && !this.target(this.openId)) this.close(false);
    if (this.previewId && !this.target(this.previewId)) this.previewId = null;
    if (targets.length === 0) {
      this.removeHost();
      return;
    }
    this.update();
  }

  /** Whether an event happened inside the layer (a card, a marker): the page's text is not under it. */
  owns(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /** Opens the note of `id` beside its highlight and moves focus into it. */
  open(id: string): void {
    if (!this.target(id)) return;
    this.openId = id;
    this.previewId = null;
    this.status = '';
    // A card not yet placed is unseen and cannot take focus: it does once placed.
    this.focusWhenPlaced = true;
    this.update();
  }

  /** Shows the one-line preview of `id` (null hides it). */
  preview(id: string | null): void {
    // An open card is the reader's focus: no preview competes with it.
    if (id === this.previewId || (id && this.openId)) return;
    this.previewId = id && this.target(id) ? id : null;
    this.update();
  }

  /** Closes the card; `restoreFocus` returns focus to the highlight's marker (not after a click elsewhere). */
  close(restoreFocus: boolean): void {
    const id = this.openId;
    if (!id) return;
    this.openId = null;
    this.status = '';
    this.update();
    if (restoreFocus) this.marker(id)?.focus({ preventScroll: true });
  }

  destroy(): void {
    this.abort.abort();
    this.removeHost();
  }

  private target(id: string): NoteTarget | undefined {
    return this.targets.find((target) => target.id === id);
  }

  private marker(id: string): HTMLElement | null {
    return (
      [...(this.root?.querySelectorAll<HTMLElement>('.marker') ?? [])].find(
        (m) => m.dataset.id === id,
      ) ?? null
    );
  }

  private ensureRoot(): HTMLElement {
    if (this.root && this.host?.isConnected) return this.root;
    this.host?.remove();
    this.host = this.doc.createElement(HOST_TAG);
    // Closed: the page's scripts get no handle on what the card shows.
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = NOTE_STYLES;
    this.root = this.doc.createElement('div');
    this.root.className = 'layer';
    this.shadow.append(style, this.root);
    this.shadow.addEventListener('keydown', (event) => this.trapFocus(event as KeyboardEvent));
    this.shadow.addEventListener('focusin', (event) => this.onMarkerFocus(event, true));
    this.shadow.addEventListener('focusout', (event) => this.onMarkerFocus(event, false));
    this.placeHost(this.host);
    return this.root;
  }

  /**
   * Right after the block that holds every noted highlight (the article's
   * body, usually), so Tab reaches the markers where the reader is reading,
   * and never inside a paragraph the page styles by its children.
   */
  private placeHost(host: HTMLElement): void {
    const ranges = this.targets.flatMap((target) => target.ranges());
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    const { body } = this.doc;
    let container: Node | null = null;
    if (first && last) {
      const span = this.doc.createRange();
      span.setStart(first.startContainer, first.startOffset);
      span.setEnd(last.endContainer, last.endOffset);
      container = span.commonAncestorContainer;
    }
    let block =
      container?.nodeType === 1 ? (container as Element) : (container?.parentElement ?? null);
    while (block && block !== body && getComputedStyle(block).display.startsWith('inline')) {
      block = block.parentElement;
    }
    if (block && block !== body && block !== this.doc.documentElement && body?.contains(block)) {
      block.after(host);
    } else {
      (body ?? this.doc.documentElement).append(host);
    }
  }

  private removeHost(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.root = null;
    this.openId = null;
    this.previewId = null;
    this.focusedId = null;
    this.hooks.activeChanged(null);
  }

  private update(): void {
    // Nothing to offer: the page keeps no element of ours.
    if (this.targets.length === 0) return;
    const root = this.ensureRoot();
    const open = this.openId ? this.target(this.openId) : undefined;
    const previewed = this.previewId ? this.target(this.previewId) : undefined;
    const preview = previewed ? previewLine(previewed.statements) : null;
    render(
      <>
        {this.targets.map((target) => (
          <button
            key={target.id}
            type="button"
            class="marker"
            data-id={target.id}
            aria-label={highlightName(target.kind, target.speaker, target.statements.length)}
            aria-haspopup="dialog"
            aria-expanded={target.id === this.openId}
            aria-describedby={target.id === this.previewId ? 'preview' : undefined}
            onClick={(event) => event.isTrusted && this.open(target.id)}
            onPointerEnter={(event) => event.isTrusted && this.preview(target.id)}
            onPointerLeave={() => this.preview(null)}
          >
            {target.statements.length}
          </button>
        ))}
        <div id="preview" class="preview" popover="manual" role="tooltip">
          {preview && (
            <>
              <span class="preview-line">{preview.line}</span>
              {preview.more && <span class="preview-more">{preview.more}</span>}
            </>
          )}
        </div>
        <div class="card-frame" popover="manual">
          {open && (
            <NoteCard
              findingText={open.findingText}
              speaker={open.speaker}
              statements={open.statements}
              showStance={this.showStance}
              status={this.status}
              onFeedback={(statement, verdict) => this.onFeedback(open, statement, verdict)}
              onClose={() => this.close(true)}
            />
          )}
        </div>
      </>,
      root,
    );
    this.togglePopover('.preview', previewed !== undefined);
    this.togglePopover('.card-frame', open !== undefined);
    this.follow(open, previewed);
    this.placeMarkers();
    this.hooks.activeChanged(this.openId ?? this.previewId ?? this.focusedId);
  }

  private togglePopover(selector: string, show: boolean): void {
    const element = this.root?.querySelector<HTMLElement>(selector);
    if (!element) return;
    const shown = element.matches(':popover-open');
    if (show && !shown) element.showPopover();
    if (!show && shown) element.hidePopover();
  }

  /** Keeps the card, or else the preview, beside its highlight while anything scrolls or resizes. */
  private follow(open: NoteTarget | undefined, previewed: NoteTarget | undefined): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    const target = open ?? previewed;
    if (!target) this.following = null;
    const floating = this.root?.querySelector<HTMLElement>(open ? '.card-frame' : '.preview');
    if (!target || !floating) return;
    const reference = virtualElement(target);
    if (!reference) return;
    // Unseen until placed beside a new highlight, so it never flashes where it was before.
    const following = `${open ? 'card' : 'preview'}:${target.id}`;
    if (following !== this.following) floating.style.visibility = 'hidden';
    this.following = following;
    const place = () =>
      computePosition(reference, floating, {
        strategy: 'fixed',
        placement: open ? 'bottom-start' : 'top-start',
        middleware: [
          offset(6),
          flip({ padding: EDGE }),
          shift({ padding: EDGE }),
          size({
            padding: EDGE,
            apply({ availableHeight, availableWidth }) {
              // The card scrolls inside what the window has room for, down to 400 px screens.
              for (const box of [floating, floating.querySelector<HTMLElement>('.card')]) {
                if (!box) continue;
                box.style.maxHeight = `${Math.max(0, availableHeight)}px`;
                box.style.maxWidth = `${Math.max(0, availableWidth)}px`;
              }
            },
          }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
        if (open && this.focusWhenPlaced) {
          this.focusWhenPlaced = false;
          this.root?.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
        }
      });
    this.stopFollowing = autoUpdate(reference, floating, place);
  }

  /** Puts each marker at the end of its highlight; one frame's worth of requests makes one pass. */
  private placeMarkers(): void {
    if (!this.root || this.placing) return;
    const view = this.doc.defaultView;
    this.placing = view ? view.requestAnimationFrame(() => this.placeMarkersNow()) : 0;
    if (!view) this.placeMarkersNow();
  }

  private placeMarkersNow(): void {
    this.placing = 0;
    for (const target of this.targets) {
      const marker = this.marker(target.id);
      const reference = virtualElement(target, 'last-line');
      if (!marker) continue;
      if (!reference) {
        marker.style.visibility = 'hidden';
        continue;
      }
      computePosition(reference, marker, {
        strategy: 'absolute',
        placement: 'right-start',
        // Hidden only when a scrolling box clips its highlight: off-screen markers stay in the Tab order.
        middleware: [offset({ mainAxis: 1, crossAxis: -7 }), hide({ rootBoundary: 'document' })],
      }).then(({ x, y, middlewareData }) => {
        marker.style.left = `${x}px`;
        marker.style.top = `${y}px`;
        marker.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
      });
    }
  }

  private onMarkerFocus(event: Event, focused: boolean): void {
    const marker = (event.target as HTMLElement | null)?.closest?.('.marker') as HTMLElement | null;
    if (!marker) return;
    const id = marker.dataset.id ?? null;
    this.focusedId = focused ? id : null;
    if (!this.openId) this.preview(focused ? id : null);
    this.hooks.activeChanged(this.openId ?? this.previewId ?? this.focusedId);
  }

  /** Tab and Shift+Tab go round the card's controls while it is open; Escape leaves. */
  private trapFocus(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.openId || !this.shadow) return;
    const card = this.root?.querySelector('.card');
    if (!card) return;
    const stops = [...card.querySelectorAll<HTMLElement>('a[href], button')];
    if (stops.length === 0) return;
    const current = stops.indexOf(this.shadow.activeElement as HTMLElement);
    const next = event.shiftKey
      ? current <= 0
        ? stops.length - 1
        : current - 1
      : current < 0 || current === stops.length - 1
        ? 0
        : current + 1;
    event.preventDefault();
    stops[next]!.focus();
  }

  private onFeedback(target: NoteTarget, statement: NoteStatement, verdict: FeedbackVerdict): void {
    // Said in the card the session redraws without the statement.
    this.status = t('feedbackHiddenStatus');
    this.hooks.feedback(target, statement, verdict);
    this.root?.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  }
}

/**
 * A highlight as Floating UI's reference: its text's bounding box (or the
 * last line of it, where the marker goes), read afresh on every placement,
 * with the element it lives in so scrolling ancestors are watched.
 */
function virtualElement(
  target: NoteTarget,
  part: 'whole' | 'last-line' = 'whole',
): VirtualElement | null {
  const first = target.ranges()[0];
  const context = first?.startContainer.parentElement;
  if (!first || !context) return null;
  const rect = () => {
    const rects = target.ranges().flatMap((range) => [...range.getClientRects()]);
    const drawn = rects.filter((r) => r.width > 0 || r.height > 0);
    if (drawn.length === 0) return new DOMRect();
    if (part === 'last-line') return drawn[drawn.length - 1]!;
    const left = Math.min(...drawn.map((r) => r.left));
    const top = Math.min(...drawn.map((r) => r.top));
    const right = Math.max(...drawn.map((r) => r.right));
    const bottom = Math.max(...drawn.map((r) => r.bottom));
    return new DOMRect(left, top, right - left, bottom - top);
  };
  return { getBoundingClientRect: rect, contextElement: context };
}
