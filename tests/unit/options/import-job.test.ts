import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { LATIN1_WARNING } from '../../../src/core/refset/encoding.ts';
import { MAX_ERRORS, type RefSet } from '../../../src/core/refset/index.ts';
import { importFile } from '../../../src/options/refsets/import-job.ts';
import type {
  Conflict,
  ConflictChoice,
  ImportStage,
} from '../../../src/options/refsets/import-protocol.ts';
import type { MatchingIndex } from '../../../src/shared/refset-store/matching-index.ts';
import { RefSetStore } from '../../../src/shared/refset-store/store.ts';
import { validSet } from '../../support/refset-fixtures.ts';

const CSV =
  'speaker,date,text,source_title,source_url\nA Minister,2023-11-30,We will talk.,An article,https://example.com/a\n';

let store: RefSetStore;
let indexed: string[];
const buildIndex = (set: RefSet) => {
  indexed.push(set.id);
  // A stand-in for a real index: typed arrays, as the real one holds.
  return { statements: new Uint32Array(set.statements.length) } as unknown as MatchingIndex;
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = new RefSetStore('test-import', () => {});
  indexed = [];
});

/** A user who answers conflicts from a script, and what the job told them. */
function user(answers: ConflictChoice[] = []) {
  const stages: ImportStage[] = [];
  const conflicts: Conflict[] = [];
  return {
    stages,
    conflicts,
    stage: (stage: ImportStage) => stages.push(stage),
    choose: async (conflict: Conflict) => {
      conflicts.push(conflict);
      const answer = answers.shift();
      if (!answer) throw new Error('the job asked more questions than expected');
      return answer;
    },
  };
}

const run = (file: File, listener = user(), format: 'auto' | 'csv' | 'backstory' = 'auto') =>
  importFile(file, format, { store, buildIndex }, listener);

const backstoryFile = (overrides: Record<string, unknown> = {}, name = 'set.json') =>
  new File([JSON.stringify({ ...validSet(), ...overrides })], name);

async function stored() {
  return (await store.list()).map(({ id, title, revision }) => ({ id, title, revision }));
}

describe('importFile', () => {
  it('reads, checks, indexes and stores a CSV file named after the file', async () => {
    const listener = user();
    const result = await run(new File([CSV], 'Fact checks 2023.csv'), listener);
    expect(result).toMatchObject({
      status: 'imported',
      entry: {
        id: 'fact-checks-2023',
        title: 'Fact checks 2023.csv',
        statementCount: 1,
        speakerCount: 1,
        fileName: 'Fact checks 2023.csv',
      },
      warnings: [],
    });
    expect(listener.stages).toEqual(['reading', 'checking', 'indexing', 'saving']);
    expect(indexed).toEqual(['fact-checks-2023']);
    expect((await store.getIndex('fact-checks-2023'))!.index).toEqual({
      statements: new Uint32Array(1),
    });
  });

  it('reads the format the user chose, and passes the converter’s warnings on', async () => {
    const csv = `${CSV.trimEnd()}\n`
      .replace('source_url', 'source_url,mood')
      .replace('example.com/a', 'example.com/a,calm');
    const result = await run(new File([csv], 'notes.txt'), user(), 'csv');
    expect(result.status).toBe('imported');
    if (result.status === 'imported') expect(result.warnings.join()).toContain('mood');
  });

  it('stores nothing and returns the validator’s exact messages for a broken file', async () => {
    await run(backstoryFile({ id: 'kept' }));
    const before = await stored();
    const statement = validSet().statements[0]!;
    const broken = backstoryFile({
      statements: [{ ...statement, date: 'last month' }],
    });
    const result = await run(broken);
    expect(result).toEqual({
      status: 'failed',
      errors: ['statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last month"'],
    });
    expect(await stored()).toEqual(before);
    expect(indexed).toEqual(['kept']);
  });

  it('lists the first 50 errors of a file with many, and counts the rest', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `Someone,someday ${i},Text ${i}.,,`);
    const result = await run(
      new File([`speaker,date,text,source_title,source_url\n${rows.join('\n')}`], 'bad.csv'),
    );
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.errors).toHaveLength(MAX_ERRORS + 1);
    expect(result.errors[0]).toMatch(/^line 2: date: /);
    expect(result.errors.at(-1)).toBe('... and 30 more errors');
    expect(await stored()).toEqual([]);
  });

  it('asks before touching a stored set with the same id; cancel leaves it as it was', async () => {
    await run(backstoryFile());
    const before = await stored();
    const listener = user(['cancel']);
    expect(await run(backstoryFile({ title: 'Newer' }), listener)).toEqual({ status: 'cancelled' });
    expect(listener.conflicts).toEqual([
      {
        existing: expect.objectContaining({ id: 'test-set', title: 'Test set' }),
        incoming: { id: 'test-set', title: 'Newer', statementCount: 2, speakerCount: 2 },
      },
    ]);
    expect(await stored()).toEqual(before);
    // Asked before indexing: a cancelled import builds nothing.
    expect(indexed).toEqual(['test-set']);
  });

  it('replaces the stored set when the user says so', async () => {
    await run(backstoryFile());
    const result = await run(backstoryFile({ title: 'Newer' }), user(['replace']));
    expect(result).toMatchObject({ status: 'imported', entry: { id: 'test-set', title: 'Newer' } });
    expect((await stored()).map((s) => s.title)).toEqual(['Newer']);
  });

  it('keeps both: the new set is stored, and indexed, under a copy id', async () => {
    await run(backstoryFile());
    const result = await run(backstoryFile({ title: 'Newer' }), user(['keep-both']));
    expect(result).toMatchObject({
      status: 'imported',
      entry: { id: 'test-set-2', title: 'Newer (2)' },
    });
    expect((await stored()).map((s) => s.id)).toEqual(['test-set', 'test-set-2']);
    expect(indexed).toEqual(['test-set', 'test-set-2']);
    expect((await store.getSet('test-set-2'))!.id).toBe('test-set-2');
  });

  it('asks again if another page stored a set with the same id while this one was indexing', async () => {
    const racing = new RefSetStore('test-import', () => {});
    let first = true;
    const slowStore = {
      getEntry: async (id: string) => {
        if (!first) return store.getEntry(id);
        first = false;
        // The other page's import lands between the check and the write.
        await importFile(
          backstoryFile({ title: 'Other page' }),
          'auto',
          { store: racing, buildIndex },
          user(),
        );
        return undefined;
      },
      copyUnderFreeId: (set: RefSet) => store.copyUnderFreeId(set),
      importSet: store.importSet.bind(store),
    };
    const listener = user(['keep-both']);
    const result = await importFile(
      backstoryFile(),
      'auto',
      { store: slowStore, buildIndex },
      listener,
    );
    expect(listener.conflicts.map((c) => c.existing.title)).toEqual(['Other page']);
    expect(result).toMatchObject({ status: 'imported', entry: { id: 'test-set-2' } });
    expect((await stored()).map((s) => s.title)).toEqual(['Other page', 'Test set (2)']);
  });

  it('reports a failure to store as a message and stores nothing', async () => {
    const unstorable = () => ({ build: () => 0 }) as unknown as MatchingIndex;
    const result = await importFile(
      backstoryFile(),
      'auto',
      { store, buildIndex: unstorable },
      user(),
    );
    expect(result.status).toBe('failed');
    expect(await stored()).toEqual([]);

    const full = {
      getEntry: async () => undefined,
      copyUnderFreeId: async (set: RefSet) => set,
      importSet: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(await importFile(backstoryFile(), 'auto', { store: full, buildIndex }, user())).toEqual({
      status: 'failed',
      errors: [
        'there is not enough storage space for this set (free some disk space and try again)',
      ],
    });
  });

  it('reads UTF-16 JSON and Latin-1 CSV, and says when it guessed the encoding', async () => {
    const json = JSON.stringify({ ...validSet(), title: 'Déclarations “officielles”' });
    const utf16 = new File(
      [new Uint8Array([0xff, 0xfe]), Buffer.from(json, 'utf16le')],
      'set.json',
    );
    const set = await run(utf16);
    expect(set).toMatchObject({
      status: 'imported',
      entry: { title: 'Déclarations “officielles”' },
    });

    const latin1 = new File(
      [Buffer.from(CSV.replace('A Minister', 'José Martí'), 'latin1')],
      'old.csv',
    );
    const result = await run(latin1);
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect(result.warnings).toContain(LATIN1_WARNING);
    expect((await store.getSet(result.entry.id))!.speakers[0]!.name).toBe('José Martí');
  });

  it('refuses a file far over the limit without reading it', async () => {
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 700_000_000 });
    huge.arrayBuffer = () => Promise.reject(new Error('the file should not be read'));
    const listener = user();
    expect(await run(huge, listener)).toEqual({
      status: 'failed',
      errors: ['the file is too large (700 MB; at most 200 MB)'],
    });
    expect(listener.stages).toEqual([]);
  });

  it('says when the file cannot be read', async () => {
    const vanished = new File(['x'], 'gone.csv');
    vanished.arrayBuffer = () =>
      Promise.reject(new DOMException('The file changed', 'NotReadableError'));
    expect(await run(vanished)).toEqual({
      status: 'failed',
      errors: ['the file could not be read: The file changed'],
    });
  });
});
