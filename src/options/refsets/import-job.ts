/**
 * One import, from a file to a stored set: read, validate (any supported
 * format), build the matching index, store it all in one transaction. Runs in
 * the import worker; takes its store, index builder and user as arguments,
 * so tests run it in Node.
 */

import { type DecodedText, decodeText } from '../../core/refset/encoding.ts';
import {
  fileSizeProblem,
  importRefSet,
  namesFromFileName,
  type RefSet,
  type RefSetResult,
} from '../../core/refset/index.ts';
import type { IndexBuilder, MatchingIndex, RefSetStore } from '../../shared/refset-store/index.ts';
import type {
  Conflict,
  ConflictChoice,
  ImportFormatChoice,
  ImportResult,
  ImportStage,
} from './import-protocol.ts';

export interface ImportDependencies {
  store: Pick<RefSetStore, 'getEntry' | 'copyUnderFreeId' | 'importSet'>;
  buildIndex: IndexBuilder;
}

export interface ImportListener {
  stage(stage: ImportStage): void;
  /** Asks the user what to do about a stored set with the same id. */
  choose(conflict: Conflict): Promise<ConflictChoice>;
}

/** A failure the user can act on, rather than an exception's name. */
function describeFailure(error: unknown): string {
  const name = (error as { name?: unknown })?.name;
  if (name === 'QuotaExceededError') {
    return 'there is not enough storage space for this set (free some disk space and try again)';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Reads and validates the file; the file's text is dropped as soon as this returns. */
async function readSet(
  file: File,
  format: ImportFormatChoice,
  listener: ImportListener,
): Promise<RefSetResult> {
  const sizeProblem = fileSizeProblem(file.size);
  if (sizeProblem) return { ok: false, errors: [sizeProblem] };
  listener.stage('reading');
  let decoded: DecodedText;
  try {
    // Bytes, not file.text(): that reads everything as UTF-8, and UTF-16 or Latin-1 turns to noise.
    decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    return { ok: false, errors: [`the file could not be read: ${describeFailure(error)}`] };
  }
  listener.stage('checking');
  const result = importRefSet(decoded.text, { from: format, ...namesFromFileName(file.name) });
  return result.ok ? { ...result, warnings: [...decoded.warnings, ...result.warnings] } : result;
}

const incoming = (set: RefSet) => ({
  id: set.id,
  title: set.title,
  statementCount: set.statements.length,
  speakerCount: set.speakers.length,
});

/**
 * Imports `file`. A stored set with the same id is only replaced, or kept
 * beside the new one, when the user says so; any failure stores nothing.
 */
export async function importFile(
  file: File,
  format: ImportFormatChoice,
  { store, buildIndex }: ImportDependencies,
  listener: ImportListener,
): Promise<ImportResult> {
  try {
    const result = await readSet(file, format, listener);
    if (!result.ok) return { status: 'failed', errors: result.errors };
    let set = result.set;
    let replace: number | undefined;
    let built: { set: RefSet; index: MatchingIndex } | undefined;
    for (;;) {
      const existing = await store.getEntry(set.id);
      if (existing && existing.revision !== replace) {
        // Asked before the index is built: the answer may change the set's id.
        const choice = await listener.choose({ existing, incoming: incoming(set) });
        if (choice === 'cancel') return { status: 'cancelled' };
        if (choice === 'replace') replace = existing.revision;
        else [set, replace] = [await store.copyUnderFreeId(set), undefined];
        continue;
      }
      if (built?.set !== set) {
        listener.stage('indexing');
        built = { set, index: buildIndex(set) };
      }
      listener.stage('saving');
      const outcome = await store.importSet(set, built.index, { fileName: file.name, replace });
      if (outcome.status === 'added') {
        return { status: 'imported', entry: outcome.entry, warnings: result.warnings };
      }
      // Another page stored a set under this id meanwhile: ask again.
    }
  } catch (error) {
    return { status: 'failed', errors: [describeFailure(error)] };
  }
}
