import type { NoteStatement } from '../../core/types.ts';
import { noteTitle } from './format.ts';
import { StatementItem } from './StatementItem.tsx';

export interface NoteCardProps {
  /** The quote or claim the note is about, as the article has it. */
  findingText: string;
  speaker: string | null;
  statements: NoteStatement[];
  onClose: () => void;
}

/** The context note for one highlight: what was said before (or after), best first. */
export function NoteCard({ findingText, speaker, statements, onClose }: NoteCardProps) {
  return (
    <section class="card" role="dialog" aria-label="Backstory context note">
      <header>
        <span class="brand">Backstory</span>
        <span class="title">{noteTitle(statements)}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div class="finding">
        <q>{findingText}</q>
        {speaker && <span class="finding-speaker"> — {speaker}</span>}
      </div>
      <ol class="statements">
        {statements.map((statement) => (
          <StatementItem key={statement.id} statement={statement} />
        ))}
      </ol>
    </section>
  );
}
