import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../shared/i18n.ts';
import { fileSize } from '../../ui/counts.ts';
import { Spinner } from '../../ui/Spinner.tsx';
import { ConflictDialog } from './ConflictDialog.tsx';
import type { RefSetsConnection } from './connection.ts';
import { IMPORT_STAGES, stageLabel } from './describe.ts';
import { FormatHelp } from './FormatHelp.tsx';
import { ImportReport } from './ImportReport.tsx';
import type { ImportStep, RunningImport } from './import-client.ts';
import type {
  ConflictChoice,
  ImportFormatChoice,
  ImportResult,
  ImportStage,
} from './import-protocol.ts';

const FORMATS: [ImportFormatChoice, MessageKey][] = [
  ['auto', 'options_formatAuto'],
  ['backstory', 'options_formatBackstory'],
  ['claimreview', 'options_formatClaimReview'],
  ['csv', 'options_formatCsv'],
];

type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; file: File; stage: ImportStage }
  | { phase: 'conflict'; file: File; step: Extract<ImportStep, { status: 'conflict' }> }
  | { phase: 'ended'; file: File; result: ImportResult };

interface ImportPanelProps {
  connection: RefSetsConnection;
  /** Says something to screen readers through the section's live region. */
  announce: (message: string) => void;
  /** An import ended: the list is read again (the store also announces its changes). */
  onEnded: () => void;
}

function outcome(result: ImportResult, fileName: string): string {
  if (result.status === 'imported') return t('options_importedAnnounce', result.entry.title);
  if (result.status === 'cancelled') return t('options_importCancelledAnnounce', fileName);
  return t('options_importFailedAnnounce', fileName);
}

/**
 * Picks a file and its format and imports it in a worker. The page stays
 * usable meanwhile: the list, the switches and the other sections all work
 * while a large file is checked and stored.
 */
export function ImportPanel({ connection, announce, onEnded }: ImportPanelProps) {
  const [format, setFormat] = useState<ImportFormatChoice>('auto');
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const report = useRef<HTMLDivElement>(null);
  const running = useRef<RunningImport | null>(null);
  const busy = state.phase === 'running' || state.phase === 'conflict';

  useEffect(() => {
    if (state.phase === 'ended') report.current?.focus();
  }, [state.phase]);
  // Leaving the page stops the worker; its unfinished transaction stores nothing.
  useEffect(() => () => running.current?.cancel(), []);

  const follow = async (file: File, next: Promise<ImportStep>) => {
    const step = await next;
    if (step.status === 'conflict') {
      setState({ phase: 'conflict', file, step });
      return;
    }
    running.current = null;
    setState({ phase: 'ended', file, result: step });
    announce(outcome(step, file.name));
    onEnded();
  };

  const start = (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (busy || !file) return;
    const onStage = (stage: ImportStage) => {
      setState((current) => (current.phase === 'running' ? { ...current, stage } : current));
      announce(t('options_stageOngoing', stageLabel(stage)));
    };
    running.current = connection.startImport(file, format, onStage);
    setState({ phase: 'running', file, stage: 'reading' });
    follow(file, running.current.step);
  };

  const choose = (choice: ConflictChoice) => {
    if (state.phase !== 'conflict') return;
    setState({ phase: 'running', file: state.file, stage: 'indexing' });
    follow(state.file, state.step.choose(choice));
  };

  return (
    <div class="import" aria-busy={busy}>
      <h3>{t('options_importHeading')}</h3>
      <form class="import-form" onSubmit={start}>
        <label>
          {t('options_importFile')}
          <input
            ref={fileInput}
            type="file"
            name="file"
            accept=".json,.jsonld,.csv,.tsv,.txt,application/json,application/ld+json,text/csv"
            required
          />
        </label>
        <label>
          {t('options_importFormat')}
          <select
            name="format"
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as ImportFormatChoice)}
          >
            {FORMATS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" aria-disabled={busy}>
          {t('options_importButton')}
        </button>
      </form>
      <FormatHelp />
      {state.phase === 'running' && (
        <div class="import-progress">
          <Spinner />
          <span class="import-stage">
            {t(
              'options_importStep',
              IMPORT_STAGES.indexOf(state.stage) + 1,
              IMPORT_STAGES.length,
              stageLabel(state.stage),
              state.file.name,
              fileSize(state.file.size),
            )}
          </span>
          {/* Saving is one short transaction: cancelling it could leave the user unsure what happened. */}
          <button
            type="button"
            disabled={state.stage === 'saving'}
            onClick={() => running.current?.cancel()}
          >
            {t('common_cancel')}
          </button>
        </div>
      )}
      {state.phase === 'conflict' && (
        <ConflictDialog
          existing={state.step.existing}
          incoming={state.step.incoming}
          onChoose={choose}
        />
      )}
      {state.phase === 'ended' && (
        <ImportReport fileName={state.file.name} result={state.result} focusRef={report} />
      )}
    </div>
  );
}
