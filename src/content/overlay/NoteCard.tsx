import type { NoteStatement } from '../../core/types.ts';
import { t } from '../../shared/i18n.ts';
import { noteTitle } from './format.ts';
import { StatementItem, type StatementItemProps } from './StatementItem.tsx';

export interface NoteCardProps {
  /** The quote or claim the note is about, as the article has it. */
  findingText: string;
  speaker: string | null;
  statements: NoteStatement[];
  showStance: boolean;
  /** Said aloud after the reader hid a statement (empty: nothing to say). */
  status: string;
  onFeedback: StatementItemProps['onFeedback'];
  onClose: () => void;
}

/** The context note for one highlight: what was said before (or after), best first. */
export function NoteCard({
  findingText,
  speaker,
  statements,
  showStance,
  status,
  onFeedback,
  onClose,
}: NoteCardProps) {
  return (
    <section
      class="card"
      role="dialog"
      aria-modal="true"
      aria-label={speaker ? t('cardDialogName', speaker) : t('cardDialogNameUnnamed')}
    >
      <header>
        <span class="brand">{t('extensionName')}</span>
        <span class="title">{noteTitle(statements)}</span>
        <button
          type="button"
          class="close"
          aria-label={t('cardClose')}
          onClick={(event) => event.isTrusted && onClose()}
        >
          ×
        </button>
      </header>
      <div class="finding">
        <q>{findingText}</q>
        {speaker && <span class="finding-speaker"> {t('cardFindingBy', speaker)}</span>}
      </div>
      <ol class="statements">
        {statements.map((statement) => (
          <StatementItem
            key={statement.id}
            statement={statement}
            showStance={showStance}
            onFeedback={onFeedback}
          />
        ))}
      </ol>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
