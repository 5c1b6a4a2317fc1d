import { CSV_COLUMNS } from '../../core/refset/csv.ts';
import { t } from '../../shared/i18n.ts';
import { richText } from '../../ui/rich-text.tsx';

const code = (name: string) => <code>{name}</code>;
/** The columns the help names apart ("only text is required", speaker, date) come first. */
const OTHER_COLUMNS = CSV_COLUMNS.filter((name) => !['text', 'speaker', 'date'].includes(name));

/** What each import format is, in short; docs/refset-format.md has every field. */
export function FormatHelp() {
  return (
    <details class="format-help">
      <summary>{t('options_helpSummary')}</summary>
      <dl>
        <dt>{t('options_formatBackstory')}</dt>
        <dd>{t('options_helpBackstory')}</dd>
        <dt>{t('options_helpTermClaimReview')}</dt>
        <dd>
          {richText(
            'options_helpClaimReview',
            code('claimReviewed'),
            code('itemReviewed.author'),
            code('reviewRating'),
            code('url'),
          )}
        </dd>
        <dt>{t('options_helpTermCsv')}</dt>
        <dd>
          {richText(
            'options_helpCsv',
            code('text'),
            code('speaker'),
            code('date'),
            OTHER_COLUMNS.flatMap((name, i) => (i === 0 ? [code(name)] : [', ', code(name)])),
          )}
        </dd>
      </dl>
      <p class="muted">{t('options_helpDetect')}</p>
    </details>
  );
}
