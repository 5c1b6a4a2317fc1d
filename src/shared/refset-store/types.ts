/**
 * What the reference-set store holds, as every context sees it: the options
 * page lists and edits entries, the import worker adds sets, the background
 * reads enabled sets and their matching indexes.
 */
import type { Statement } from '../../core/refset/types.ts';
import type { MatchingIndex } from './matching-index.ts';

export type RefSetOrigin = 'bundled' | 'imported';

/** One set in the registry: everything the options page lists, without loading the set. */
export interface RefSetEntry {
  id: string;
  title: string;
  statementCount: number;
  speakerCount: number;
  /** The set's size as Backstory JSON, in bytes: what an export downloads. */
  bytes: number;
  /** Whether matching uses the set. */
  enabled: boolean;
  /** The bundled set ships with the extension and cannot be deleted; imported sets are the user's. */
  origin: RefSetOrigin;
  /** When the set was stored (imported, or installed with the extension), ISO 8601. */
  importedAt: string;
  /**
   * Changes whenever the set's contents, and so its index, change (and never
   * repeats, even after a delete): a reader that cached an index by
   * (id, revision) knows when to load it again.
   */
  revision: number;
  /** The name of the file an imported set came from. */
  fileName?: string;
  /** The extension version that installed the bundled set. */
  packageVersion?: string;
}

/** A set's matching index as stored, with the revision of the set it was built from. */
export interface IndexRecord {
  setId: string;
  revision: number;
  index: MatchingIndex;
}

/** Statements `chunk * STATEMENT_CHUNK` onwards of one set, in set order. */
export interface StatementChunk {
  setId: string;
  chunk: number;
  statements: Statement[];
}

/** The full set, kept as its canonical Backstory JSON: exports hand it out as it is. */
export interface SetRecord {
  id: string;
  json: Blob;
}

/** How to store a set whose id is already taken. */
export interface ImportSetOptions {
  fileName: string;
  /**
   * Replace the stored set, only if it is still at this revision (the one the
   * user agreed to replace). Without it an existing set is never touched.
   */
  replace?: number;
}

export type ImportOutcome =
  | { status: 'added'; entry: RefSetEntry }
  /** A set with this id is stored (and was not to be replaced): nothing was written. */
  | { status: 'conflict'; existing: RefSetEntry };
