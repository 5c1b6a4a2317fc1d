import type { Page } from 'puppeteer-core';
import type { PageFunction } from './browsers.ts';

export interface DrawnMark {
  id: string;
  kind: string;
  text: string;
  /** The nearest landmark the mark sits in: article, nav, aside, footer, header or none. */
  landmark: string;
}

/** Runs a document function in a web page (the main world), as the popup probes do. */
export function inPage<A, R>(page: Page, fn: PageFunction<A, R>, arg: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg)})`) as Promise<R>;
}

/** Every highlight in the page, joined per finding (a quote across a link is drawn as several marks). */
export function drawnMarks(page: Page): Promise<DrawnMark[]> {
  return inPage(
    page,
    (doc) => {
      const byId = new Map<string, { id: string; kind: string; text: string; landmark: string }>();
      for (const mark of doc.querySelectorAll<HTMLElement>('backstory-mark')) {
        const id = mark.dataset.backstoryId ?? '';
        const landmark =
          mark.closest('article, nav, aside, footer, header')?.tagName.toLowerCase() ?? 'none';
        const entry = byId.get(id) ?? {
          id,
          kind: mark.dataset.backstoryKind ?? '',
          text: '',
          landmark,
        };
        // Nested marks repeat text; count only the outermost mark of this id.
        if (!mark.parentElement?.closest(`backstory-mark[data-backstory-id="${id}"]`)) {
          entry.text += mark.textContent ?? '';
        }
        byId.set(id, entry);
      }
      return [...byId.values()];
    },
    null,
  );
}

/**
 * The live page as one string (its body's elements, attributes and text
 * nodes, a split text node counting as a difference, and which elements sit
 * under <html>), and with `fresh`, the page the server sends now, the same way.
 */
function pageShapes(page: Page, fresh: boolean): Promise<{ live: string; fresh: string | null }> {
  return inPage(
    page,
    async (doc, withFresh) => {
      const shape = (node: Node): string => {
        if (node.nodeType === 3) return `#text(${JSON.stringify((node as Text).data)})`;
        if (node.nodeType !== 1) return `#${node.nodeType}`;
        const element = node as Element;
        const attributes = [...element.attributes]
          .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
          .join(' ');
        return `<${element.tagName} ${attributes}>[${[...element.childNodes].map(shape).join(',')}]`;
      };
      const of = (d: Document) =>
        `${[...d.documentElement.children].map((c) => c.tagName).join(',')}|${shape(d.body)}`;
      if (!withFresh) return { live: of(doc), fresh: null };
      const html = await (await fetch(doc.location.href)).text();
      return { live: of(doc), fresh: of(new DOMParser().parseFromString(html, 'text/html')) };
    },
    fresh,
  );
}

/** The live page as one string, to compare two states of a page exactly. */
export async function bodyShape(page: Page): Promise<string> {
  return (await pageShapes(page, false)).live;
}

/** Whether the live page is exactly the page the server sent. */
export async function pageIsPristine(
  page: Page,
): Promise<{ same: boolean; live: string; fresh: string }> {
  const { live, fresh } = await pageShapes(page, true);
  return { same: live === fresh, live: live.slice(0, 2000), fresh: (fresh ?? '').slice(0, 2000) };
}

export interface NoteCardView {
  finding: string;
  statements: {
    who: string;
    said: string;
    tags: string[];
    date: string;
    why: string;
    source: string;
  }[];
}

/** The open context note, read from its shadow root as a reader sees it, or null. */
export function noteCard(page: Page): Promise<NoteCardView | null> {
  return inPage(
    page,
    (doc) => {
      const card = doc.querySelector('backstory-note')?.shadowRoot?.querySelector('.card');
      if (!card) return null;
      const text = (root: Element, selector: string) =>
        root.querySelector(selector)?.textContent ?? '';
      return {
        finding: text(card, '.finding'),
        statements: [...card.querySelectorAll('.statement')].map((item) => ({
          who: text(item, '.who'),
          said: text(item, '.said'),
          tags: [...item.querySelectorAll('.tag')].map((tag) => tag.textContent ?? ''),
          date: text(item, '.date'),
          why: text(item, '.why'),
          source: text(item, '.source'),
        })),
      };
    },
    null,
  );
}
