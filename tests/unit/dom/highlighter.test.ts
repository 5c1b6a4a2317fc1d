// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { piecesFor } from '../../../src/dom/anchor.ts';
import { extractArticle } from '../../../src/dom/extract.ts';
import { Highlighter, type HighlightRequest } from '../../../src/dom/highlighter.ts';
import { loadTestPage } from '../../support/pages.ts';

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

function requestFor(doc: Document, id: string, phrase: string): HighlightRequest {
  const { map } = extractArticle(doc)!;
  const start = map.text.indexOf(phrase);
  const pieces = piecesFor(map, start, start + phrase.length, phrase);
  if (!pieces) throw new Error(`No pieces for ${phrase}`);
  return { id, kind: 'quote', pieces };
}

describe('Highlighter', () => {
  it('wraps a phrase that runs across emphasis, and clear() restores the very same nodes', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const before = shape(doc.body);
    const nodesBefore = textNodes(doc.body);
    const highlighter = new Highlighter(doc);
    highlighter.draw([requestFor(doc, 'q1', 'while sharpening their knives behind')]);

    const marks = highlighter.marksFor('q1');
    expect(marks.map((m) => m.textContent).join('')).toBe('while sharpening their knives behind');
    expect(marks.map((m) => m.parentElement!.tagName)).toEqual(['P', 'EM', 'P']);
    expect(shape(doc.body)).not.toEqual(before);

    highlighter.clear();
    expect(shape(doc.body)).toEqual(before);
    expect(textNodes(doc.body)).toEqual(nodesBefore);
    expect(doc.querySelectorAll('backstory-mark')).toHaveLength(0);
  });

  it('nests overlapping highlights and takes them apart again', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const before = shape(doc.body);
    const highlighter = new Highlighter(doc);
    highlighter.draw([
      requestFor(doc, 'outer', 'deception through dialogue while sharpening'),
      requestFor(doc, 'inner', 'dialogue while'),
    ]);
    expect(highlighter.size).toBe(2);
    const inner = highlighter.marksFor('inner');
    expect(inner.map((m) => m.textContent).join('')).toBe('dialogue while');
    expect(inner[0]!.parentElement!.dataset.backstoryId).toBe('outer');
    highlighter.clear();
    expect(shape(doc.body)).toEqual(before);
  });

  it('redraws from scratch, so drawing twice leaves one set of marks', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const request = requestFor(doc, 'q1', 'deep regret');
    const highlighter = new Highlighter(doc);
    highlighter.draw([request]);
    highlighter.draw([request]);
    expect(doc.querySelectorAll('backstory-mark')).toHaveLength(1);
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

  it('refuses nodes the page has since removed', () => {
    const doc = loadTestPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    const start = map.text.indexOf('deep regret');
    const [piece] = piecesFor(map, start, start + 11, 'deep regret')!;
    piece!.node.parentElement!.remove();
    expect(piecesFor(map, start, start + 11, 'deep regret')).toBeNull();
  });
});
