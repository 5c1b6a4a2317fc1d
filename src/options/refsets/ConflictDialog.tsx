import { t } from '../../shared/i18n.ts';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { statementCount } from '../../ui/counts.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { provenance } from './describe.ts';
import type { ConflictChoice, IncomingSet } from './import-protocol.ts';

interface ConflictDialogProps {
  existing: RefSetEntry;
  incoming: IncomingSet;
  onChoose: (choice: ConflictChoice) => void;
}

/** A set with the same id is stored: the user says what happens, and keeping both is the default. */
export function ConflictDialog({ existing, incoming, onChoose }: ConflictDialogProps) {
  const bundled = existing.origin === 'bundled';
  return (
    <Dialog title={t('options_conflictTitle', existing.id)} onCancel={() => onChoose('cancel')}>
      <dl class="conflict">
        <dt>{t('options_conflictStored')}</dt>
        <dd>
          {t(
            'options_conflictStoredSet',
            existing.title,
            statementCount(existing.statementCount),
            provenance(existing),
          )}
        </dd>
        <dt>{t('options_conflictNew')}</dt>
        <dd>
          {t('options_conflictNewSet', incoming.title, statementCount(incoming.statementCount))}
        </dd>
      </dl>
      <p>{bundled ? t('options_conflictBundled') : t('options_conflictImported')}</p>
      <div class="dialog-actions">
        {!bundled && (
          <button type="button" class="danger" onClick={() => onChoose('replace')}>
            {t('options_conflictReplace')}
          </button>
        )}
        <button type="button" autofocus onClick={() => onChoose('keep-both')}>
          {t('options_conflictKeepBoth')}
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          {t('options_conflictCancel')}
        </button>
      </div>
    </Dialog>
  );
}
