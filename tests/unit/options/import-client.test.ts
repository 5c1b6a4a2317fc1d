import { describe, expect, it } from 'vitest';
import { startImport } from '../../../src/options/refsets/import-client.ts';
import type {
  FromImportWorker,
  ImportResult,
  ImportStage,
  ToImportWorker,
} from '../../../src/options/refsets/import-protocol.ts';
import type { RefSetEntry } from '../../../src/shared/refset-store/index.ts';

/** A worker whose replies the test scripts: each message it receives gets the next replies. */
class ScriptedWorker {
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ToImportWorker[] = [];
  terminated = false;

  constructor(private readonly script: FromImportWorker[][]) {}

  postMessage(message: ToImportWorker) {
    this.received.push(message);
    const replies = this.script.shift() ?? [];
    setTimeout(() => {
      for (const data of replies) {
        if (!this.terminated) this.onmessage?.({ data } as MessageEvent<FromImportWorker>);
      }
    });
  }

  terminate() {
    this.terminated = true;
  }

  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

const entry = { id: 'set', title: 'Set', revision: 3 } as RefSetEntry;
const file = new File(['{}'], 'set.json');

function start(script: FromImportWorker[][]) {
  const worker = new ScriptedWorker(script);
  const stages: ImportStage[] = [];
  const running = startImport(
    file,
    'auto',
    (stage) => stages.push(stage),
    () => worker as unknown as Worker,
  );
  return { worker, stages, running };
}

describe('startImport', () => {
  it('sends the file, reports stages, and ends the worker with the result', async () => {
    const result: ImportResult = { status: 'imported', entry, warnings: [] };
    const { worker, stages, running } = start([
      [
        { type: 'stage', stage: 'reading' },
        { type: 'stage', stage: 'checking' },
        { type: 'finished', result },
      ],
    ]);
    expect(await running.step).toEqual(result);
    expect(stages).toEqual(['reading', 'checking']);
    expect(worker.received).toEqual([{ type: 'import', file, format: 'auto' }]);
    expect(worker.terminated).toBe(true);
  });

  it('stops at a conflict and carries the user’s choice to the worker', async () => {
    const incoming = { id: 'set', title: 'New', statementCount: 1, speakerCount: 0 };
    const { worker, running } = start([
      [{ type: 'conflict', existing: entry, incoming }],
      [{ type: 'finished', result: { status: 'cancelled' } }],
    ]);
    const step = await running.step;
    if (step.status !== 'conflict') throw new Error(`expected a conflict, got ${step.status}`);
    expect([step.existing, step.incoming]).toEqual([entry, incoming]);
    expect(worker.terminated).toBe(false);
    expect(await step.choose('cancel')).toEqual({ status: 'cancelled' });
    expect(worker.received.at(-1)).toEqual({ type: 'choose', choice: 'cancel' });
    expect(worker.terminated).toBe(true);
  });

  it('turns a crashed worker into a failure the page can show', async () => {
    const { worker, running } = start([[]]);
    worker.fail('out of memory');
    expect(await running.step).toEqual({
      status: 'failed',
      errors: ['the import stopped unexpectedly: out of memory'],
    });
    expect(worker.terminated).toBe(true);
  });

  it('cancels by ending the worker', async () => {
    const { worker, running } = start([[{ type: 'stage', stage: 'reading' }]]);
    running.cancel();
    expect(await running.step).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });
});
