import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReadingArticle } from '../../../src/core/reading/index.ts';
import { formatRefSet } from '../../../src/core/refset/canonical.ts';
import { parseRefSet } from '../../../src/core/refset/index.ts';
import type { Speaker, Statement } from '../../../src/core/refset/types.ts';
import {
  exportReadingFile,
  importReadingFile,
} from '../../../src/options/reading/reading-actions.ts';
import { ReadingStore } from '../../../src/shared/reading-store/index.ts';
import { isQuotaError } from '../../../src/shared/reading-store/quota.ts';
import {
  buildReadingSegment,
  planReadingMerge,
} from '../../../src/shared/reading-store/segments.ts';

const NAME = 'test-reading';
const speaker: Speaker = {
  id: 'mara-ellison',
  name: 'Mara Ellison',
  aliases: [],
  kind: 'person',
  memberOf: [],
  description: '',
};

function article(n: number, statements = 3, site = 'harbour.example'): ReadingArticle {
  const id = `r${n}`;
  const url = `https://${site}/story-${n}`;
  return {
    id,
    url,
    site,
    outlet: 'The Harbour Gazette',
    title: `Story ${n}`,
    date: '2026-09-14',
    visitDated: false,
    statements: Array.from(
      { length: statements },
      (_, i): Statement => ({
        id: `${id}-${i + 1}`,
        speakerId: 'mara-ellison',
        text: `Statement ${i + 1} of story ${n} about cod quota number ${n * 10 + i}.`,
        kind: 'quote',
        date: '2026-09-14',
        context: '',
        source: { title: `Story ${n}`, outlet: 'The Harbour Gazette', url },
        topics: [],
        stance: {},
      }),
    ),
  };
}

const record = (store: ReadingStore, a: ReadingArticle) =>
  store.record(a, [speaker], buildReadingSegment(a.statements, [speaker]));

/** Everything the store promises about itself, read back through a fresh connection. */
async function consistent(): Promise<{ articles: number; statements: number }> {
  const store = new ReadingStore(NAME, () => {});
  const state = await store.state();
  const articles = await store.articles();
  const held = articles.flatMap((a) => a.seqs);
  const found = await store.statementsAt(held);
  expect(found.size).toBe(held.length);
  expect(state.articleCount).toBe(articles.length);
  expect(state.statementCount).toBe(held.length);
  const { segments } = await store.loadSegments();
  for (const { segment, index } of segments) {
    expect(index.statementSpeaker.length).toBe(segment.size);
    expect(segment.seqs.length).toBe(segment.size);
    const live = await store.statementsAt(Array.from(segment.seqs));
    expect(live.size).toBe(segment.live);
  }
  // Every held statement is in exactly one segment: the index covers the set.
  const covered = segments.flatMap(({ segment }) => Array.from(segment.seqs));
  for (const seq of held) expect(covered.filter((s) => s === seq)).toHaveLength(1);
  store.close();
  return { articles: articles.length, statements: held.length };
}

let store: ReadingStore;
let announced: number;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  announced = 0;
  store = new ReadingStore(NAME, () => announced++);
});

describe('the reading store', () => {
  it('records an article with its statements and segment, once', async () => {
    expect((await record(store, article(1))).status).toBe('added');
    expect((await record(store, article(1))).status).toBe('duplicate');
    const sameAddress = { ...article(1), id: 'r-other' };
    expect((await record(store, sameAddress)).status).toBe('duplicate');
    expect(await store.has('r1', 'https://elsewhere.example/')).toBe(true);
    expect(await consistent()).toEqual({ articles: 1, statements: 3 });
    expect(announced).toBe(1);
  });

  it('loses only the article being written when a write fails mid-way, and reopens consistent', async () => {
    await record(store, article(1));
    const broken = article(2, 5);
    // The fourth statement cannot be stored: the write fails after three statements were issued.
    Object.defineProperty(broken.statements[3]!, 'text', {
      enumerable: true,
      get() {
        throw new Error('interrupted');
      },
    });
    const index = buildReadingSegment(article(2, 5).statements, [speaker]);
    await expect(store.record(broken, [speaker], index)).rejects.toThrow('interrupted');
    store.close();
    expect(await consistent()).toEqual({ articles: 1, statements: 3 });
    const reopened = new ReadingStore(NAME, () => {});
    expect((await record(reopened, article(3))).status).toBe('added');
    expect(await consistent()).toEqual({ articles: 2, statements: 6 });
  });

  it('keeps everything when the disk is full, and says it was the quota', async () => {
    await record(store, article(1));
    const full = article(2);
    Object.defineProperty(full.statements[0]!, 'text', {
      enumerable: true,
      get() {
        throw Object.assign(new Error('The quota has been exceeded.'), {
          name: 'QuotaExceededError',
        });
      },
    });
    const error = await store
      .record(full, [], buildReadingSegment(article(2).statements, [speaker]))
      .catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await consistent()).toEqual({ articles: 1, statements: 3 });
  });

  it('lets the oldest articles go past the size limit, and says how many', async () => {
    for (let n = 1; n <= 3; n++) await record(store, article(n));
    expect(await store.setLimit(7)).toBe(1);
    expect((await store.articles()).map((a) => a.id)).toEqual(['r3', 'r2']);
    const outcome = await record(store, article(4));
    expect(outcome.status === 'added' && outcome.evicted).toBe(1);
    const state = await store.state();
    expect(state).toMatchObject({ limit: 7, evicted: 2, statementCount: 6 });
    expect(await consistent()).toEqual({ articles: 2, statements: 6 });
  });

  it('forgets an article, a site, or everything', async () => {
    await record(store, article(1));
    await record(store, article(2, 2, 'other.example'));
    await record(store, article(3));
    expect(await store.forgetArticles(['r1'])).toBe(3);
    expect(await store.forgetSite('other.example')).toBe(2);
    expect((await store.articles()).map((a) => a.id)).toEqual(['r3']);
    expect(await consistent()).toEqual({ articles: 1, statements: 3 });
    await store.clear();
    expect(await consistent()).toEqual({ articles: 0, statements: 0 });
    expect((await store.loadSegments()).segments).toEqual([]);
  });

  it('merges segments without losing or repeating a statement', async () => {
    for (let n = 1; n <= 4; n++) await record(store, article(n));
    await store.forgetArticles(['r2']);
    // A segment whose statements are all forgotten goes first, on its own.
    const dropped = await store.compact(planReadingMerge, buildReadingSegment);
    expect(dropped).toMatchObject({ removed: [1], added: null });
    expect(await store.compact(planReadingMerge, buildReadingSegment)).toBeNull();
    await record(store, article(5));
    const merged = await store.compact(planReadingMerge, buildReadingSegment);
    expect(merged?.removed).toEqual([0, 2, 3, 4]);
    expect(merged?.added?.segment.size).toBe(12);
    expect(await consistent()).toEqual({ articles: 4, statements: 12 });
  });

  it('searches statement words, speakers and outlets', async () => {
    await record(store, article(1));
    await record(store, article(2));
    expect((await store.search('story 2 about')).map((h) => h.statement.id)).toEqual([
      'r2-3',
      'r2-2',
      'r2-1',
    ]);
    expect(await store.search('Mara Ellison')).toHaveLength(6);
    expect(await store.search('no such words')).toEqual([]);
  });

  it('exports a valid Backstory set and imports it back without duplicates', async () => {
    await record(store, article(1));
    await record(store, article(2));
    const file = await exportReadingFile(store);
    const parsed = parseRefSet(await file.text());
    expect(parsed.ok).toBe(true);
    await store.clear();
    expect(await importReadingFile(store, await file.text())).toEqual({
      articles: 2,
      statements: 6,
    });
    expect(await importReadingFile(store, await file.text())).toEqual({
      articles: 0,
      statements: 0,
    });
    const again = parseRefSet(await (await exportReadingFile(store)).text());
    expect(again.ok && formatRefSet(again.set)).toBe(parsed.ok && formatRefSet(parsed.set));
    expect(await consistent()).toEqual({ articles: 2, statements: 6 });
  });

  it('refuses a file that is no Backstory set, changing nothing', async () => {
    await record(store, article(1));
    await expect(importReadingFile(store, '{"format":"other"}')).rejects.toThrow();
    expect(await consistent()).toEqual({ articles: 1, statements: 3 });
  });
});
