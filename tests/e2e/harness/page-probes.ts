import type { Page } from 'puppeteer-core';
import type { PageFunction } from './browsers.ts';

export interface PaintedHighlight {
  /** `noted`: it has a note to open; `quote`: the quiet paint of a quote without one. */
  layer: 'noted' | 'quote';
  text: string;
  /** The nearest landmark it sits in: article, nav, aside, footer, header or none. */
  landmark: string;
  /** The middle of its first line, in viewport coordinates: where a reader would click. */
  point: { x: number; y: number };
}

/** Runs a document function in a web page (the main world), as the popup probes do. */
export function inPage<A, R>(page: Page, fn: PageFunction<A, R>, arg: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg)})`) as Promise<R>;
}

/**
 * Every highlight Backstory paints, read from the page's CSS highlight
 * registry as any page script could: pieces that adjoin (a quote across a
 * link is painted as several ranges) are joined into one, in reading order.
 */
export function paintedHighlights(page: Page): Promise<PaintedHighlight[]> {
  return inPage(
    page,
    (doc) => {
      const registry = (
        doc.defaultView as unknown as { CSS: { highlights?: Map<string, Set<AbstractRange>> } }
      ).CSS.highlights;
      const found: { layer: 'noted' | 'quote'; ranges: Range[] }[] = [];
      for (const layer of ['noted', 'quote'] as const) {
        const pieces = [...(registry?.get(`backstory-${layer}`) ?? [])].map((r) => {
          const range = doc.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range;
        });
        pieces.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        for (const range of pieces) {
          const last = found[found.length - 1];
          const previous = last?.layer === layer ? last.ranges[last.ranges.length - 1] : undefined;
          let joins = false;
          if (previous && range.comparePoint(previous.endContainer, previous.endOffset) <= 0) {
            const gap = doc.createRange();
            gap.setStart(previous.endContainer, previous.endOffset);
            gap.setEnd(range.startContainer, range.startOffset);
            // Only element boundaries between them: the same finding, painted per text node.
            joins = gap.toString() === '';
          }
          if (last && joins) last.ranges.push(range);
          else found.push({ layer, ranges: [range] });
        }
      }
      found.sort((a, b) => a.ranges[0]!.compareBoundaryPoints(Range.START_TO_START, b.ranges[0]!));
      return found.map(({ layer, ranges }) => {
        const element = ranges[0]!.startContainer.parentElement;
        const rect = ranges[0]!.getClientRects()[0];
        return {
          layer,
          text: ranges.map((r) => r.toString()).join(''),
          landmark:
            element?.closest('article, nav, aside, footer, header')?.tagName.toLowerCase() ??
            'none',
          point: rect
            ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
            : { x: -1, y: -1 },
        };
      });
    },
    null,
  );
}

/** Scrolls the highlight that starts with `prefix` to the middle of the window and gives the point to click on it. */
export async function pointAt(page: Page, prefix: string): Promise<{ x: number; y: number }> {
  const before = (await paintedHighlights(page)).find((h) => h.text.startsWith(prefix));
  if (!before) throw new Error(`No highlight starts with “${prefix}”`);
  await page.evaluate(`window.scrollBy(0, ${before.point.y} - window.innerHeight / 2)`);
  const after = (await paintedHighlights(page)).find((h) => h.text.startsWith(prefix));
  return after!.point;
}

/**
 * The live page as one string: same elements, attributes and text nodes,
 * head and body (a split text node, a style element or a host element left
 * behind counts as a difference); with `fresh`, the page the server sends now,
 * the same way. For a page that edits its own text, `edits` names the page's
 * function that made the edits: the fresh copy gets them too.
 */
function pageShapes(
  page: Page,
  { fresh, edits }: { fresh: boolean; edits?: string | undefined },
): Promise<{ live: string; fresh: string | null }> {
  return inPage(
    page,
    async (doc, { withFresh, editsName }) => {
      const shape = (node: Node): string => {
        if (node.nodeType === 3) return `#text(${JSON.stringify((node as Text).data)})`;
        if (node.nodeType !== 1) return `#${node.nodeType}`;
        const element = node as Element;
        const attributes = [...element.attributes]
          .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
          .join(' ');
        return `<${element.tagName} ${attributes}>[${[...element.childNodes].map(shape).join(',')}]`;
      };
      const live = shape(doc.documentElement);
      if (!withFresh) return { live, fresh: null };
      const html = await (await fetch(doc.location.href)).text();
      const copy = new DOMParser().parseFromString(html, 'text/html');
      if (editsName)
        (doc.defaultView as unknown as Record<string, (d: Document) => void>)[editsName]!(copy);
      return { live, fresh: shape(copy.documentElement) };
    },
    { withFresh: fresh, editsName: edits ?? null },
  );
}

/** The live page as one string, to compare two states of a page exactly. */
export async function bodyShape(page: Page): Promise<string> {
  return (await pageShapes(page, { fresh: false })).live;
}

/** Whether the live page is exactly the page the server sent (with the page's own `edits`). */
export async function pageIsPristine(
  page: Page,
  { edits }: { edits?: string } = {},
): Promise<{ same: boolean; live: string; fresh: string }> {
  const { live, fresh } = await pageShapes(page, { fresh: true, edits });
  return { same: live === fresh, live: live.slice(0, 2000), fresh: (fresh ?? '').slice(0, 2000) };
}
