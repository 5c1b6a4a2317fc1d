// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../../src/dom/article-signals.ts';
import { readDeclarations } from '../../../src/dom/declarations.ts';
import { normaliseDate, readMetadata } from '../../../src/dom/metadata.ts';

function page(head: string, body = '<p>Text.</p>'): Document {
  return new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

function metadataOf(doc: Document, readability = {}) {
  return readMetadata(readDeclarations(doc), readability);
}

describe('readMetadata', () => {
  it.each([
    ['By Rita Vance Posted on : 2023-12-01 17:19 KST', '2023-12-01'],
    ['Published: March 3, 2024 | By Dana Fox', '2024-03-03'],
    ['By JORDAN PIKE Updated 2:42 PM EDT, April 9, 2024', '2024-04-09'],
    ['By Gareth Lloyd, 12 May 2020', '2020-05-12'],
  ])('dates the article from the visible byline %j when nothing declares a date', (byline, day) => {
    expect(metadataOf(page(''), { byline }).published).toBe(day);
  });

  it('prefers the JSON-LD article: author, publisher, date', () => {
    const doc = page(`
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"Ignored"},
        {"@type":"NewsArticle","headline":"H","datePublished":"2024-02-14T18:30:00+09:00",
         "author":[{"@type":"Person","name":"Ana Kim"},{"@type":"Person","name":"Lee Joon"}],
         "publisher":{"@type":"Organization","name":"The Peninsula Ledger"}}]}</script>
      <meta name="author" content="Someone Else">`);
    expect(metadataOf(doc, { title: 'Talks collapse' })).toEqual({
      title: 'Talks collapse',
      byline: 'Ana Kim and Lee Joon',
      site: 'The Peninsula Ledger',
      published: '2024-02-14T09:30:00.000Z',
    });
  });

  it('falls back to meta tags, skipping author URLs', () => {
    const doc = page(`
      <meta property="article:author" content="https://example.com/profile/ana">
      <meta name="author" content="Ana Kim">
      <meta property="article:published_time" content="2019-01-03T02:00:02-0500">`);
    expect(metadataOf(doc, { siteName: 'Ledger' })).toMatchObject({
      byline: 'Ana Kim',
      site: 'Ledger',
      published: '2019-01-03T07:00:02.000Z',
    });
  });

  it.each([
    ['a rel=author link', '<p>By <a rel="author" href="/jo">Jo Park</a></p>'],
    [
      'microdata',
      '<div itemprop="author" itemscope><span itemprop="name">Jo Park</span>, staff</div>',
    ],
  ])('reads the byline from %s', (_name, body) => {
    expect(metadataOf(page('', body)).byline).toBe('Jo Park');
  });

  it('prefers a <time> marked as the publication date', () => {
    const doc = page(
      '',
      '<article><time datetime="2001-01-01">related</time><time pubdate datetime="2017-07-27T10:00:00Z"></time></article>',
    );
    expect(metadataOf(doc).published).toBe('2017-07-27T10:00:00.000Z');
  });

  it('reads the publication <time> when nothing else gives a date', () => {
    const doc = page(
      '',
      '<article><time datetime="2017-07-27">July 27</time><p>Text.</p></article>',
    );
    expect(metadataOf(doc).published).toBe('2017-07-27');
  });

  it.each([
    ['By Jo Park', 'Jo Park'],
    ['by Lucas Field22 Dec 2016651', 'Lucas Field'],
    ['By JO PARK March 11, 2015 3:46 PM', 'JO PARK'],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', null],
    ['Last Updated: January 7, 2025', null],
    ['Jo Park | Staff writer', 'Jo Park | Staff writer'],
  ])('cleans the byline %j', (byline, expected) => {
    expect(metadataOf(page(''), { byline }).byline).toBe(expected);
  });

  it.each([
    ['Talks collapse - Ledger', 'Talks collapse'],
    ['Talks collapse | Jo Park', 'Talks collapse'],
    ['Talks collapse: a view', 'Talks collapse: a view'],
  ])('drops the site or author from the title %j', (title, expected) => {
    expect(metadataOf(page(''), { title, siteName: 'Ledger', byline: 'Jo Park' }).title).toBe(
      expected,
    );
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2024-02-14', '2024-02-14'],
    ['20190221', '2019-02-21'],
    ['2019-02-30', null],
    ['2016-12-22T10:43:37-08:00', '2016-12-22T18:43:37.000Z'],
    ['2019-01-16T06:16:23-0500', '2019-01-16T11:16:23.000Z'],
    ['2019-02-21T08:00:08.000Z', '2019-02-21T08:00:08.000Z'],
    // No zone: the page's local time, left as it is rather than read in ours.
    ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
    ['2016-02-01T01:28', '2016-02-01T01:28:00'],
    ['March 11, 2015 3:46 PM', '2015-03-11'],
    ['Thursday, 3 January 2019', '2019-01-03'],
    ['last month', null],
    ['', null],
    [42, null],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});

describe('isArticlePage', () => {
  it.each([
    ['og:type article', '<meta property="og:type" content="article">', true],
    [
      'JSON-LD NewsArticle in a list',
      '<script type="application/ld+json">[{"@type":["NewsArticle"]}]</script>',
      true,
    ],
    ['malformed JSON-LD', '<script type="application/ld+json">{"@type":</script>', false],
    ['a website', '<script type="application/ld+json">{"@type":"WebSite"}</script>', false],
  ])('%s', (_name, head, expected) => {
    expect(isArticlePage(page(head))).toBe(expected);
  });
});
