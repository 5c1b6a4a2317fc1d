import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReadingService } from '../../../src/background/reading-service.ts';
import { ReferenceService } from '../../../src/background/reference-service.ts';
import { READING_SET_ID } from '../../../src/core/reading/index.ts';
import { ReadingStore } from '../../../src/shared/reading-store/index.ts';
import { RefSetStore } from '../../../src/shared/refset-store/store.ts';
import { ARTICLE_A, ARTICLE_B, readFixture } from '../../support/reading-pages.ts';

let store: ReadingStore;
let reading: ReadingService;
let references: ReferenceService;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = new ReadingStore('test-reading', () => {});
  reading = new ReadingService(store);
  references = new ReferenceService(
    new RefSetStore('test-refsets', () => {}),
    () => {
      throw new Error('no set to build');
    },
    async () => {},
    reading,
  );
});

const notesFor = async (slug: string) => {
  const page = readFixture(slug);
  return reading.label(await references.matchFindings(page.meta, page.quotes, []));
};

describe('Your reading in the background', () => {
  it("notes B's quote with A's, from your reading, with A's date and address", async () => {
    expect(await notesFor(ARTICLE_B)).toEqual([]);
    expect(await reading.record(readFixture(ARTICLE_A), [])).toBe('added');
    const notes = await notesFor(ARTICLE_B);
    const statement = notes[0]?.statements[0];
    expect(statement).toMatchObject({
      setId: READING_SET_ID,
      fromReading: { visitDated: false },
      speaker: 'Mara Ellison',
      relation: 'same-speaker',
      date: '2026-09-14',
      source: {
        outlet: 'The Harbour Gazette',
        url: 'https://news.example/cod-quota-warning',
      },
    });
    expect(statement?.text).toContain('Another cut to the cod quota');
  });

  it('records an article once, by address or by text', async () => {
    expect(await reading.record(readFixture(ARTICLE_A), [])).toBe('added');
    expect(await reading.record(readFixture(ARTICLE_A), [])).toBe('duplicate');
    const elsewhere = readFixture(ARTICLE_A, 'https://mirror.example/copy');
    expect(await reading.record(elsewhere, [])).toBe('duplicate');
    expect((await store.state()).articleCount).toBe(1);
  });

  it('drops the note once the article is forgotten, in the options page or here', async () => {
    await reading.record(readFixture(ARTICLE_A), []);
    expect(await notesFor(ARTICLE_B)).toHaveLength(1);
    const [recorded] = await store.articles();
    // Another context (the options page) forgets it, through its own connection.
    await new ReadingStore('test-reading', () => {}).forgetArticles([recorded!.id]);
    expect(await notesFor(ARTICLE_B)).toEqual([]);
  });

  it('sees what a fresh background loads from the store after a restart', async () => {
    await reading.record(readFixture(ARTICLE_A), []);
    const restarted = new ReadingService(new ReadingStore('test-reading', () => {}));
    const page = readFixture(ARTICLE_B);
    const fresh = new ReferenceService(
      new RefSetStore('test-refsets', () => {}),
      () => {
        throw new Error('no set to build');
      },
      async () => {},
      restarted,
    );
    const notes = restarted.label(await fresh.matchFindings(page.meta, page.quotes, []));
    expect(notes[0]?.statements[0]?.fromReading).toEqual({ visitDated: false });
  });

  it('rebuilds a segment indexed by another version instead of failing the notes', async () => {
    await reading.record(readFixture(ARTICLE_A), []);
    const db = await openDB('test-reading');
    const [record] = await db.getAll('segmentIndexes');
    await db.put('segmentIndexes', { ...record, index: { ...record.index, version: -1 } });
    db.close();
    const restarted = new ReadingService(new ReadingStore('test-reading', () => {}));
    expect(await restarted.indexes()).toEqual([]);
    await restarted.settled();
    expect(await restarted.indexes()).toHaveLength(1);
  });

  it('folds the speaker of a later article into the one already held', async () => {
    await reading.record(readFixture(ARTICLE_A), []);
    await reading.settled();
    await reading.record(readFixture(ARTICLE_B), []);
    expect((await store.speakers()).map((s) => s.name)).toEqual(['Mara Ellison']);
    // A context that cleared the set meanwhile leaves no speaker behind in the next article.
    await new ReadingStore('test-reading', () => {}).clear();
    await reading.record(readFixture(ARTICLE_A), []);
    expect((await store.speakers()).map((s) => s.id)).toEqual(['mara-ellison']);
  });
});
