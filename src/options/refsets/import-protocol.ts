/**
 * The messages between the options page and its import worker. One worker
 * runs one import and is then thrown away, with the memory a large set took.
 */
import type { ImportFormat } from '../../core/refset/index.ts';
import type { RefSetEntry } from '../../shared/refset-store/index.ts';

export type ImportFormatChoice = ImportFormat | 'auto';

/** What the worker is doing, in order. */
export type ImportStage = 'reading' | 'checking' | 'indexing' | 'saving';

/** The user's answer when a set with the same id is already stored. */
export type ConflictChoice = 'replace' | 'keep-both' | 'cancel';

/** The set being imported, as the conflict question shows it. */
export interface IncomingSet {
  id: string;
  title: string;
  statementCount: number;
  speakerCount: number;
}

export interface Conflict {
  existing: RefSetEntry;
  incoming: IncomingSet;
}

export type ImportResult =
  | { status: 'imported'; entry: RefSetEntry; warnings: string[] }
  /** Nothing was stored; `errors` are the validator's messages (the first 50, then a count). */
  | { status: 'failed'; errors: string[] }
  | { status: 'cancelled' };

export type ToImportWorker =
  | { type: 'import'; file: File; format: ImportFormatChoice }
  | { type: 'choose'; choice: ConflictChoice };

export type FromImportWorker =
  | { type: 'stage'; stage: ImportStage }
  | ({ type: 'conflict' } & Conflict)
  | { type: 'finished'; result: ImportResult };
