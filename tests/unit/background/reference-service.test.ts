import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReferenceService } from '../../../src/background/reference-service.ts';
import { buildIndex } from '../../../src/core/match/index.ts';
import { parseRefSet, type RefSet } from '../../../src/core/refset/index.ts';
import type { QuoteFinding } from '../../../src/core/types.ts';
import type { MatchingIndex } from '../../../src/shared/refset-store/matching-index.ts';
import { RefSetStore } from '../../../src/shared/refset-store/store.ts';
import { validSet } from '../../support/refset-fixtures.ts';

/** A set of two statements by the same minister on talks, a year apart. */
function talksSet(): RefSet {
  const base = validSet();
  const statement = base.statements[0]!;
  const result = parseRefSet(
    JSON.stringify({
      ...base,
      statements: [
        {
          ...statement,
          id: 'earlier',
          text: 'We will never hold talks with the neighbours while drills go on.',
          date: '2023-03',
        },
        {
          ...statement,
          id: 'unrelated',
          text: 'The harvest festival opens on Monday with a parade.',
          date: '2023-05',
        },
      ],
    }),
  );
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.set;
}

const article = { title: 'T', byline: null, site: null, published: '2024-04-01', length: 1000 };
const quote = (text: string): QuoteFinding => ({
  id: 'q1',
  text,
  speaker: 'A Minister',
  speakerId: null,
  cue: 'said',
  kind: 'direct',
  start: 0,
  end: text.length,
  selector: { exact: text, prefix: '', suffix: '' },
});
const QUOTE = quote('We will hold no talks with the neighbours while their drills go on');

let store: RefSetStore;
let builds: number;
const countingBuild = (set: RefSet) => {
  builds++;
  return buildIndex(set);
};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = new RefSetStore('test-references', () => {});
  builds = 0;
});

describe('ReferenceService', () => {
  it('answers with notes from the stored index, reading only the statements it shows', async () => {
    const set = talksSet();
    await store.importSet(set, buildIndex(set), { fileName: 'talks.json' });
    const service = new ReferenceService(store, countingBuild);
    const notes = await service.matchFindings(article, [QUOTE], []);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.target).toBe('q1');
    expect(notes[0]!.statements.map((s) => s.id)).toEqual(['earlier']);
    expect(notes[0]!.statements[0]).toMatchObject({ relation: 'same-speaker', when: 'before' });
    expect(builds).toBe(0);
  });

  it('leaves switched-off sets out, and picks up a set switched back on', async () => {
    const set = talksSet();
    await store.importSet(set, buildIndex(set), { fileName: 'talks.json' });
    const service = new ReferenceService(store, countingBuild);
    await store.setEnabled(set.id, false);
    expect(await service.matchFindings(article, [QUOTE], [])).toEqual([]);
    await store.setEnabled(set.id, true);
    expect(await service.matchFindings(article, [QUOTE], [])).toHaveLength(1);
  });

  it('rebuilds and stores an index an earlier version stored in another format', async () => {
    const set = talksSet();
    const old = { ...buildIndex(set), version: -1 } as MatchingIndex;
    const { entry } = (await store.importSet(set, old, { fileName: 'talks.json' })) as {
      entry: { revision: number };
    };
    const service = new ReferenceService(store, countingBuild);
    expect(await service.matchFindings(article, [QUOTE], [])).toHaveLength(1);
    expect(builds).toBe(1);
    expect((await store.getIndex(set.id))!).toMatchObject({
      revision: entry.revision,
      index: { version: buildIndex(set).version },
    });
    // Loaded once: later questions use the cache.
    await service.matchFindings(article, [QUOTE], []);
    expect(builds).toBe(1);
  });

  it('runs its preparation once, before the first question', async () => {
    let prepared = 0;
    const service = new ReferenceService(store, countingBuild, async () => {
      prepared++;
      const set = talksSet();
      await store.importSet(set, buildIndex(set), { fileName: 'talks.json' });
    });
    expect(await service.matchFindings(article, [QUOTE], [])).toHaveLength(1);
    await service.matchFindings(article, [QUOTE], []);
    expect(prepared).toBe(1);
  });
});
