import type { NoteStatement } from '../../core/types.ts';
import { t } from '../../shared/i18n.ts';
import type { FeedbackVerdict } from '../../shared/note-feedback.ts';
import {
  dateLine,
  kindLabel,
  relationLabel,
  safeHttpUrl,
  speakerName,
  stanceLabel,
  whySentence,
} from './format.ts';

export interface StatementItemProps {
  statement: NoteStatement;
  showStance: boolean;
  /** The reader hid the statement or reported it wrong; only a real click or key press says so. */
  onFeedback: (statement: NoteStatement, verdict: FeedbackVerdict) => void;
}

/** One earlier (or later) statement in a context note. */
export function StatementItem({ statement, showStance, onFeedback }: StatementItemProps) {
  const { source, review } = statement;
  // Without a headline, the occasion stands in, so every statement says where it comes from.
  const sourceName = [source?.outlet, source?.title ?? statement.context]
    .filter(Boolean)
    .join(': ');
  const sourceUrl = safeHttpUrl(source?.url);
  const reviewUrl = safeHttpUrl(review?.url);
  const act = (verdict: FeedbackVerdict) => (event: MouseEvent) => {
    if (event.isTrusted) onFeedback(statement, verdict);
  };
  return (
    <li class="statement">
      <div class="tags">
        {showStance && statement.stance && (
          <span class={`tag stance ${statement.stance}`}>{stanceLabel(statement.stance)}</span>
        )}
        <span class="tag relation">{relationLabel(statement.relation)}</span>
        {statement.fromReading && (
          <span class="tag from-reading">{t('readingFromYourReading')}</span>
        )}
        <span class={statement.date ? 'date' : 'date undated'}>{dateLine(statement)}</span>
      </div>
      <p class="who">{speakerName(statement)}</p>
      <blockquote class={`said ${statement.kind ?? 'quote'}`}>
        {statement.kind === 'quote' || statement.kind === undefined ? (
          <q>{statement.text}</q>
        ) : (
          <>
            <span class="kind">{kindLabel(statement.kind)}</span> {statement.text}
          </>
        )}
      </blockquote>
      {review && (
        <p class="verdict">
          {review.reviewer
            ? t('cardVerdictBy', review.reviewer, review.rating)
            : t('cardVerdict', review.rating)}
          {reviewUrl && (
            <>
              {' · '}
              <a href={reviewUrl} target="_blank" rel="noopener noreferrer">
                {t('cardVerdictLink')}
              </a>
            </>
          )}
        </p>
      )}
      <p class="why">{whySentence(statement)}</p>
      {sourceName &&
        (sourceUrl ? (
          <a class="source" href={sourceUrl} target="_blank" rel="noopener noreferrer">
            {sourceName}
          </a>
        ) : (
          <p class="source">{sourceName}</p>
        ))}
      <div class="feedback">
        <button type="button" class="hide" onClick={act('hidden')}>
          {t('feedbackHide')}
        </button>
        <button type="button" class="wrong" onClick={act('wrong')}>
          {t('feedbackWrong')}
        </button>
      </div>
    </li>
  );
}
