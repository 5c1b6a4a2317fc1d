import type { NoteStatement } from '../../core/types.ts';
import { t } from '../../shared/i18n.ts';
import {
  formatStatementDate,
  KIND_LABELS,
  RELATION_LABELS,
  STANCE_LABELS,
  WHEN_LABELS,
} from './format.ts';

/** One earlier (or later) statement in a context note. */
export function StatementItem({ statement }: { statement: NoteStatement }) {
  const date = formatStatementDate(statement.date);
  const { source } = statement;
  // Without a headline, the occasion stands in, so every statement says where it comes from.
  const sourceName = [source?.outlet, source?.title ?? statement.context]
    .filter(Boolean)
    .join(': ');
  return (
    <li class="statement">
      <div class="tags">
        {statement.stance && (
          <span class={`tag stance ${statement.stance}`}>{STANCE_LABELS[statement.stance]}</span>
        )}
        <span class="tag relation">{RELATION_LABELS[statement.relation]}</span>
        {statement.fromReading && (
          <span class="tag from-reading">{t('readingFromYourReading')}</span>
        )}
        {date && (
          <span class="date">
            {statement.fromReading?.visitDated ? t('readingReadOn', date) : date}
            {statement.when && statement.when !== 'before'
              ? ` · ${WHEN_LABELS[statement.when]}`
              : ''}
          </span>
        )}
      </div>
      <p class="who">{statement.attribution ?? statement.speaker ?? 'Unattributed'}</p>
      <blockquote class={`said ${statement.kind ?? 'quote'}`}>
        {statement.kind === 'quote' || statement.kind === undefined ? (
          <q>{statement.text}</q>
        ) : (
          <>
            <span class="kind">{KIND_LABELS[statement.kind]}</span> {statement.text}
          </>
        )}
      </blockquote>
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
