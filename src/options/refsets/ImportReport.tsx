import type { Ref } from 'preact';
import { t } from '../../shared/i18n.ts';
import { speakerCount, statementCount } from '../../ui/counts.ts';
import { MessageList } from '../../ui/MessageList.tsx';
import type { ImportResult } from './import-protocol.ts';

interface ImportReportProps {
  fileName: string;
  result: ImportResult;
  /** Gets the report's element, which takes focus when it appears. */
  focusRef: Ref<HTMLDivElement>;
}

/** How the last import ended, with the exact problems when it failed. Focused when it appears. */
export function ImportReport({ fileName, result, focusRef }: ImportReportProps) {
  return (
    <div ref={focusRef} class={`import-report ${result.status}`} tabIndex={-1}>
      {result.status === 'imported' && (
        <>
          <p class="import-summary">
            {t(
              'options_importedReport',
              result.entry.title,
              statementCount(result.entry.statementCount),
              speakerCount(result.entry.speakerCount),
            )}
          </p>
          {result.warnings.length > 0 && (
            <details>
              <summary>{t('options_importNotes')}</summary>
              <MessageList messages={result.warnings} kind="note" />
            </details>
          )}
        </>
      )}
      {result.status === 'failed' && (
        <>
          <p class="import-summary">{t('options_importFailedReport', fileName)}</p>
          <MessageList messages={result.errors} kind="problem" />
        </>
      )}
      {result.status === 'cancelled' && (
        <p class="import-summary">{t('options_importCancelledReport', fileName)}</p>
      )}
    </div>
  );
}
