/**
 * The import worker: reads, validates, indexes and stores a set off the
 * options page's main thread, so a 100,000-statement file never freezes the
 * page. Only wiring; the work is import-job.ts.
 */
import { buildMatchingIndex } from '../../shared/refset-store/matching-index.ts';
import { RefSetStore } from '../../shared/refset-store/store.ts';
import { importFile } from './import-job.ts';
import type { ConflictChoice, FromImportWorker, ToImportWorker } from './import-protocol.ts';

const post = (message: FromImportWorker) => postMessage(message);
let answer: (choice: ConflictChoice) => void = () => {};

addEventListener('message', async ({ data }: MessageEvent<ToImportWorker>) => {
  if (data.type === 'choose') {
    answer(data.choice);
    return;
  }
  const result = await importFile(
    data.file,
    data.format,
    { store: new RefSetStore(), buildIndex: buildMatchingIndex },
    {
      stage: (stage) => post({ type: 'stage', stage }),
      choose: (conflict) =>
        new Promise((resolve) => {
          answer = resolve;
          post({ type: 'conflict', ...conflict });
        }),
    },
  );
  post({ type: 'finished', result });
});
