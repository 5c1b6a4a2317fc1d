import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { saveFile } from '../../ui/save-file.ts';
import type { RefSetsConnection } from './connection.ts';
import { counted } from './describe.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { RefSetItem } from './RefSetItem.tsx';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The options page's "Reference sets" section: every stored set with its
 * size and origin, a switch to use it for matching, export, delete (imported
 * sets only, after a confirmation in the page), and the import.
 */
export function ReferenceSets({ connection }: { connection: RefSetsConnection }) {
  const [sets, setSets] = useState<RefSetEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [toDelete, setToDelete] = useState<RefSetEntry | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeadingWhenClosed = useRef(false);

  const refresh = useCallback(
    () =>
      connection.list().then(
        (list) => {
          setSets(list);
          setProblem(null);
        },
        (error) => setProblem(`The reference sets could not be read: ${messageOf(error)}`),
      ),
    [connection],
  );
  useEffect(() => {
    refresh();
    return connection.watch(refresh);
  }, [connection, refresh]);
  // After a deletion the row and its button are gone: focus the section rather than lose it
  // to the page. An effect, so it runs after the closing dialog has put focus back.
  useEffect(() => {
    if (toDelete || !focusHeadingWhenClosed.current) return;
    focusHeadingWhenClosed.current = false;
    heading.current?.focus();
  }, [toDelete]);

  /** Runs a change, says how it went, and lists the sets again either way. */
  const change = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setStatus(`That did not work: ${messageOf(error)}`);
    }
    await refresh();
  };

  const toggle = (entry: RefSetEntry, enabled: boolean) => {
    // The switch answers at once; the list is read back after the store has it.
    setSets((list) => list?.map((e) => (e.id === entry.id ? { ...e, enabled } : e)) ?? list);
    change(
      () => connection.setEnabled(entry.id, enabled),
      `“${entry.title}” is ${enabled ? 'now' : 'no longer'} used for matching.`,
    );
  };

  const exportSet = (entry: RefSetEntry) =>
    change(async () => {
      const file = await connection.exportFile(entry.id);
      if (!file) throw new Error(`“${entry.title}” is no longer stored`);
      saveFile(file, `${entry.id}.json`);
    }, `Exported “${entry.title}” as ${entry.id}.json.`);

  const confirmDelete = async (entry: RefSetEntry) => {
    await change(() => connection.remove(entry.id), `Deleted “${entry.title}”.`);
    focusHeadingWhenClosed.current = true;
    setToDelete(null);
  };

  return (
    <section aria-labelledby="refsets-heading">
      <h2 id="refsets-heading" ref={heading} tabIndex={-1}>
        Reference sets
      </h2>
      <p class="muted">
        What Backstory compares the quotes in an article with. They are stored in this browser only.
      </p>
      {problem && <p class="problem">{problem}</p>}
      {sets === null && !problem && <p class="muted">Loading…</p>}
      {sets && sets.length === 0 && <p class="muted">No reference sets yet.</p>}
      {sets && sets.length > 0 && (
        <ul class="refsets">
          {sets.map((entry) => (
            <RefSetItem
              key={entry.id}
              entry={entry}
              onToggle={(enabled) => toggle(entry, enabled)}
              onExport={() => exportSet(entry)}
              onDelete={entry.origin === 'imported' ? () => setToDelete(entry) : undefined}
            />
          ))}
        </ul>
      )}
      <ImportPanel connection={connection} announce={setStatus} onEnded={refresh} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {toDelete && (
        <Dialog title={`Delete “${toDelete.title}”?`} onCancel={() => setToDelete(null)}>
          <p>
            Its {counted(toDelete.statementCount, 'statement')} and its index are removed from this
            browser. Export it first if you may want it again.
          </p>
          <div class="dialog-actions">
            <button type="button" class="danger" onClick={() => confirmDelete(toDelete)}>
              Delete
            </button>
            <button type="button" autofocus onClick={() => setToDelete(null)}>
              Keep it
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
