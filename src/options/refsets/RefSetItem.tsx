import { useId, useState } from 'preact/hooks';
import type { RefSet } from '../../core/refset/types.ts';
import { t } from '../../shared/i18n.ts';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { fileSize, speakerCount, statementCount } from '../../ui/counts.ts';
import { Switch } from '../../ui/Switch.tsx';
import { provenance } from './describe.ts';
import { RenameForm } from './RenameForm.tsx';
import { StatementBrowser } from './StatementBrowser.tsx';

interface RefSetItemProps {
  entry: RefSetEntry;
  onToggle: (enabled: boolean) => void;
  onExport: () => void;
  /** Absent for the bundled set, which can be switched off but not deleted. */
  onDelete?: () => void;
  /** Absent for the bundled set, which keeps its title; resolves once the new title is stored. */
  onRename?: (title: string) => Promise<boolean>;
  /** The whole set, read when the reader opens its statements. */
  loadSet: () => Promise<RefSet | undefined>;
}

/** One stored set: what it holds, where it came from, whether matching uses it. */
export function RefSetItem({
  entry,
  onToggle,
  onExport,
  onDelete,
  onRename,
  loadSet,
}: RefSetItemProps) {
  const titleId = useId();
  const [renaming, setRenaming] = useState(false);
  return (
    <li class="refset" data-set-id={entry.id}>
      <div class="refset-main">
        {renaming && onRename ? (
          <RenameForm
            title={entry.title}
            onSave={async (title) => {
              if (await onRename(title)) setRenaming(false);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <h3 class="refset-title" id={titleId}>
            {entry.title}
          </h3>
        )}
        <p class="refset-counts">
          {statementCount(entry.statementCount)} · {speakerCount(entry.speakerCount)} ·{' '}
          {fileSize(entry.bytes)}
        </p>
        <p class="refset-origin muted">
          {provenance(entry)} · {t('options_setIdLabel')} <code>{entry.id}</code>
        </p>
      </div>
      <div class="refset-actions">
        <Switch
          label={t('options_useForMatching')}
          checked={entry.enabled}
          describedBy={titleId}
          onChange={onToggle}
        />
        <button type="button" onClick={onExport} aria-describedby={titleId}>
          {t('options_export')}
        </button>
        {onRename && !renaming && (
          <button type="button" onClick={() => setRenaming(true)} aria-describedby={titleId}>
            {t('options_rename')}
          </button>
        )}
        {onDelete && (
          <button type="button" class="danger" onClick={onDelete} aria-describedby={titleId}>
            {t('options_delete')}
          </button>
        )}
      </div>
      <StatementBrowser key={entry.revision} load={loadSet} />
    </li>
  );
}
