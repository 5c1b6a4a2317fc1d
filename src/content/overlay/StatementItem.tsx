import type { NoteStatement } from '../../core/types.ts';
import { formatStatementDate, RELATION_LABELS, STANCE_LABELS, WHEN_LABELS } from './format.ts';

/** One earlier (or later) statement in a context note. */
export function StatementItem({ statement }: { statement: NoteStatement }) {
  const date = formatStatementDate(statement.date);
  const { source } = statement;
  const sourceName = [source?.outlet, source?.title].filter(Boolean).join(': ');
  return (
    <li class="statement">
      <div class="tags">
        {statement.stance && (
          <span class={`tag stance ${statement.stance}`}>{STANCE_LABELS[statement.stance]}</span>
        )}
        <span class="tag relation">{RELATION_LABELS[statement.relation]}</span>
        {date && (
          <span class="date">
            {date}
            {statement.when && statement.when !== 'before'
              ? ` · ${WHEN_LABELS[statement.when]}`
              : ''}
          </span>
        )}
      </div>
      <p class="who">{statement.speaker ?? 'Unattributed'}</p>
      <blockquote class="said">{statement.text}</blockquote>
      <p class="why">{statement.why}</p>
      {sourceName &&
        (source?.url ? (
          <a class="source" href={source.url} target="_blank" rel="noopener noreferrer">
            {sourceName}
          </a>
        ) : (
          <p class="source">{sourceName}</p>
        ))}
    </li>
  );
}
