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
    expect([...layerOf.values()].filter((l) => l === 'quote').length).toBe(requests.length - 2);
    // Every direct quote is drawn; a report is drawn where no quote already is.
    for (const quote of reading.quotes.filter((q) => q.kind === 'direct')) {
      expect(layerOf.has(quote.id), quote.text).toBe(true);
    }
  });

  it('draws one finding at each place: the speaker’s own words over a report that holds them, a noted one over either', () => {
    const { article, reading, kcna, notes } = setUp();
    const { text } = article.map;
    // A reported clause around the quoted words, as "X said it has no intention of …" reads.
    const start = Math.max(0, kcna.start - 20);
    const around = {
      ...kcna,
      id: 'r1',
      kind: 'reported' as const,
      start,
      text: text.slice(start, kcna.end),
    };
    const withReport = { ...reading, quotes: [...reading.quotes, around] };
    const plain = new Map([...notes].filter(([id]) => id !== kcna.id));
    const ids = (noteMap: Map<string, ContextNote>) =>
      planHighlights(article.map, withReport, noteMap, DEFAULT_SETTINGS).drawn.map((f) => f.id);
    expect(ids(plain)).toContain(kcna.id);
    expect(ids(plain)).not.toContain('r1');
    const reportNoted = new Map([...plain, ['r1', notes.get(kcna.id)!]]);
    expect(ids(reportNoted)).toContain('r1');
    expect(ids(reportNoted)).not.toContain(kcna.id);
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
