import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { statementCount } from '../../ui/counts.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { saveFile } from '../../ui/save-file.ts';
import type { RefSetsConnection } from './connection.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { RefSetItem } from './RefSetItem.tsx';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The options page's "Reference sets" section: every stored set with its
 * size and origin, a switch to use it for matching, export, rename and
 * delete (imported sets only, deletion after a confirmation in the page),
 * its statements to browse, and the import. Every change says how it went
 * in a notice that clears itself.
 */
export function ReferenceSets({ connection }: { connection: RefSetsConnection }) {
  const [sets, setSets] = useState<RefSetEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, announce] = useNotice();
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
        (error) => setProblem(t('options_refsetsUnreadable', messageOf(error))),
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
  const change = async (action: () => Promise<unknown>, done: () => string) => {
    let succeeded = false;
    try {
      await action();
      announce(done(), 'done');
      succeeded = true;
    } catch (error) {
      announce(t('options_changeFailed', messageOf(error)), 'problem');
    }
    await refresh();
    return succeeded;
  };

  const toggle = (entry: RefSetEntry, enabled: boolean) => {
    // The switch answers at once; the list is read back after the store has it.
    setSets((list) => list?.map((e) => (e.id === entry.id ? { ...e, enabled } : e)) ?? list);
    change(
      () => connection.setEnabled(entry.id, enabled),
      () => t(enabled ? 'options_setUsed' : 'options_setNotUsed', entry.title),
    );
  };

  const exportSet = (entry: RefSetEntry) =>
    change(
      async () => {
        const file = await connection.exportFile(entry.id);
        if (!file) throw new Error(t('options_setGone', entry.title));
        saveFile(file, `${entry.id}.json`);
      },
      () => t('options_exported', entry.title, `${entry.id}.json`),
    );

  const rename = (entry: RefSetEntry, title: string) =>
    change(
      () => connection.rename(entry.id, title),
      () => t('options_renamed', entry.title, title.trim()),
    );

  const confirmDelete = async (entry: RefSetEntry) => {
    await change(
      () => connection.remove(entry.id),
      () => t('options_deleted', entry.title),
    );
    focusHeadingWhenClosed.current = true;
    setToDelete(null);
  };

  return (
    <section aria-labelledby="refsets-heading">
      <h2 id="refsets-heading" ref={heading} tabIndex={-1}>
        {t('options_refsetsHeading')}
      </h2>
      <p class="muted">{t('options_refsetsIntro')}</p>
      {problem && <p class="problem">{problem}</p>}
      {sets === null && !problem && <p class="muted">{t('common_loading')}</p>}
      {sets && sets.length === 0 && <p class="muted">{t('options_refsetsNone')}</p>}
      {sets && sets.length > 0 && (
        <ul class="refsets">
          {sets.map((entry) => (
            <RefSetItem
              key={entry.id}
              entry={entry}
              onToggle={(enabled) => toggle(entry, enabled)}
              onExport={() => exportSet(entry)}
              onDelete={entry.origin === 'imported' ? () => setToDelete(entry) : undefined}
              onRename={entry.origin === 'imported' ? (title) => rename(entry, title) : undefined}
              loadSet={() => connection.getSet(entry.id)}
            />
          ))}
        </ul>
      )}
      <Notice notice={notice} />
      <ImportPanel
        connection={connection}
        announce={(message) => announce(message, 'progress')}
        onEnded={refresh}
      />
      {toDelete && (
        <Dialog title={t('options_deleteTitle', toDelete.title)} onCancel={() => setToDelete(null)}>
          <p>{t('options_deleteText', statementCount(toDelete.statementCount))}</p>
          <div class="dialog-actions">
            <button type="button" class="danger" onClick={() => confirmDelete(toDelete)}>
              {t('options_delete')}
            </button>
            <button type="button" autofocus onClick={() => setToDelete(null)}>
              {t('options_deleteKeep')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
