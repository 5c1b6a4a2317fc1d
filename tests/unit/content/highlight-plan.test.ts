// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planHighlights } from '../../../src/content/highlight-plan.ts';
import { readArticle } from '../../../src/core/read.ts';
import type { ContextNote } from '../../../src/core/types.ts';
import { extractArticle } from '../../../src/dom/extract.ts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings.ts';
import { loadTestPage } from '../../support/pages.ts';

function setUp() {
  const doc = loadTestPage('north-korea-rejects-dialogue');
  const article = extractArticle(doc)!;
  const reading = readArticle(article.map.text, article.meta, article.map.blocks);
  const kcna = reading.quotes.find((q) => q.text.startsWith('has no intention'))!;
  const claim = reading.claims[0]!;
  const note = (target: string): ContextNote => ({
    target,
    statements: [
      {
        id: 's1',
        speakerId: null,
        speaker: 'Kim Yo-jong',
        text: 'No talks.',
        date: '2023-11-30',
        source: null,
        relation: 'same-government',
        score: 1,
        why: '',
      },
    ],
  });
  const notes = new Map([
    [kcna.id, note(kcna.id)],
    [claim.id, note(claim.id)],
  ]);
  return { doc, article, reading, kcna, claim, notes };
}

describe('planHighlights', () => {
  it('paints noted findings to be opened and quotes without a note quietly', () => {
    const { article, reading, kcna, claim, notes } = setUp();
    const { requests } = planHighlights(article.map, reading, notes, DEFAULT_SETTINGS);
    const layerOf = new Map(requests.map((r) => [r.id, r.layer]));
    expect(layerOf.get(kcna.id)).toBe('noted');
    expect(layerOf.get(claim.id)).toBe('noted');
    expect([...layerOf.values()].filter((l) => l === 'quote').length).toBe(
      reading.quotes.length - 1,
    );
  });

  it('follows the reader’s display choices', () => {
    const { article, reading, kcna, notes } = setUp();
    const { drawn } = planHighlights(article.map, reading, notes, {
      ...DEFAULT_SETTINGS,
      showUnnotedQuotes: false,
      showClaims: false,
    });
    expect(drawn.map((f) => f.id)).toEqual([kcna.id]);
  });

  it('anchors a quote again where it moved when the page put words before it', () => {
    const { doc, reading, kcna, notes } = setUp();
    const node = [...doc.querySelectorAll('.story-body p')][0]!.childNodes[2] as Text;
    node.data = node.data.replace('stated that', 'stated on Tuesday that');
    const moved = extractArticle(doc)!;
    const { requests } = planHighlights(moved.map, reading, notes, DEFAULT_SETTINGS);
    const pieces = requests.find((r) => r.id === kcna.id)!.pieces;
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe(kcna.text);
  });
});
