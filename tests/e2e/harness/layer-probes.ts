import type { Page } from 'puppeteer-core';
import type { BrowserName } from './browsers.ts';

/** Runs in the page with the layer's shadow root (null: no layer) and one JSON argument. */
export type LayerFunction<A, R> = (root: ShadowRoot | null, arg: A) => R | Promise<R>;

/**
 * The note layer lives in a closed shadow root: the page's scripts cannot
 * reach it, and neither can a test running as the page. The browser's own
 * automation protocol can (CDP in Chromium, WebDriver BiDi's
 * `includeShadowTree: "all"` in Firefox), as an assistive technology can.
 * `withLayer` uses that door to hand a test function the root, under a
 * global name only the test knows; tests that check what a page can see
 * never call it.
 */
const GLOBAL = '__backstoryTestLayer';

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

async function exposeInChromium(page: Page): Promise<boolean> {
  const client = await page.createCDPSession();
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const find = (node: CdpNode): CdpNode | null => {
      if (node.nodeName === 'BACKSTORY-NOTE') return node;
      for (const child of node.children ?? []) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = (await client.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
    })) as { object: { objectId: string } };
    await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { window.${GLOBAL} = this; }`,
    });
    return true;
  } finally {
    await client.detach().catch(() => {});
  }
}

interface BidiRealm {
  callFunction(
    fn: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: string; result?: { value?: { shadowRoot?: { sharedId?: string } | null } } }>;
}

async function exposeInFirefox(page: Page): Promise<boolean> {
  // puppeteer-core keeps the BiDi realm on its frame; it has no public call taking serialization options.
  const realm = (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } })
    .browsingContext.defaultRealm;
  const found = await realm.callFunction("() => document.querySelector('backstory-note')", false, {
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const sharedId = found.result?.value?.shadowRoot?.sharedId;
  if (!sharedId) return false;
  await realm.callFunction(`(root) => { window.${GLOBAL} = root; }`, false, {
    arguments: [{ sharedId }],
  });
  return true;
}

/**
 * Runs `fn` in the page with the layer's shadow root (null when the page has
 * no layer), as the popup probes run functions with a document.
 */
export async function withLayer<A, R>(
  page: Page,
  browser: BrowserName,
  fn: LayerFunction<A, R>,
  arg: A,
): Promise<R> {
  const exposed =
    browser === 'chromium' ? await exposeInChromium(page) : await exposeInFirefox(page);
  return page.evaluate(
    `(async () => {
      const root = ${exposed ? `window.${GLOBAL}` : 'null'};
      delete window.${GLOBAL};
      return (${fn.toString()})(root, ${JSON.stringify(arg)});
    })()`,
  ) as Promise<R>;
}

export interface NoteCardView {
  title: string;
  finding: string;
  statements: {
    who: string;
    said: string;
    tags: string[];
    date: string;
    why: string;
    source: string;
    sourceHref: string | null;
  }[];
}

/** The open context note as a reader sees it, or null when none is open. */
export function noteCard(page: Page, browser: BrowserName): Promise<NoteCardView | null> {
  return withLayer(
    page,
    browser,
    (root) => {
      const card = root?.querySelector('.card');
      if (!card?.closest(':popover-open')) return null;
      const text = (scope: Element, selector: string) =>
        scope.querySelector(selector)?.textContent ?? '';
      return {
        title: text(card, '.title'),
        finding: text(card, '.finding'),
        statements: [...card.querySelectorAll('.statement')].map((item) => ({
          who: text(item, '.who'),
          said: text(item, '.said'),
          tags: [...item.querySelectorAll('.tag')].map((tag) => tag.textContent ?? ''),
          date: text(item, '.date'),
          why: text(item, '.why'),
          source: text(item, '.source'),
          sourceHref: item.querySelector<HTMLAnchorElement>('a.source')?.href ?? null,
        })),
      };
    },
    null,
  );
}

export interface MarkerView {
  id: string;
  label: string;
  count: string;
  expanded: boolean;
  /** Its box in the viewport, to point at. */
  rect: { x: number; y: number; width: number; height: number };
}

/** The count markers of the noted highlights, in reading order. */
export function markers(page: Page, browser: BrowserName): Promise<MarkerView[]> {
  return withLayer(
    page,
    browser,
    (root) =>
      [...(root?.querySelectorAll<HTMLElement>('.marker') ?? [])].map((marker) => {
        const r = marker.getBoundingClientRect();
        return {
          id: marker.dataset.id ?? '',
          label: marker.getAttribute('aria-label') ?? '',
          count: marker.textContent ?? '',
          expanded: marker.getAttribute('aria-expanded') === 'true',
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      }),
    null,
  );
}

/** What has focus inside the layer: a marker's id, a card control's text or label, or null. */
export function layerFocus(page: Page, browser: BrowserName): Promise<string | null> {
  return withLayer(
    page,
    browser,
    (root) => {
      const active = root?.activeElement as HTMLElement | null | undefined;
      if (!active) return null;
      if (active.classList.contains('marker')) return `marker:${active.dataset.id}`;
      return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName;
    },
    null,
  );
}

/** The one-line preview shown on hover or focus, or null. */
export function previewText(page: Page, browser: BrowserName): Promise<string | null> {
  return withLayer(
    page,
    browser,
    (root) => {
      const preview = root?.querySelector('.preview');
      return preview?.matches(':popover-open') ? (preview.textContent ?? '') : null;
    },
    null,
  );
}

/** A box in the viewport: where the open card is drawn. */
export function cardBox(
  page: Page,
  browser: BrowserName,
): Promise<{ top: number; left: number; bottom: number; right: number } | null> {
  return withLayer(
    page,
    browser,
    (root) => {
      const card = root?.querySelector('.card');
      const frame = card?.closest<HTMLElement>(':popover-open');
      // Not yet placed beside its highlight: no box to speak of.
      if (!card || !frame || frame.style.visibility === 'hidden') return null;
      const r = card.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    },
    null,
  );
}

/** The box of the open card's control (button or link) whose text or label reads `text`. */
export function cardControlRect(
  page: Page,
  browser: BrowserName,
  text: string,
  index = 0,
): Promise<{ x: number; y: number } | null> {
  return withLayer(
    page,
    browser,
    (root, { text: wanted, index: n }) => {
      const controls = [
        ...(root?.querySelectorAll<HTMLElement>('.card a[href], .card button') ?? []),
      ];
      const matching = controls.filter(
        (c) => (c.getAttribute('aria-label') ?? c.textContent?.trim()) === wanted,
      );
      const control = matching[n];
      if (!control) return null;
      // As a reader scrolls a long card to reach it.
      control.scrollIntoView({ block: 'nearest' });
      const r = control.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { text, index },
  );
}

/** The names of the open card's controls in the order Tab visits them. */
export function cardControls(page: Page, browser: BrowserName): Promise<string[]> {
  return withLayer(
    page,
    browser,
    (root) =>
      [...(root?.querySelectorAll<HTMLElement>('.card a[href], .card button') ?? [])].map(
        (c) => c.getAttribute('aria-label') ?? c.textContent?.trim() ?? '',
      ),
    null,
  );
}
