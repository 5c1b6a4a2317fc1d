import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBundledSet } from '../../../src/background/bundled-set.ts';
import type { RefSet } from '../../../src/core/refset/index.ts';
import type { MatchingIndex } from '../../../src/shared/refset-store/matching-index.ts';
import { RefSetStore } from '../../../src/shared/refset-store/store.ts';

const packaged = readFileSync('data/refsets/bundled.json', 'utf8');
// A stand-in for a real index: the store only needs a value IndexedDB can clone.
const buildIndex = (set: RefSet) => ({ size: set.statements.length }) as unknown as MatchingIndex;
let store: RefSetStore;
let reads = 0;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = new RefSetStore('test-bundled', () => {});
  reads = 0;
});

const source = (version: string, text = packaged) => ({
  version,
  read: async () => {
    reads++;
    return text;
  },
});

describe('installBundledSet', () => {
  it('stores the packaged set with its index, as the store lists any set', async () => {
    await installBundledSet(store, buildIndex, source('1.0.0'));
    const [entry] = await store.list();
    const set = JSON.parse(packaged) as RefSet;
    expect(entry).toMatchObject({
      id: set.id,
      origin: 'bundled',
      enabled: true,
      statementCount: set.statements.length,
      speakerCount: set.speakers.length,
      bytes: Buffer.byteLength(packaged),
      packageVersion: '1.0.0',
    });
    expect(await (await store.getSetFile(set.id))!.text()).toBe(packaged);
    expect((await store.getIndex(set.id))!.index).toEqual({ size: set.statements.length });
  });

  it('at start-up, stores it again only when missing or from another version', async () => {
    await installBundledSet(store, buildIndex, source('1.0.0'), { ifMissing: true });
    await installBundledSet(store, buildIndex, source('1.0.0'), { ifMissing: true });
    expect(reads).toBe(1);
    await installBundledSet(store, buildIndex, source('1.1.0'), { ifMissing: true });
    expect(reads).toBe(2);
    expect((await store.list())[0]!.packageVersion).toBe('1.1.0');
  });

  it('refuses a damaged package and leaves the stored copy alone', async () => {
    await installBundledSet(store, buildIndex, source('1.0.0'));
    const before = await store.list();
    await expect(
      installBundledSet(store, buildIndex, source('1.1.0', '{"format":')),
    ).rejects.toThrow(/^refsets\/bundled\.json: /);
    expect(await store.list()).toEqual(before);
  });
});
