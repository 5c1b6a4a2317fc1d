import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { counted, provenance } from './describe.ts';
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
    <Dialog
      title={`A set with the id “${existing.id}” is already here`}
      onCancel={() => onChoose('cancel')}
    >
      <dl class="conflict">
        <dt>Stored</dt>
        <dd>
          “{existing.title}”: {counted(existing.statementCount, 'statement')}.{' '}
          {provenance(existing)}.
        </dd>
        <dt>New</dt>
        <dd>
          “{incoming.title}”: {counted(incoming.statementCount, 'statement')}.
        </dd>
      </dl>
      <p>
        {bundled
          ? 'The set that comes with Backstory cannot be replaced. Keep both to have the new one beside it, under a new id.'
          : 'Replace the stored set with the new one, or keep both (the new one gets a new id).'}
      </p>
      <div class="dialog-actions">
        {!bundled && (
          <button type="button" class="danger" onClick={() => onChoose('replace')}>
            Replace it
          </button>
        )}
        <button type="button" autofocus onClick={() => onChoose('keep-both')}>
          Keep both
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          Cancel import
        </button>
      </div>
    </Dialog>
  );
}
