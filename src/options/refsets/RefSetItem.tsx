import { useId } from 'preact/hooks';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { Switch } from '../../ui/Switch.tsx';
import { counted, fileSize, provenance } from './describe.ts';

interface RefSetItemProps {
  entry: RefSetEntry;
  onToggle: (enabled: boolean) => void;
  onExport: () => void;
  /** Absent for the bundled set, which can be switched off but not deleted. */
  onDelete?: () => void;
}

/** One stored set: what it holds, where it came from, whether matching uses it. */
export function RefSetItem({ entry, onToggle, onExport, onDelete }: RefSetItemProps) {
  const titleId = useId();
  return (
    <li class="refset" data-set-id={entry.id}>
      <div class="refset-main">
        <h3 class="refset-title" id={titleId}>
          {entry.title}
        </h3>
        <p class="refset-counts">
          {counted(entry.statementCount, 'statement')} · {counted(entry.speakerCount, 'speaker')} ·{' '}
          {fileSize(entry.bytes)}
        </p>
        <p class="refset-origin muted">
          {provenance(entry)} · id <code>{entry.id}</code>
        </p>
      </div>
      <div class="refset-actions">
        <Switch
          label="Use for matching"
          checked={entry.enabled}
          describedBy={titleId}
          onChange={onToggle}
        />
        <button type="button" onClick={onExport} aria-describedby={titleId}>
          Export
        </button>
        {onDelete && (
          <button type="button" class="danger" onClick={onDelete} aria-describedby={titleId}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
