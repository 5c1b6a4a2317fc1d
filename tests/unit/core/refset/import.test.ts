import { describe, expect, it } from 'vitest';
import {
  fileSizeProblem,
  importRefSet,
  namesFromFileName,
} from '../../../../src/core/refset/import.ts';
import type { RefSet } from '../../../../src/core/refset/types.ts';
import { validSet } from '../../../support/refset-fixtures.ts';

function imported(text: string, from: 'claimreview' | 'csv' | 'auto' | 'backstory' = 'auto') {
  const result = importRefSet(text, { from, id: 'imported', title: 'Imported' });
  if (!result.ok) throw new Error(`import failed: ${result.errors.join('; ')}`);
  return result;
}

function failed(text: string, from: 'claimreview' | 'csv' | 'auto' = 'auto'): string[] {
  const result = importRefSet(text, { from });
  if (result.ok) throw new Error('import was expected to fail');
  return result.errors;
}

const review = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/reviews/1',
  claimReviewed: 'The talks were never cancelled.',
  datePublished: '2023-12-02T09:30:00+09:00',
  author: { '@type': 'Organization', name: 'Example Fact Check' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'A Spokesperson', jobTitle: 'Ministry spokesperson' },
    datePublished: '2023-11-30',
  },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, alternateName: 'False' },
  ...over,
});

describe('ClaimReview import', () => {
  it('turns a review into a claim with its speaker, the claim date and the verdict', () => {
    const { set, warnings } = imported(JSON.stringify(review()));
    expect(warnings).toEqual([]);
    expect(set.speakers).toEqual([
      {
        id: 'a-spokesperson',
        name: 'A Spokesperson',
        aliases: [],
        kind: 'person',
        memberOf: [],
        description: 'Ministry spokesperson',
      },
    ]);
    const [statement] = set.statements;
    expect(statement).toMatchObject({
      speakerId: 'a-spokesperson',
      kind: 'claim',
      text: 'The talks were never cancelled.',
      date: '2023-11-30',
      source: {
        title: null,
        outlet: 'Example Fact Check',
        url: 'https://factcheck.example/reviews/1',
      },
      topics: [],
      stance: {},
      review: {
        rating: 'False',
        reviewer: 'Example Fact Check',
        url: 'https://factcheck.example/reviews/1',
        date: '2023-12-02',
      },
    });
    expect(statement!.id).toMatch(/^claimreview-[0-9a-z]{11}$/);
  });

  it('finds reviews in an array, in @graph and in a DataFeed, with prefixed or listed types', () => {
    const second = review({
      url: 'https://factcheck.example/reviews/2',
      claimReviewed: 'A second claim.',
    });
    const documents = [
      [review(), second],
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, review(), second] },
      {
        '@type': 'DataFeed',
        dataFeedElement: [
          {
            '@type': 'DataFeedItem',
            item: [{ ...review(), '@type': ['schema:ClaimReview'] }, second],
          },
        ],
      },
    ];
    for (const document of documents) {
      expect(imported(JSON.stringify(document)).set.statements.map((s) => s.text)).toEqual([
        'The talks were never cancelled.',
        'A second claim.',
      ]);
    }
  });

  it('gives the same speaker and the same ids on every import', () => {
    const organisation = { '@type': 'Organization', name: 'The White House' };
    const document = [
      review({ itemReviewed: { author: organisation } }),
      review({
        url: 'https://factcheck.example/2',
        itemReviewed: { author: [{ '@type': 'Organization', name: 'White House' }] },
      }),
    ];
    const first = imported(JSON.stringify(document)).set;
    const again = imported(JSON.stringify(document)).set;
    expect(first.speakers.map((s) => [s.id, s.kind])).toEqual([
      ['the-white-house', 'organisation'],
    ]);
    expect(first.statements.map((s) => s.speakerId)).toEqual([
      'the-white-house',
      'the-white-house',
    ]);
    expect(again.statements.map((s) => s.id)).toEqual(first.statements.map((s) => s.id));
  });

  it('maps schema.org author types to speaker kinds', () => {
    const kinds = [
      'Person',
      'GovernmentOrganization',
      'NewsMediaOrganization',
      'PoliticalParty',
      'Organization',
    ];
    const document = kinds.map((type, i) =>
      review({
        url: `https://factcheck.example/${i}`,
        itemReviewed: { author: { '@type': type, name: `Author ${i}` } },
      }),
    );
    expect(imported(JSON.stringify(document)).set.speakers.map((s) => s.kind)).toEqual([
      'person',
      'government',
      'media',
      'organisation',
      'organisation',
    ]);
  });

  it('handles missing pieces gracefully and says so', () => {
    const document = [
      review({
        itemReviewed: undefined,
        reviewRating: undefined,
        url: '/relative',
        datePublished: 'sometime',
      }),
      review({ claimReviewed: undefined, itemReviewed: {} }),
      review({ claimReviewed: '“Quoted &amp; wrapped”', itemReviewed: { author: 'A Plain Name' } }),
    ];
    const { set, warnings } = imported(JSON.stringify(document));
    expect(
      set.statements.map((s) => [s.text, s.speakerId, s.date, s.review?.rating ?? null]),
    ).toEqual([
      ['The talks were never cancelled.', null, null, null],
      ['Quoted & wrapped', 'a-plain-name', null, 'False'],
    ]);
    expect(warnings).toEqual([
      'ClaimReview 1: url is not an http(s) URL; left empty',
      'ClaimReview 1: datePublished not read as a date (expected YYYY, YYYY-MM or YYYY-MM-DD, got "sometime"); left empty',
      'ClaimReview 1: no reviewRating; the claim is kept without a verdict',
      'ClaimReview 2 (https://factcheck.example/reviews/1): no claimReviewed (nor itemReviewed text); skipped',
    ]);
  });

  it('takes the claim date from its appearance, and a numeric rating when there is no word', () => {
    const { set } = imported(
      JSON.stringify(
        review({
          itemReviewed: {
            appearance: [{ datePublished: 'May 4, 2021' }, { datePublished: '2021-03-02' }],
          },
          reviewRating: { ratingValue: 2, bestRating: 5 },
        }),
      ),
    );
    expect(set.statements[0]).toMatchObject({ date: '2021-03-02', review: { rating: '2/5' } });
  });

  it('skips a review the validator rejects and keeps the others', () => {
    const { set, warnings } = imported(
      JSON.stringify([
        review(),
        review({ url: 'https://factcheck.example/long', claimReviewed: 'x'.repeat(20_001) }),
      ]),
    );
    expect(set.statements).toHaveLength(1);
    expect(warnings).toEqual([
      'ClaimReview 2 (https://factcheck.example/long): text: is too long (20001 characters, at most 20000); skipped',
    ]);
  });

  it('fails with a clear message when there is no review', () => {
    expect(failed(JSON.stringify({ '@type': 'NewsArticle' }), 'claimreview')).toEqual([
      'no ClaimReview found: expected schema.org ClaimReview objects (alone, in an array, in @graph or in a DataFeed)',
    ]);
    expect(failed('{"@type": "ClaimReview",', 'claimreview')[0]).toMatch(/^not valid JSON/);
  });
});

const HEADER = 'speaker,date,text,source_title,source_url';

describe('CSV import', () => {
  it('reads the documented columns, with a byte-order mark and CRLF line ends', () => {
    const csv = `\uFEFF${HEADER}\r\nKim Yo-jong,2023-11-30,We will never sit face to face.,A report,https://news.example/1\r\n`;
    const { set, warnings } = imported(csv, 'csv');
    expect(warnings).toEqual([]);
    expect(set.speakers.map((s) => s.name)).toEqual(['Kim Yo-jong']);
    expect(set.statements[0]).toMatchObject({
      speakerId: 'kim-yo-jong',
      kind: 'claim',
      text: 'We will never sit face to face.',
      date: '2023-11-30',
      context: 'A report',
      source: { title: 'A report', outlet: null, url: 'https://news.example/1' },
    });
  });

  it('keeps quoted newlines and delimiters, and counts lines as an editor does', () => {
    const csv = `${HEADER}\n"Seoul","2023","first line\nsecond, line",,\nSeoul,last week,text,,\n`;
    expect(failed(csv, 'csv')).toEqual([
      'line 4: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last week"',
    ]);
    const { set } = imported(
      `${HEADER}\r\n"Seoul","2023","first line\r\nsecond, line",,\r\n`,
      'csv',
    );
    expect(set.statements[0]!.text).toBe('first line\nsecond, line');
  });

  it('needs only a text column; missing optional columns are empty', () => {
    const { set } = imported('text\nA statement with no speaker.\n', 'csv');
    expect(set.statements[0]).toMatchObject({
      speakerId: null,
      date: null,
      source: { title: null, url: null },
    });
  });

  it('reads the optional columns and ignores unknown ones with a warning', () => {
    const csv =
      'Speaker,Date,Text,Outlet,URL,Kind,Speaker Kind,Topics,ID,notes\n' +
      'The Ministry,May 2023,Dialogue remains open.,Daily,https://d.example/x,paraphrase,government,talks; aid,m-1,ours\n';
    const { set, warnings } = imported(csv, 'csv');
    expect(warnings).toEqual(['line 1: ignored unknown column "notes"']);
    expect(set.speakers[0]).toMatchObject({ name: 'The Ministry', kind: 'government' });
    expect(set.statements[0]).toMatchObject({
      id: 'm-1',
      kind: 'paraphrase',
      date: '2023-05',
      topics: ['talks', 'aid'],
      source: { outlet: 'Daily', url: 'https://d.example/x' },
    });
  });

  it('reads semicolon-separated files and skips blank lines', () => {
    const { set } = imported('speaker;date;text\n\nSeoul;2023;One\n;;\nTokyo;2024;Two\n', 'csv');
    expect(set.statements.map((s) => s.text)).toEqual(['One', 'Two']);
  });

  it('fails on a header without text, a repeated column, a row with too many values, and bad values', () => {
    expect(failed('speaker,date,quote\nA,2023,x\n', 'csv')[0]).toMatch(
      /^line 1: the header has no "text" column \(found "speaker", "date", "quote"\)/,
    );
    expect(failed('text,Text\na,b\n', 'csv')).toEqual([
      'line 1: column "text" appears twice in the header',
    ]);
    expect(failed(`${HEADER}\nA,2023,one, two,,\n`, 'csv')).toEqual([
      'line 2: more values than the header has columns (a value with the delimiter in it must be in double quotes)',
    ]);
    expect(
      failed(
        `${HEADER}\nA,03/04/2023,text,,\nB,2023,,,\nC,2023,text,,ftp://x\nD,2023,text,,\n`,
        'csv',
      ),
    ).toEqual([
      'line 2: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "03/04/2023"',
      'line 3: text is empty',
    ]);
    expect(failed(`${HEADER}\nC,2023,text,,ftp://x\n`, 'csv')).toEqual([
      'line 2: source.url: expected an http(s) URL, got "ftp://x"',
    ]);
    expect(failed('kind,text\nquotation,x\n', 'csv')).toEqual([
      'line 2: kind: expected quote, paraphrase or claim, got "quotation"',
    ]);
    expect(failed('id,text\nsame,a\nsame,b\n', 'csv')).toEqual([
      'line 3: id: duplicate id "same" (first at statements[0])',
    ]);
  });

  it('fails on an empty file or a header alone', () => {
    expect(failed('', 'csv')).toEqual([
      'the file is empty: expected a header line and one line per statement',
    ]);
    expect(failed(`${HEADER}\n`, 'csv')).toEqual([
      'no statements: the file has a header but no rows',
    ]);
  });

  it('tells identical rows apart with stable ids', () => {
    const { set } = imported(`${HEADER}\nA,2023,same,,\nA,2023,same,,\n`, 'csv');
    const [first, second] = set.statements.map((s) => s.id);
    expect(second).toBe(`${first}-2`);
  });
});

describe('importRefSet', () => {
  it('tells the formats apart by content', () => {
    expect(imported(JSON.stringify(validSet())).set.id).toBe('test-set');
    expect(imported(JSON.stringify(review())).set.statements[0]!.review?.rating).toBe('False');
    expect(imported('text\nhello\n').set.statements[0]!.text).toBe('hello');
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(failed('x'.repeat(200_000_001))).toEqual([
      'the file is too large (200 MB; at most 200 MB)',
    ]);
  });

  it('refuses a file from its size before reading it only when no encoding could fit the limit', () => {
    // 600 MB of UTF-8 may hold as few as 200 million characters: read it and count.
    expect(fileSizeProblem(600_000_000)).toBeNull();
    expect(fileSizeProblem(650_000_000)).toBe('the file is too large (650 MB; at most 200 MB)');
  });

  it('validates a Backstory set as it is, keeping its own id', () => {
    const set = validSet() as unknown as RefSet;
    const result = imported(JSON.stringify(set), 'backstory');
    expect(result.set.title).toBe('Test set');
    expect(failed(JSON.stringify({ ...set, version: 3 }))).toEqual([
      'version: this set uses format version 3, newer than this Backstory reads (1); update Backstory to use it',
    ]);
  });

  it('names a converted set after its file, from a path or a bare name', () => {
    expect(namesFromFileName('exports/Fact checks 2023.csv')).toEqual({
      id: 'fact-checks-2023',
      title: 'Fact checks 2023.csv',
    });
    expect(namesFromFileName('C:\\data\\Überprüft.json').id).toBe('überprüft');
    expect(namesFromFileName('')).toEqual({ id: 'imported', title: 'Imported statements' });
    expect(namesFromFileName('!!!.csv').id).toBe('imported');
    expect(namesFromFileName(`${'a'.repeat(300)}.csv`).id).toHaveLength(200);
  });
});
