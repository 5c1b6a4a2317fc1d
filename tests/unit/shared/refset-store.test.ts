import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatRefSet, parseRefSet, type RefSet } from '../../../src/core/refset/index.ts';
import { copyUnderFreeId } from '../../../src/shared/refset-store/copies.ts';
import type { MatchingIndex } from '../../../src/shared/refset-store/matching-index.ts';
import { RefSetStore } from '../../../src/shared/refset-store/store.ts';
import { validSet } from '../../support/refset-fixtures.ts';

function set(overrides: Partial<RefSet> = {}): RefSet {
  const result = parseRefSet(JSON.stringify({ ...validSet(), ...overrides }));
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.set;
}

const bundled = () => set({ id: 'backstory-bundled', title: 'Bundled' });
/** A stand-in for a matching index: typed arrays, as the real one holds. */
const index = (n: number) =>
  ({ postings: new Uint32Array([n, n + 1]) }) as unknown as MatchingIndex;
/** Structured cloning cannot store a function: writing this fails inside the transaction. */
const unstorable = () => ({ build: () => 0 }) as unknown as MatchingIndex;

let store: RefSetStore;
let announcements: number;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  announcements = 0;
  store = new RefSetStore('test-refsets', () => announcements++);
});

/** Everything the store holds, to compare before and after an operation. */
async function snapshot(of: RefSetStore = store) {
  const entries = await of.list();
  return Promise.all(
    entries.map(async (entry) => ({
      entry,
      json: await (await of.getSetFile(entry.id))?.text(),
      index: await of.getIndex(entry.id),
    })),
  );
}

async function added(
  toAdd: RefSet,
  options = { fileName: 'set.json' },
  idx: MatchingIndex = index(1),
) {
  const outcome = await store.importSet(toAdd, idx, options);
  if (outcome.status !== 'added')
    throw new Error(`expected the set to be added: ${outcome.status}`);
  return outcome.entry;
}

describe('RefSetStore', () => {
  it('stores an imported set with its entry and index, and gives it back for export', async () => {
    const entry = await added(set(), { fileName: 'my set.json' });
    expect(entry).toMatchObject({
      id: 'test-set',
      title: 'Test set',
      statementCount: 2,
      speakerCount: 2,
      enabled: true,
      origin: 'imported',
      fileName: 'my set.json',
      revision: 1,
    });
    expect(entry.bytes).toBe(new TextEncoder().encode(formatRefSet(set())).length);
    expect(Date.parse(entry.importedAt)).not.toBeNaN();
    expect(await store.list()).toEqual([entry]);
    expect(await store.getSet('test-set')).toEqual(set());
    expect(await store.getIndex('test-set')).toEqual({
      setId: 'test-set',
      revision: 1,
      index: index(1),
    });
    // The export is the set's canonical JSON, which imports again as the same set.
    const exported = await (await store.getSetFile('test-set'))!.text();
    expect(exported).toBe(formatRefSet(set()));
    expect(parseRefSet(exported)).toMatchObject({ ok: true, set: set() });
    expect(announcements).toBe(1);
  });

  it('never overwrites a stored set unasked: a second set with the same id is a conflict', async () => {
    const first = await added(set());
    const before = await snapshot();
    const outcome = await store.importSet(set({ title: 'Other' }), index(2), { fileName: 'b' });
    expect(outcome).toEqual({ status: 'conflict', existing: first });
    expect(await snapshot()).toEqual(before);
    expect(announcements).toBe(1);
  });

  it('replaces a set only at the revision the user agreed to, keeping its enabled choice', async () => {
    const first = await added(set());
    await store.setEnabled('test-set', false);
    const stale = await store.importSet(set({ title: 'New' }), index(2), {
      fileName: 'new.json',
      replace: first.revision + 10,
    });
    expect(stale.status).toBe('conflict');
    const replaced = await store.importSet(set({ title: 'New' }), index(2), {
      fileName: 'new.json',
      replace: first.revision,
    });
    expect(replaced).toMatchObject({
      status: 'added',
      entry: { id: 'test-set', title: 'New', enabled: false, fileName: 'new.json' },
    });
    const entry = (await store.getEntry('test-set'))!;
    expect(entry.revision).toBeGreaterThan(first.revision);
    expect((await store.getSet('test-set'))!.title).toBe('New');
    expect(await store.getIndex('test-set')).toEqual({
      setId: 'test-set',
      revision: entry.revision,
      index: index(2),
    });
  });

  it('keeps both: the copy gets the first free id and says which copy it is', async () => {
    await added(set());
    const copy = await store.copyUnderFreeId(set());
    expect([copy.id, copy.title]).toEqual(['test-set-2', 'Test set (2)']);
    await added(copy);
    const third = await store.copyUnderFreeId(set());
    expect(third.id).toBe('test-set-3');
    await added(third);
    expect((await store.list()).map((e) => e.id)).toEqual(['test-set', 'test-set-2', 'test-set-3']);
    expect((await store.getSet('test-set-2'))!.id).toBe('test-set-2');
    expect((await store.getSet('test-set'))!.title).toBe('Test set');
  });

  it('rolls a failed import back entirely: no entry, no set, no index, nothing else touched', async () => {
    await added(set({ id: 'kept' }));
    const before = await snapshot();
    await expect(store.importSet(set(), unstorable(), { fileName: 'x' })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(await store.getSetFile('test-set')).toBeUndefined();
    // A failed replacement leaves the old set, its entry and its index as they were.
    const kept = (await store.getEntry('kept'))!;
    await expect(
      store.importSet(set({ id: 'kept', title: 'Broken' }), unstorable(), {
        fileName: 'x',
        replace: kept.revision,
      }),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(announcements).toBe(1);
    // The store is still usable afterwards.
    expect((await added(set())).id).toBe('test-set');
  });

  it('switches sets on and off; matching lists only the enabled ones', async () => {
    await added(set({ id: 'a' }));
    await added(set({ id: 'b' }));
    const off = await store.setEnabled('a', false);
    expect(off.enabled).toBe(false);
    expect((await store.listEnabled()).map((e) => e.id)).toEqual(['b']);
    await store.setEnabled('a', true);
    expect((await store.listEnabled()).map((e) => e.id)).toEqual(['a', 'b']);
    await expect(store.setEnabled('missing', true)).rejects.toThrow('there is no set "missing"');
  });

  it('deletes an imported set with its index; the bundled set can only be switched off', async () => {
    await store.installBundled(bundled(), index(0), '1.0.0');
    await added(set());
    await store.delete('test-set');
    expect((await store.list()).map((e) => e.id)).toEqual(['backstory-bundled']);
    expect(await store.getSetFile('test-set')).toBeUndefined();
    expect(await store.getIndex('test-set')).toBeUndefined();
    await store.delete('test-set');
    const before = await snapshot();
    await expect(store.delete('backstory-bundled')).rejects.toThrow(
      'the bundled set cannot be deleted; switch it off instead',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('renames an imported set in the list and in its export, keeping its index and revision', async () => {
    await store.installBundled(bundled(), index(0), '1.0.0');
    const before = await added(set());
    const renamed = await store.rename('test-set', '  Checks I trust  ');
    expect(renamed).toMatchObject({ title: 'Checks I trust', revision: before.revision });
    expect((await store.getEntry('test-set'))?.title).toBe('Checks I trust');
    expect((await store.getSet('test-set'))?.title).toBe('Checks I trust');
    expect((await store.getIndex('test-set'))?.revision).toBe(before.revision);
    expect(announcements).toBe(3);
    await expect(store.rename('test-set', ' ')).rejects.toThrow('a set needs a title');
    await expect(store.rename('backstory-bundled', 'Mine')).rejects.toThrow(
      'the bundled set keeps its title',
    );
    await expect(store.rename('missing', 'Mine')).rejects.toThrow('there is no set "missing"');
  });

  it('never hands out a revision twice, even after a delete', async () => {
    const first = await added(set());
    await store.delete('test-set');
    const again = await added(set());
    expect(again.revision).toBeGreaterThan(first.revision);
  });

  it('installs the bundled set, refreshes it on update with the user’s choice kept, and drops an old bundled id', async () => {
    const installed = await store.installBundled(bundled(), index(0), '1.0.0');
    expect(installed).toMatchObject({ origin: 'bundled', enabled: true, packageVersion: '1.0.0' });
    await added(set());
    await store.setEnabled('backstory-bundled', false);
    const updated = await store.installBundled(bundled(), index(5), '1.1.0');
    expect(updated).toMatchObject({ enabled: false, packageVersion: '1.1.0' });
    expect(updated.revision).toBeGreaterThan(installed.revision);
    expect((await store.getIndex('backstory-bundled'))!.index).toEqual(index(5));

    await store.installBundled(set({ id: 'bundled-v2' }), index(6), '2.0.0');
    expect((await store.list()).map((e) => [e.id, e.origin])).toEqual([
      ['bundled-v2', 'bundled'],
      ['test-set', 'imported'],
    ]);
    expect(await store.getSetFile('backstory-bundled')).toBeUndefined();
    expect(await store.getIndex('backstory-bundled')).toBeUndefined();
  });

  it('never lets the bundled set and an imported one take each other’s place', async () => {
    await store.installBundled(bundled(), index(0), '1.0.0');
    const stored = (await store.getEntry('backstory-bundled'))!;
    const conflict = await store.importSet(bundled(), index(1), { fileName: 'exported.json' });
    expect(conflict).toEqual({ status: 'conflict', existing: stored });
    await expect(
      store.importSet(bundled(), index(1), { fileName: 'x', replace: stored.revision }),
    ).rejects.toThrow('the bundled set cannot be replaced; keep both instead');

    await added(set({ id: 'users-set' }));
    const before = await snapshot();
    await expect(store.installBundled(set({ id: 'users-set' }), index(2), '2.0.0')).rejects.toThrow(
      `an imported set already has the bundled set's id "users-set"`,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('reads the statements a note shows by position, across chunks, and drops a replaced set’s chunks', async () => {
    const many = (count: number) => {
      const base = validSet();
      const template = base.statements[0]!;
      const statements = Array.from({ length: count }, (_, i) => ({
        ...template,
        id: `s${i}`,
        text: `Statement ${i}.`,
      }));
      return set({ statements } as unknown as Partial<RefSet>);
    };
    const first = await added(many(600));
    const found = await store.getStatements('test-set', [0, 255, 256, 599, 600]);
    expect([...found.keys()]).toEqual([0, 255, 256, 599]);
    expect(found.get(256)!.text).toBe('Statement 256.');

    await store.importSet(many(10), index(2), { fileName: 'set.json', replace: first.revision });
    const after = await store.getStatements('test-set', [5, 300]);
    expect([...after.keys()]).toEqual([5]);
    await store.delete('test-set');
    expect((await store.getStatements('test-set', [5])).size).toBe(0);
  });

  it('stores a rebuilt index only for the revision it was built from', async () => {
    const entry = await added(set());
    expect(await store.saveIndex('test-set', entry.revision + 1, index(9))).toBe(false);
    expect((await store.getIndex('test-set'))!.index).toEqual(index(1));
    expect(await store.saveIndex('test-set', entry.revision, index(9))).toBe(true);
    expect(await store.getIndex('test-set')).toEqual({
      setId: 'test-set',
      revision: entry.revision,
      index: index(9),
    });
    expect(await store.saveIndex('missing', 1, index(9))).toBe(false);
  });

  it('steps aside when a newer version of the database opens (an extension update)', async () => {
    await added(set());
    let blocked = false;
    const newer = await openDB('test-refsets', 2, { blocked: () => (blocked = true) });
    expect(blocked).toBe(false);
    expect(newer.objectStoreNames.contains('registry')).toBe(true);
    newer.close();
  });

  it('sees what another context wrote', async () => {
    await added(set());
    const other = new RefSetStore('test-refsets', () => {});
    expect(await snapshot(other)).toEqual(await snapshot());
  });
});

describe('copyUnderFreeId', () => {
  it('stays within the format’s limits for ids and titles', () => {
    const long = set({ id: 'x'.repeat(200), title: 't'.repeat(300) });
    const copy = copyUnderFreeId(long, new Set([long.id]));
    expect(copy.id).toBe(`${'x'.repeat(198)}-2`);
    expect(copy.title).toBe(`${'t'.repeat(296)} (2)`);
    expect(parseRefSet(JSON.stringify(copy)).ok).toBe(true);
  });

  it('skips the copies already taken', () => {
    expect(copyUnderFreeId(set(), new Set(['test-set-2', 'test-set-3'])).id).toBe('test-set-4');
  });
});
