/**
 * The options page's side of an import: starts a worker for one file and
 * turns its messages into steps the page waits on.
 */
import type {
  Conflict,
  ConflictChoice,
  FromImportWorker,
  ImportFormatChoice,
  ImportResult,
  ImportStage,
  ToImportWorker,
} from './import-protocol.ts';

/** Where an import stopped: finished, or waiting for the user to settle a conflict. */
export type ImportStep =
  | ImportResult
  | ({ status: 'conflict'; choose(choice: ConflictChoice): Promise<ImportStep> } & Conflict);

export interface RunningImport {
  /** The first stop. */
  step: Promise<ImportStep>;
  /** Stops the import; a transaction that has not committed stores nothing. */
  cancel(): void;
}

/** The worker script, as build.mjs writes it beside options.js. */
export const createImportWorker = () => new Worker('import-worker.js');

export function startImport(
  file: File,
  format: ImportFormatChoice,
  onStage: (stage: ImportStage) => void,
  createWorker: () => Worker = createImportWorker,
): RunningImport {
  const worker = createWorker();
  let settle: (step: ImportStep) => void = () => {};
  const nextStep = () => new Promise<ImportStep>((resolve) => (settle = resolve));
  const finish = (result: ImportResult) => {
    worker.terminate();
    settle(result);
  };
  const send = (message: ToImportWorker) => worker.postMessage(message);

  worker.onmessage = ({ data }: MessageEvent<FromImportWorker>) => {
    if (data.type === 'stage') onStage(data.stage);
    else if (data.type === 'finished') finish(data.result);
    else {
      const { existing, incoming } = data;
      settle({
        status: 'conflict',
        existing,
        incoming,
        choose(choice) {
          const step = nextStep();
          send({ type: 'choose', choice });
          return step;
        },
      });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({
      status: 'failed',
      errors: [`the import stopped unexpectedly: ${event.message || 'the worker failed'}`],
    });
  };
  const step = nextStep();
  send({ type: 'import', file, format });
  return { step, cancel: () => finish({ status: 'cancelled' }) };
}
