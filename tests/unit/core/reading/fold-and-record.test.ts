import { describe, expect, it } from 'vitest';
import {
  articleIdOf,
  canonicalUrl,
  isSourceDescription,
  type ReadPage,
  readingArticle,
  SpeakerFolder,
  VISIT_DATED,
} from '../../../../src/core/reading/index.ts';
import type { Speaker } from '../../../../src/core/refset/types.ts';
import type { QuoteFinding } from '../../../../src/core/types.ts';

const person = (id: string, name: string, extra: Partial<Speaker> = {}): Speaker => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  memberOf: [],
  description: '',
  ...extra,
});

describe('the same article', () => {
  it('is the same address without tracking parameters or fragment', () => {
    expect(canonicalUrl('https://News.Example/a/b?utm_source=x&id=3&fbclid=y#top')).toBe(
      'https://news.example/a/b?id=3',
    );
    expect(canonicalUrl('https://news.example/a?b=2&a=1')).toBe(
      canonicalUrl('https://news.example/a?a=1&b=2&gclid=z'),
    );
    expect(canonicalUrl('https://news.example')).toBe('https://news.example/');
  });

  it('is never an address that is no web page', () => {
    expect(canonicalUrl('file:///home/me/page.html')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });

  it('is the same text, whatever its spacing or case', () => {
    expect(articleIdOf('The cut  will\nfinish them.')).toBe(
      articleIdOf('the cut will finish them.'),
    );
    expect(articleIdOf('The cut will finish them.')).not.toBe(articleIdOf('The cut will not.'));
  });
});

describe('speakers folded across articles', () => {
  it('makes one speaker of one name however it is written', () => {
    const folder = new SpeakerFolder([]);
    const first = folder.speakerFor('Mara Ellison')!;
    expect(first.added).toHaveLength(1);
    expect(folder.speakerFor('Dr. Mara Ellison')!.speaker.id).toBe(first.speaker.id);
    expect(folder.speakerFor('MARA ELLISON')!.added).toEqual([]);
    const kim = folder.speakerFor('Kim Jong-un')!.speaker.id;
    expect(folder.speakerFor('Kim Jong Un')!.speaker.id).toBe(kim);
  });

  it('never merges two people with one surname without a first name', () => {
    const folder = new SpeakerFolder([person('john-smith', 'John Smith')]);
    const jane = folder.speakerFor('Jane Smith')!.speaker;
    const bare = folder.speakerFor('Smith')!.speaker;
    const initial = folder.speakerFor('J. Smith')!.speaker;
    expect(new Set(['john-smith', jane.id, bare.id, initial.id]).size).toBe(4);
  });

  it('gives a new speaker a free id', () => {
    const folder = new SpeakerFolder([person('mara-ellison', 'Mara Ellisón Jr')]);
    const other = folder.speakerFor('Mara Ellison')!.speaker;
    expect(other.id).toBe('mara-ellison-2');
  });

  it("reuses a known set's speaker with its id and the bodies it speaks for", () => {
    const ministry = {
      ...person('fisheries', 'Ministry of Fisheries'),
      kind: 'government' as const,
    };
    const minister = person('a-cole', 'Anna Cole', {
      aliases: ['Minister Cole'],
      memberOf: ['fisheries'],
    });
    const folder = new SpeakerFolder([], [[minister, ministry]]);
    const found = folder.speakerFor('Anna Cole')!;
    expect(found.speaker.id).toBe('a-cole');
    expect(found.added.map((s) => s.id).sort()).toEqual(['a-cole', 'fisheries']);
    expect(folder.speakerFor('Minister Cole')!.speaker.id).toBe('a-cole');
  });

  it('reuses no known speaker when two sets mean different people by the name', () => {
    const folder = new SpeakerFolder([], [[person('x', 'Lee Park')], [person('y', 'Lee Park')]]);
    const found = folder.speakerFor('Lee Park')!.speaker;
    expect(['x', 'y']).not.toContain(found.id);
  });

  it('folds an imported set into the speakers already held', () => {
    const folder = new SpeakerFolder([person('mara-ellison', 'Mara Ellison')]);
    const ids = folder.adopt([
      person('ellison', 'Dr Mara Ellison'),
      person('mara-ellison', 'Mara Quist'),
    ]);
    expect(ids.get('ellison')).toBe('mara-ellison');
    expect(ids.get('mara-ellison')).toBe('mara-ellison-2');
    expect(folder.takeAdopted().map((s) => s.name)).toEqual(['Mara Quist']);
  });
});

const quote = (text: string, speaker: string | null, kind: QuoteFinding['kind'] = 'direct') =>
  ({
    id: text,
    text,
    speaker,
    speakerId: null,
    cue: 'said',
    kind,
    start: 0,
    end: text.length,
    selector: { exact: text, prefix: '', suffix: '' },
  }) satisfies QuoteFinding;

const page = (quotes: QuoteFinding[], published: string | null = '2026-09-14T08:00:00Z') =>
  ({
    url: 'https://www.harbour.example/cod?utm_campaign=x',
    meta: { title: 'Cod', byline: null, site: 'The Harbour Gazette', published, length: 900 },
    articleId: 'r1',
    quotes,
    visitedAt: '2026-12-01T10:00:00Z',
  }) satisfies ReadPage;

const whiteHouse: Speaker = {
  ...person('white-house', 'the White House'),
  kind: 'government',
};

describe('what an article records', () => {
  it('attributed quotes and resolved reported speech, with date, outlet, title and address', () => {
    const recorded = readingArticle(
      page([
        quote('The cut will finish the small boats,', 'Mara Ellison'),
        quote('the fleet needs time', 'Mara Ellison', 'reported'),
        quote('Nobody knows who said this.', null),
      ]),
      new SpeakerFolder([]),
    )!;
    expect(recorded.article).toMatchObject({
      url: 'https://www.harbour.example/cod',
      site: 'harbour.example',
      outlet: 'The Harbour Gazette',
      date: '2026-09-14',
      visitDated: false,
    });
    expect(recorded.article.statements.map((s) => [s.kind, s.speakerId, s.date])).toEqual([
      ['quote', 'mara-ellison', '2026-09-14'],
      ['paraphrase', 'mara-ellison', '2026-09-14'],
    ]);
    expect(recorded.article.statements[0]!.source).toEqual({
      title: 'Cod',
      outlet: 'The Harbour Gazette',
      url: 'https://www.harbour.example/cod',
    });
    expect(recorded.speakers.map((s) => s.name)).toEqual(['Mara Ellison']);
  });

  it('dates by the visit, marked as such, when the article gives no date', () => {
    const recorded = readingArticle(
      page([quote('It will end.', 'Mara Ellison')], null),
      new SpeakerFolder([]),
    )!;
    expect(recorded.article).toMatchObject({ date: '2026-12-01', visitDated: true });
    expect(recorded.article.statements[0]!.context).toBe(VISIT_DATED);
  });

  it('records an unnamed source with its description and the body it speaks for', () => {
    const recorded = readingArticle(
      page([
        quote('We will not move on this.', 'a senior White House official'),
        quote('Talks are over.', 'two officials'),
        quote('talks are over', 'two officials', 'reported'),
      ]),
      new SpeakerFolder([], [[whiteHouse]]),
      [{ speakers: [whiteHouse] }],
    )!;
    expect(recorded.article.statements.map((s) => [s.speakerId, s.attribution, s.kind])).toEqual([
      ['white-house', 'a senior White House official', 'quote'],
      [null, 'two officials', 'quote'],
    ]);
    expect(recorded.speakers.map((s) => s.id)).toEqual(['white-house']);
  });

  it('records nothing from an article without an attributed quote', () => {
    expect(
      readingArticle(page([quote('Said by nobody.', null)]), new SpeakerFolder([])),
    ).toBeNull();
    expect(
      readingArticle({ ...page([quote('x y', 'A B')]), url: 'file:///x' }, new SpeakerFolder([])),
    ).toBeNull();
  });

  it('tells descriptions of unnamed sources from names', () => {
    expect(isSourceDescription('a senior White House official')).toBe(true);
    expect(isSourceDescription('two South Korean officials')).toBe(true);
    expect(isSourceDescription('the White House')).toBe(false);
    expect(isSourceDescription('Mara Ellison')).toBe(false);
  });
});
