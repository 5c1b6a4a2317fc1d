/**
 * Interruptions of a write, against fake-indexeddb: a full disk that aborts
 * the transaction, and a browser that kills the connection (the background or
 * the import worker dying) midway. After each, a fresh store on the same
 * database must see sets, statements and indexes that agree, and nothing of
 * the interrupted write. A real background kill in a browser is not driven
 * here; IndexedDB's own transaction is what these tests hold us to.
 */
import 'fake-indexeddb/auto';
import { IDBObjectStore as FDBObjectStore, IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRefSet, type RefSet } from '../../../src/core/refset/index.ts';
import type { MatchingIndex } from '../../../src/shared/refset-store/matching-index.ts';
import { RefSetStore, STATEMENT_CHUNK } from '../../../src/shared/refset-store/store.ts';
import { validSet } from '../../support/refset-fixtures.ts';

const DB = 'crash-refsets';
const index = (n: number) => ({ postings: new Uint32Array([n]) }) as unknown as MatchingIndex;

/** A valid set of `count` statements, so it spans several stored chunks. */
function bigSet(id: string, count: number): RefSet {
  const base = validSet();
  const statements = Array.from({ length: count }, (_, i) => ({
    ...base.statements[0]!,
    id: `${id}-s${i}`,
    text: `Statement number ${i} of ${id}.`,
  }));
  const result = parseRefSet(JSON.stringify({ ...base, id, title: id, statements }));
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.set;
}

const realPut = FDBObjectStore.prototype.put;
/** Makes the `nth` put from now on interrupt its transaction with `interrupt`. */
function interruptAtPut(nth: number, interrupt: (tx: { _abort(name: string): void }) => void) {
  let puts = 0;
  FDBObjectStore.prototype.put = function (this: InstanceType<typeof FDBObjectStore>, ...args) {
    const request = realPut.apply(this, args);
    // As in a browser, the interruption comes after the writes already issued in this task.
    const tx = this.transaction as unknown as { _abort(name: string): void };
    if (++puts === nth) setTimeout(() => interrupt(tx));
    return request;
  } as typeof realPut;
}

/** Everything in the database, read raw, and whether it all agrees. */
async function consistency() {
  const db = await openDB(DB);
  const registry = await db.getAll('registry');
  const sets = await db.getAllKeys('sets');
  const indexes = await db.getAll('indexes');
  const chunks = await db.getAllKeys('statements');
  db.close();
  const ids = registry.map((entry) => entry.id).sort();
  for (const entry of registry) {
    const own = chunks.filter((key) => (key as [string, number])[0] === entry.id);
    expect(own.length, entry.id).toBe(Math.ceil(entry.statementCount / STATEMENT_CHUNK));
    expect(indexes.find((record) => record.setId === entry.id)?.revision, entry.id).toBe(
      entry.revision,
    );
  }
  expect([...sets].sort()).toEqual(ids);
  expect(indexes.map((record) => record.setId).sort()).toEqual(ids);
  expect([...new Set(chunks.map((key) => (key as [string, number])[0]))].sort()).toEqual(ids);
  return registry.map(({ id, title, revision }) => ({ id, title, revision }));
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  FDBObjectStore.prototype.put = realPut;
});

describe('an interrupted write', () => {
  it('says a full disk is a full disk, not an aborted transaction, and stores nothing', async () => {
    const store = new RefSetStore(DB, () => {});
    await store.importSet(bigSet('kept', 3), index(1), { fileName: 'kept.json' });
    const before = await consistency();
    // The disk fills at the last write: the browser aborts the whole transaction.
    interruptAtPut(5, (tx) => tx._abort('QuotaExceededError'));
    const failure = await store
      .importSet(bigSet('big', 700), index(2), { fileName: 'big.json' })
      .catch((error: unknown) => error);
    expect((failure as DOMException).name).toBe('QuotaExceededError');
    expect(await consistency()).toEqual(before);
  });

  it.each([
    ['as the write opens', 1],
    ['mid-write, among the statement chunks', 3],
    ['mid-write, at the index', 6],
  ])('leaves the stored sets whole when killed %s', async (_, nth) => {
    const store = new RefSetStore(DB, () => {});
    await store.importSet(bigSet('kept', 300), index(1), { fileName: 'kept.json' });
    const before = await consistency();
    // Replacing `kept` deletes its chunks first: a kill must not leave it half-replaced.
    const kept = (await store.getEntry('kept'))!;
    interruptAtPut(nth, (tx) => tx._abort('AbortError'));
    await expect(
      store.importSet(bigSet('kept', 900), index(2), {
        fileName: 'new.json',
        replace: kept.revision,
      }),
    ).rejects.toThrow();
    FDBObjectStore.prototype.put = realPut;
    const reopened = new RefSetStore(DB, () => {});
    expect(await consistency()).toEqual(before);
    expect((await reopened.getSet('kept'))!.statements).toHaveLength(300);
    expect((await reopened.getStatements('kept', [0, 299])).size).toBe(2);
  });
});
