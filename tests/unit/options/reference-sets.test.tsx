// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRefSet } from '../../../src/core/refset/index.ts';
import type { RefSetsConnection } from '../../../src/options/refsets/connection.ts';
import { ReferenceSets } from '../../../src/options/refsets/ReferenceSets.tsx';
import type { RefSetEntry } from '../../../src/shared/refset-store/index.ts';
import { validSet } from '../../support/refset-fixtures.ts';

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
    rename: async (id, title) => {
      state.sets = state.sets.map((s) => (s.id === id ? { ...s, title } : s));
    },
    getSet: async () => undefined,
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
    await vi.waitFor(() =>
      expect(rows()).toEqual([
        { id: 'bundled', enabled: true, buttons: ['Export'] },
        { id: 'mine', enabled: true, buttons: ['Export', 'Rename', 'Delete'] },
      ]),
    );
  });

  it('puts a switch back and says why when the change cannot be stored', async () => {
    const { connection, state } = fakeConnection([entry('mine')]);
    render(<ReferenceSets connection={connection} />, root());
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    state.failNext = true;
    await act(() => document.querySelector<HTMLInputElement>('input[role="switch"]')!.click());
    await vi.waitFor(() => expect(status()).toBe('That did not work: the disk is full'));
    expect(rows()[0]!.enabled).toBe(true);
  });

  it('lists again when another page or the import worker changed the sets', async () => {
    const { connection, changedElsewhere } = fakeConnection([entry('a')]);
    render(<ReferenceSets connection={connection} />, root());
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    await act(() => changedElsewhere([entry('a'), entry('b')]));
    await vi.waitFor(() => expect(rows().map((r) => r.id)).toEqual(['a', 'b']));
  });

  it('says so when the sets cannot be read', async () => {
    const { connection } = fakeConnection([]);
    connection.list = () => Promise.reject(new Error('IndexedDB is unavailable'));
    render(<ReferenceSets connection={connection} />, root());
    await vi.waitFor(() =>
      expect(document.querySelector('.problem')?.textContent).toBe(
        'The reference sets could not be read: IndexedDB is unavailable',
      ),
    );
  });

  it('renames an imported set from its row and says so where the reader looks', async () => {
    const { connection } = fakeConnection([entry('mine')]);
    render(<ReferenceSets connection={connection} />, root());
    await vi.waitFor(() => expect(button('Rename')).toBeDefined());
    await act(() => button('Rename').click());
    const field = document.querySelector<HTMLInputElement>('.rename-form input')!;
    expect(field.value).toBe('Set mine');
    await act(() => {
      field.value = 'Checks I trust';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => document.querySelector<HTMLFormElement>('.rename-form')!.requestSubmit());
    await vi.waitFor(() =>
      expect(document.querySelector('.refset-title')?.textContent).toBe('Checks I trust'),
    );
    expect(document.querySelector('.rename-form')).toBeNull();
    const notice = document.querySelector('[role="status"]')!;
    expect(notice.textContent).toBe('Renamed “Set mine” to “Checks I trust”.');
    expect(notice.classList.contains('visually-hidden')).toBe(false);
  });

  it('clears a confirmation once it is stale', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { connection } = fakeConnection([entry('mine')]);
      render(<ReferenceSets connection={connection} />, root());
      await vi.waitFor(() => expect(rows()).toHaveLength(1));
      await act(() => document.querySelector<HTMLInputElement>('input[role="switch"]')!.click());
      await vi.waitFor(() => expect(status()).toBe('“Set mine” is no longer used for matching.'));
      await act(() => {
        vi.advanceTimersByTime(10_000);
      });
      expect(status()).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('browses a set’s statements and searches them by words and speaker', async () => {
    const parsed = parseRefSet(JSON.stringify(validSet()));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const { connection } = fakeConnection([entry('mine')]);
    connection.getSet = async () => parsed.set;
    render(<ReferenceSets connection={connection} />, root());
    await vi.waitFor(() => expect(document.querySelector('.statement-browser')).not.toBeNull());
    const details = document.querySelector<HTMLDetailsElement>('.statement-browser')!;
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const shown = () => [...document.querySelectorAll('.statement-text')].map((q) => q.textContent);
    await vi.waitFor(() =>
      expect(shown()).toEqual(parsed.set.statements.map((statement) => statement.text)),
    );
    const search = document.querySelector<HTMLInputElement>('.statement-search input')!;
    const first = parsed.set.statements[0]!;
    const word = first.text.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    await act(() => {
      search.value = word;
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(shown()).toContain(first.text);
    expect(shown().every((text) => text!.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    await act(() => {
      search.value = 'zzzz-nothing';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(shown()).toEqual([]);
    expect(document.querySelector('.statement-count')?.textContent).toBe(
      'No statement matches “zzzz-nothing”.',
    );
  });
});

const button = (label: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === label)!;
