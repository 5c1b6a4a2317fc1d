// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { RefSetsConnection } from '../../../src/options/refsets/connection.ts';
import { ReferenceSets } from '../../../src/options/refsets/ReferenceSets.tsx';
import type { RefSetEntry } from '../../../src/shared/refset-store/index.ts';

const entry = (id: string, overrides: Partial<RefSetEntry> = {}): RefSetEntry => ({
  id,
  title: `Set ${id}`,
  statementCount: 2,
  speakerCount: 1,
  bytes: 1_500,
  enabled: true,
  origin: 'imported',
  importedAt: '2024-03-05T10:00:00.000Z',
  revision: 1,
  fileName: `${id}.csv`,
  ...overrides,
});

/** A store in memory; `failNext` makes the next change fail as a full disk would. */
function fakeConnection(sets: RefSetEntry[]) {
  const listeners = new Set<() => void>();
  const state = { sets, failNext: false };
  const connection: RefSetsConnection = {
    list: async () => state.sets.map((s) => ({ ...s })),
    watch: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    setEnabled: async (id, enabled) => {
      if (state.failNext) {
        state.failNext = false;
        throw new Error('the disk is full');
      }
      state.sets = state.sets.map((s) => (s.id === id ? { ...s, enabled } : s));
    },
    remove: async () => {},
    exportFile: async () => undefined,
    startImport: () => {
      throw new Error('not used here');
    },
  };
  const changedElsewhere = (next: RefSetEntry[]) => {
    state.sets = next;
    for (const listener of listeners) listener();
  };
  return { connection, state, changedElsewhere };
}

const root = () =>
  document.body.querySelector('#root') ??
  document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));
const rows = () =>
  [...document.querySelectorAll<HTMLElement>('.refset')].map((row) => ({
    id: row.dataset.setId,
    enabled: row.querySelector<HTMLInputElement>('input[role="switch"]')!.checked,
    buttons: [...row.querySelectorAll('button')].map((b) => b.textContent),
  }));
const status = () => document.querySelector('[role="status"]')!.textContent;

afterEach(() => render(null, root()));

describe('ReferenceSets', () => {
  it('lists every set; only imported ones can be deleted', async () => {
    const { connection } = fakeConnection([
      entry('bundled', { origin: 'bundled', packageVersion: '1.0.0' }),
      entry('mine'),
    ]);
    render(<ReferenceSets connection={connection} />, root());
    await settle();
    expect(rows()).toEqual([
      { id: 'bundled', enabled: true, buttons: ['Export'] },
      { id: 'mine', enabled: true, buttons: ['Export', 'Delete'] },
    ]);
  });

  it('puts a switch back and says why when the change cannot be stored', async () => {
    const { connection, state } = fakeConnection([entry('mine')]);
    render(<ReferenceSets connection={connection} />, root());
    await settle();
    state.failNext = true;
    await act(() => document.querySelector<HTMLInputElement>('input[role="switch"]')!.click());
    await settle();
    expect(rows()[0]!.enabled).toBe(true);
    expect(status()).toBe('That did not work: the disk is full');
  });

  it('lists again when another page or the import worker changed the sets', async () => {
    const { connection, changedElsewhere } = fakeConnection([entry('a')]);
    render(<ReferenceSets connection={connection} />, root());
    await settle();
    await act(() => changedElsewhere([entry('a'), entry('b')]));
    await settle();
    expect(rows().map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('says so when the sets cannot be read', async () => {
    const { connection } = fakeConnection([]);
    connection.list = () => Promise.reject(new Error('IndexedDB is unavailable'));
    render(<ReferenceSets connection={connection} />, root());
    await settle();
    expect(document.querySelector('.problem')?.textContent).toBe(
      'The reference sets could not be read: IndexedDB is unavailable',
    );
  });
});
