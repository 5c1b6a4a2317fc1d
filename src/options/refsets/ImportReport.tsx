import type { Ref } from 'preact';
import { MessageList } from '../../ui/MessageList.tsx';
import { counted } from './describe.ts';
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
            Imported “{result.entry.title}”: {counted(result.entry.statementCount, 'statement')} by{' '}
            {counted(result.entry.speakerCount, 'speaker')}, ready for matching.
          </p>
          {result.warnings.length > 0 && (
            <details>
              <summary>Notes on the file</summary>
              <MessageList messages={result.warnings} noun="note" />
            </details>
          )}
        </>
      )}
      {result.status === 'failed' && (
        <>
          <p class="import-summary">
            {fileName} was not imported, and nothing was changed. What to fix:
          </p>
          <MessageList messages={result.errors} noun="problem" />
        </>
      )}
      {result.status === 'cancelled' && (
        <p class="import-summary">The import of {fileName} was cancelled; nothing was changed.</p>
      )}
    </div>
  );
}
