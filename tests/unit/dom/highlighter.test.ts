// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { piecesFor } from '../../../src/dom/anchor.ts';
import { extractArticle } from '../../../src/dom/extract.ts';
import { Highlighter, type HighlightRequest } from '../../../src/dom/highlighter.ts';
import { loadTestPage, readTestPage } from '../../support/pages.ts';

/** Every node under `root` with its text, in order: a split or merged text node changes it. */
function shape(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    out.push(node.nodeType === 3 ? `#${(node as Text).data}` : node.nodeName);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function requestFor(
  doc: Document,
  id: string,
  phrase: string,
  layer: HighlightRequest['layer'] = 'quote',
): HighlightRequest {
  const { map } = extractArticle(doc)!;
  const start = map.text.indexOf(phrase);
  const pieces = piecesFor(map, start, start + phrase.length, phrase);
  if (!pieces) throw new Error(`No pieces for ${phrase}`);
  return { id, layer, pieces };
}

/**
 * jsdom has no CSS Custom Highlight API: a registry and a Highlight class of
 * the same shape stand in, so what the highlighter registers can be read.
 */
function withHighlightApi(doc: Document) {
  const registry = new Map<string, Set<AbstractRange> & { priority: number }>();
  class Highlight extends Set<AbstractRange> {
    priority = 0;
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  }
  Object.assign(doc.defaultView!, { CSS: { highlights: registry }, Highlight });
  const painted = (name: string) =>
    [...(registry.get(name) ?? [])].map((r) =>
      (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
    );
  return { registry, painted };
}

/** A test page in the environment's own window, as a content script meets it (a parsed document has none). */
function loadLivePage(slug: string): Document {
  const html = readTestPage(slug);
  document.documentElement.innerHTML = html.slice(
    html.indexOf('<head'),
    html.lastIndexOf('</html>'),
  );
  return document;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Highlighter', () => {
  afterEach(() => {
    const view = window as unknown as Record<string, unknown>;
    delete view.CSS;
    delete view.Highlight;
  });

  it('paints a phrase that runs across emphasis without touching a single node of the page', () => {
    const doc = loadLivePage('north-korea-rejects-dialogue');
    const { painted, registry } = withHighlightApi(doc);
    const before = shape(doc.body);
    const nodesBefore = textNodes(doc.body);
    const highlighter = new Highlighter(doc);
    highlighter.draw([requestFor(doc, 'q1', 'while sharpening their knives behind', 'noted')]);

    expect(painted('backstory-noted').join('')).toBe('while sharpening their knives behind');
    expect(painted('backstory-noted')).toHaveLength(3);
    expect(shape(doc.body)).toEqual(before);
    expect(textNodes(doc.body)).toEqual(nodesBefore);
    expect(doc.head.querySelectorAll('style')).toHaveLength(1);

    highlighter.clear();
    expect(registry.size).toBe(0);
    expect(doc.head.querySelectorAll('style')).toHaveLength(0);
    expect(shape(doc.body)).toEqual(before);
  });

  it('keeps quiet, noted and active paint apart, the active one on top', () => {
    const doc = loadLivePage('north-korea-rejects-dialogue');
    const { painted, registry } = withHighlightApi(doc);
    const highlighter = new Highlighter(doc);
    highlighter.draw([
      requestFor(doc, 'quiet', 'deep regret'),
      requestFor(doc, 'noted', 'a step backward from stability', 'noted'),
    ]);
    expect(painted('backstory-quote')).toEqual(['deep regret']);
    expect(painted('backstory-noted')).toEqual(['a step backward from stability']);
    expect(registry.has('backstory-active')).toBe(false);
    highlighter.setActive('noted');
    expect(painted('backstory-active')).toEqual(['a step backward from stability']);
    expect(registry.get('backstory-active')!.priority).toBeGreaterThan(
      registry.get('backstory-noted')!.priority,
    );
    highlighter.setActive(null);
    expect(registry.has('backstory-active')).toBe(false);
  });

  it('yields when the page rewrites a highlighted text, and keeps the others', async () => {
    const doc = loadLivePage('north-korea-rejects-dialogue');
    const { painted } = withHighlightApi(doc);
    const stale: string[][] = [];
    const highlighter = new Highlighter(doc, (ids) => stale.push(ids));
    const edited = requestFor(doc, 'edited', 'deep regret');
    // In another paragraph: its node is untouched.
    highlighter.draw([edited, requestFor(doc, 'kept', 'disappointing but not unexpected')]);

    const node = edited.pieces[0]!.node;
    node.data = node.data.replace('deep regret', 'no regret at all');
    await settle();
    expect(stale).toEqual([['edited']]);
    expect(highlighter.ids).toEqual(['kept']);
    expect(painted('backstory-quote')).toEqual(['disappointing but not unexpected']);
    // The page's own edit stands, word for word.
    expect(node.data).toContain('no regret at all');
  });

  it('yields when the page removes a highlighted node', async () => {
    const doc = loadLivePage('north-korea-rejects-dialogue');
    withHighlightApi(doc);
    const stale: string[] = [];
    const highlighter = new Highlighter(doc, (ids) => stale.push(...ids));
    const request = requestFor(doc, 'gone', 'deep regret');
    highlighter.draw([request]);
    request.pieces[0]!.node.parentElement!.remove();
    await settle();
    expect(stale).toEqual(['gone']);
    expect(highlighter.ids).toEqual([]);
  });

  it('draws nothing where the browser has no highlight API, and leaves no style behind', () => {
    const doc = loadLivePage('north-korea-rejects-dialogue');
    const highlighter = new Highlighter(doc);
    highlighter.draw([requestFor(doc, 'q1', 'deep regret')]);
    expect(highlighter.ids).toEqual([]);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('piecesFor', () => {
  it('refuses offsets whose text no longer matches, rather than painting the wrong words', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    const start = map.text.indexOf('deep regret');
    expect(piecesFor(map, start, start + 11, 'deep regret')).not.toBeNull();
    expect(piecesFor(map, start, start + 11, 'deep sorrow')).toBeNull();
    expect(piecesFor(map, -1, 5, 'x')).toBeNull();
    expect(piecesFor(map, 0, map.text.length + 1, 'x')).toBeNull();
  });

  it('refuses text the page rewrote after the map was made', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    const start = map.text.indexOf('deep regret');
    const [piece] = piecesFor(map, start, start + 11, 'deep regret')!;
    piece!.node.data = piece!.node.data.replace('deep regret', 'keen relief');
    expect(piecesFor(map, start, start + 11, 'deep regret')).toBeNull();
  });

  it('refuses nodes the page has since removed', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    const start = map.text.indexOf('deep regret');
    const [piece] = piecesFor(map, start, start + 11, 'deep regret')!;
    piece!.node.parentElement!.remove();
    expect(piecesFor(map, start, start + 11, 'deep regret')).toBeNull();
  });
});
