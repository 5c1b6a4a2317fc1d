// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/read.ts';
import { extractArticle } from '../../../src/dom/extract.ts';
import { loadTestPage as loadPage } from '../../support/pages.ts';

describe('extractArticle', () => {
  it('reads the article text and metadata, and none of the page chrome', () => {
    const doc = loadPage('north-korea-rejects-dialogue');
    const article = extractArticle(doc)!;
    expect(article.meta).toMatchObject({
      title: 'North Korea Rejects Dialogue With Washington and Seoul',
      published: '2024-02-14T09:30:00.000Z',
      site: 'The Peninsula Ledger',
    });
    const { text } = article.map;
    expect(text).toContain(
      'has no intention of participating in dialogue with forces bent on confrontation,',
    );
    expect(text).toContain('\n\nRegional Response\n\n');
    expect(text).not.toContain('Nothing is off the table');
    expect(text).not.toContain('We will respond in kind');
    expect(text).not.toContain('Journalism you can trust');
  });

  it('maps every article offset back to the live text node it came from', () => {
    const doc = loadPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    for (const segment of map.segments) {
      expect(segment.node.ownerDocument).toBe(doc);
      expect(doc.body.contains(segment.node)).toBe(true);
      const start = map.pointAt(segment.start, 'forward')!;
      const end = map.pointAt(segment.end, 'backward')!;
      const live = start.node.data.slice(start.offset, end.offset).replace(/\s+/g, ' ');
      expect(live).toBe(map.text.slice(segment.start, segment.end));
    }
  });

  it('finds a quote that runs across emphasis and gives its live range', () => {
    const doc = loadPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    const { quotes } = readArticle(map.text);
    const knives = quotes.find(
      (q) => q.kind === 'direct' && q.text.includes('sharpening their knives'),
    )!;
    expect(knives.text).toBe(
      'deception through dialogue while sharpening their knives behind the curtain.',
    );
    const pieces = map.segmentsIn(knives.start, knives.end);
    expect(pieces.map((s) => s.node.parentElement?.tagName)).toEqual(['P', 'EM', 'P']);
  });

  it('collapses whitespace the way a browser renders it, keeping exact node offsets', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><meta property="og:type" content="article"><title>T</title></head><body><article>
      <h1>Headline</h1>
      <p>First   line
         continues “here and  there”   and ends.</p>
      <p>${'Filler sentence for the extractor to keep. '.repeat(20)}</p>
      </article></body></html>`,
      'text/html',
    );
    const { map } = extractArticle(doc)!;
    const start = map.text.indexOf('here and there');
    expect(start).toBeGreaterThan(0);
    const from = map.pointAt(start, 'forward')!;
    const to = map.pointAt(start + 'here and there'.length, 'backward')!;
    expect(from.node.data.slice(from.offset, to.offset)).toBe('here and  there');
  });

  it('traces text back to the page when Readability rebuilds its clone for a second pass', () => {
    // The story sits in a "sidebar", which Readability's first pass strips; with
    // too little text left it restores the page from an HTML snapshot (all new
    // nodes) and tries again.
    const filler = 'The council met for three hours and heard from residents. '.repeat(12);
    const doc = new DOMParser().parseFromString(
      `<html><head><meta property="og:type" content="article"><title>T</title></head><body>
      <div class="sidebar"><p>Officials said on Monday that <b>the bridge</b> would reopen.</p>
      <p>“It is safe,” said the engineer, before <script>void 0</script>leaving the site.</p>
      <p>${filler}</p></div>
      </body></html>`,
      'text/html',
    );
    const { map } = extractArticle(doc)!;
    expect(map.text).toContain('the bridge would reopen.');
    expect(map.text).toContain('before leaving the site.');
    for (const segment of map.segments) {
      expect(doc.body.contains(segment.node)).toBe(true);
      const from = map.pointAt(segment.start, 'forward')!;
      const to = map.pointAt(segment.end, 'backward')!;
      expect(from.node.data.slice(from.offset, to.offset)).toBe(
        map.text.slice(segment.start, segment.end),
      );
    }
    // "before leaving" was one node in the snapshot (the script between them
    // was gone), two on the page.
    const before = map.pointAt(map.text.indexOf('before'), 'forward')!;
    const leaving = map.pointAt(map.text.indexOf('leaving'), 'forward')!;
    expect(leaving.node).not.toBe(before.node);
    expect(leaving.offset).toBe(0);
  });

  it('marks block quotes, headings, captions, list items and code in the text', () => {
    const filler = 'The council met for three hours and heard from residents. '.repeat(12);
    const doc = new DOMParser().parseFromString(
      `<html><head><meta property="og:type" content="article"><title>T</title></head><body><article>
      <p>${filler}</p>
      <figure><img src="a.jpg"><figcaption>The bridge, <em>seen</em> from the east.</figcaption></figure>
      <figure><img src="b.jpg"><ul><li>The old bridge in 1960</li></ul></figure>
      <h2>What comes next</h2>
      <p>The mayor wrote:</p>
      <blockquote><p>We will rebuild it.</p><p>It will take <b>two</b> years.</p></blockquote>
      <ul><li>Cost: high</li><li>Time: long</li></ul>
      <pre>x = 1</pre>
      <p>${filler}</p>
      </article></body></html>`,
      'text/html',
    );
    const { map } = extractArticle(doc)!;
    const blocks = map.blocks.map((b) => [b.kind, map.text.slice(b.start, b.end)]);
    expect(blocks).toEqual([
      ['caption', 'The bridge, seen from the east.'],
      ['caption', 'The old bridge in 1960'],
      ['heading', 'What comes next'],
      ['quote', 'We will rebuild it.\n\nIt will take two years.'],
      ['item', 'Cost: high'],
      ['item', 'Time: long'],
      ['code', 'x = 1'],
    ]);
  });

  it('leaves pages that are not articles alone', () => {
    expect(extractArticle(loadPage('section-front'))).toBeNull();
  });
});

describe('TextMap', () => {
  it('keeps the spaces between elements inside the live pieces, so highlights have no gaps', () => {
    const doc = loadPage('north-korea-rejects-dialogue');
    const { map } = extractArticle(doc)!;
    const quote = 'deception through dialogue while sharpening their knives behind the curtain.';
    const start = map.text.indexOf(quote);
    const live = map
      .segmentsIn(start, start + quote.length)
      .map((segment) => {
        const from = map.pointAt(Math.max(start, segment.start), 'forward')!;
        const to = map.pointAt(Math.min(start + quote.length, segment.end), 'backward')!;
        return segment.node.data.slice(from.offset, to.offset);
      })
      .join('');
    expect(live).toBe(quote);
  });
});
