import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import {
  feedbackExport,
  feedbackKey,
  type NoteFeedback,
  withoutFeedback,
} from '../shared/note-feedback.ts';
import { loadFeedback, saveFeedback, watchFeedback } from '../shared/note-feedback-store.ts';
import { formatRecordedDate } from '../ui/dates.ts';
import { saveFile } from '../ui/save-file.ts';

/** The notes the reader hid or reported wrong, each with undo, and the list as a file for a set's maintainer. */
export function NoteFeedbackSection() {
  const [list, setList] = useState<NoteFeedback[] | null>(null);

  useEffect(() => {
    loadFeedback().then(setList);
    return watchFeedback(setList);
  }, []);

  const undo = (item: NoteFeedback) => {
    const next = withoutFeedback(list ?? [], item);
    setList(next);
    saveFeedback(next);
  };
  const exportList = () => {
    const now = new Date().toISOString();
    const blob = new Blob([feedbackExport(list ?? [], now)], { type: 'application/json' });
    saveFile(blob, `backstory-note-feedback-${now.slice(0, 10)}.json`);
  };

  return (
    <section class="note-feedback">
      <h2>{t('feedbackHeading')}</h2>
      <p class="muted">{t('feedbackIntro')}</p>
      {list && list.length === 0 && <p class="muted">{t('feedbackEmpty')}</p>}
      {list && list.length > 0 && (
        <>
          <ul class="feedback-list">
            {list.map((item) => (
              <li key={feedbackKey(item)}>
                <div>
                  <p class="feedback-what">
                    <strong>
                      {item.verdict === 'wrong' ? t('feedbackReported') : t('feedbackHidden')}
                    </strong>
                    {item.at && <span class="muted"> · {formatRecordedDate(item.at)}</span>}
                  </p>
                  <p class="feedback-statement">
                    {item.speaker && <span>{item.speaker}: </span>}“{item.statementText}”
                  </p>
                  {item.shownFor && (
                    <p class="muted feedback-shown-for">{t('feedbackShownFor', item.shownFor)}</p>
                  )}
                </div>
                <button type="button" onClick={() => undo(item)}>
                  {t('feedbackUndo')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={exportList}>
            {t('feedbackExport')}
          </button>
        </>
      )}
    </section>
  );
}
