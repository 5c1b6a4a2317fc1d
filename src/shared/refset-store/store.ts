import type { IDBPTransaction, StoreNames } from 'idb';
import { formatRefSet } from '../../core/refset/canonical.ts';
import { LIMITS } from '../../core/refset/limits.ts';
import type { RefSet, Statement } from '../../core/refset/types.ts';
import { announceRefSetChange } from './changes.ts';
import { copyUnderFreeId } from './copies.ts';
import {
  openRefSetDatabase,
  REFSET_DB,
  type RefSetDatabase,
  type RefSetSchema,
} from './database.ts';
import type { MatchingIndex } from './matching-index.ts';
import type {
  ImportOutcome,
  ImportSetOptions,
  IndexRecord,
  RefSetEntry,
  StatementChunk,
} from './types.ts';

const ALL_STORES = ['registry', 'sets', 'indexes', 'statements', 'meta'] as const;
/** Statements per stored chunk: a note's few statements cost a few small reads. */
export const STATEMENT_CHUNK = 256;
type WriteTransaction = IDBPTransaction<
  RefSetSchema,
  ArrayLike<StoreNames<RefSetSchema>>,
  'readwrite'
>;

/** The bundled set first, then imported sets in the order they came. */
function listOrder(a: RefSetEntry, b: RefSetEntry): number {
  if (a.origin !== b.origin) return a.origin === 'bundled' ? -1 : 1;
  return a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id);
}

/** A set as stored: its canonical JSON, its statements in chunks, and what the registry says about it. */
function storedForm(set: RefSet) {
  const json = new Blob([formatRefSet(set)], { type: 'application/json' });
  const chunks: StatementChunk[] = [];
  for (let start = 0; start < set.statements.length; start += STATEMENT_CHUNK) {
    chunks.push({
      setId: set.id,
      chunk: start / STATEMENT_CHUNK,
      statements: set.statements.slice(start, start + STATEMENT_CHUNK),
    });
  }
  const summary = {
    id: set.id,
    title: set.title,
    statementCount: set.statements.length,
    speakerCount: set.speakers.length,
    bytes: json.size,
  };
  return { json, chunks, summary };
}

function abortQuietly(tx: WriteTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was left to undo.
  }
}

/**
 * Issues `writes` in `tx` and waits for it to commit. Any failure (a value
 * that cannot be stored, a full disk at commit) aborts the whole
 * transaction, so nothing is ever half-written.
 */
async function commit(tx: WriteTransaction, writes: (() => Promise<unknown>)[]): Promise<void> {
  const requests: Promise<unknown>[] = [];
  try {
    for (const write of writes) requests.push(write());
  } catch (error) {
    abortQuietly(tx);
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  const settled = await Promise.allSettled([...requests, tx.done]);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  // When the browser aborts a transaction (a full disk), every pending request
  // fails with "the transaction was aborted"; the transaction's error says why.
  if (failed) throw tx.error ?? failed.reason;
}

/** Ends a transaction that writes nothing, and waits for it to finish. */
async function discard(tx: WriteTransaction): Promise<void> {
  abortQuietly(tx);
  await tx.done.catch(() => {});
}

/** Hands out the next revision; part of `tx`, so an aborted write uses none. */
async function nextRevision(tx: WriteTransaction): Promise<number> {
  const meta = tx.objectStore('meta');
  const revision = ((await meta.get('revision')) ?? 0) + 1;
  await meta.put(revision, 'revision');
  return revision;
}

/**
 * The reference sets stored in the extension: a registry of small entries,
 * each set's canonical JSON, and each set's matching index. Every change is
 * one IndexedDB transaction: a set, its entry and its index are written
 * together or not at all, and an existing set is only replaced when the
 * caller names the revision the user agreed to replace.
 */
export class RefSetStore {
  private database: Promise<RefSetDatabase> | undefined;

  constructor(
    private readonly name = REFSET_DB,
    private readonly announce: () => void = announceRefSetChange,
  ) {}

  private db(): Promise<RefSetDatabase> {
    this.database ??= openRefSetDatabase(this.name, () => this.close()).catch((error) => {
      this.database = undefined;
      throw error;
    });
    return this.database;
  }

  /** Closes the connection; the next call opens it again. */
  close(): void {
    const database = this.database;
    this.database = undefined;
    database?.then((db) => db.close()).catch(() => {});
  }

  /** Every stored set, the bundled one first. */
  async list(): Promise<RefSetEntry[]> {
    return (await (await this.db()).getAll('registry')).sort(listOrder);
  }

  /** The sets matching should use, each with the revision its index was built from. */
  async listEnabled(): Promise<RefSetEntry[]> {
    return (await this.list()).filter((entry) => entry.enabled);
  }

  async getEntry(id: string): Promise<RefSetEntry | undefined> {
    return (await this.db()).get('registry', id);
  }

  /** The whole set, as validated when it was stored. */
  async getSet(id: string): Promise<RefSet | undefined> {
    const file = await this.getSetFile(id);
    return file && (JSON.parse(await file.text()) as RefSet);
  }

  /** The set as a Backstory JSON file, ready to download. */
  async getSetFile(id: string): Promise<Blob | undefined> {
    return (await (await this.db()).get('sets', id))?.json;
  }

  async getIndex(id: string): Promise<IndexRecord | undefined> {
    return (await this.db()).get('indexes', id);
  }

  /** Statements of a set by position; positions past the end are left out. */
  async getStatements(id: string, positions: readonly number[]): Promise<Map<number, Statement>> {
    const tx = (await this.db()).transaction('statements');
    const chunks = new Map<number, Promise<StatementChunk | undefined>>();
    for (const position of positions) {
      const chunk = Math.floor(position / STATEMENT_CHUNK);
      if (!chunks.has(chunk)) chunks.set(chunk, tx.store.get([id, chunk]));
    }
    const found = new Map<number, Statement>();
    for (const position of positions) {
      const stored = await chunks.get(Math.floor(position / STATEMENT_CHUNK))!;
      const statement = stored?.statements[position % STATEMENT_CHUNK];
      if (statement) found.set(position, statement);
    }
    await tx.done;
    return found;
  }

  /**
   * Stores a rebuilt index (after an update changed the index format), only
   * if the set is still at `revision`; returns whether it was stored.
   */
  async saveIndex(id: string, revision: number, index: MatchingIndex): Promise<boolean> {
    const tx = (await this.db()).transaction(['registry', 'indexes'], 'readwrite');
    const entry = await tx.objectStore('registry').get(id);
    if (entry?.revision !== revision) {
      await discard(tx);
      return false;
    }
    await commit(tx, [() => tx.objectStore('indexes').put({ setId: id, revision, index })]);
    return true;
  }

  /** `set` under the first free copy id (`id-2`, ...), for "keep both". */
  async copyUnderFreeId(set: RefSet): Promise<RefSet> {
    const taken = new Set(await (await this.db()).getAllKeys('registry'));
    return copyUnderFreeId(set, taken);
  }

  /**
   * Stores an imported set with its index. If a set with its id is stored and
   * `options.replace` is not that set's revision, nothing is written and the
   * stored set comes back as the conflict to ask the user about.
   */
  async importSet(
    set: RefSet,
    index: MatchingIndex,
    options: ImportSetOptions,
  ): Promise<ImportOutcome> {
    // Formatting a large set takes a while: done before the transaction, which must not idle.
    const { json, chunks, summary } = storedForm(set);
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const existing = await tx.objectStore('registry').get(set.id);
    if (existing?.origin === 'bundled' && options.replace !== undefined) {
      await discard(tx);
      throw new Error('the bundled set cannot be replaced; keep both instead');
    }
    if (existing && existing.revision !== options.replace) {
      await discard(tx);
      return { status: 'conflict', existing };
    }
    const entry: RefSetEntry = {
      ...summary,
      enabled: existing?.enabled ?? true,
      origin: 'imported',
      importedAt: new Date().toISOString(),
      revision: await nextRevision(tx),
      fileName: options.fileName,
    };
    await this.write(tx, entry, json, chunks, index, existing ? [existing] : []);
    return { status: 'added', entry };
  }

  /**
   * Stores the set that ships with the extension (on install and update),
   * keeping the user's choice to enable it, and drops a bundled set of an
   * earlier version that had another id. An imported set is never
   * overwritten: if one holds the bundled set's id, this fails.
   */
  async installBundled(
    set: RefSet,
    index: MatchingIndex,
    packageVersion: string,
  ): Promise<RefSetEntry> {
    const { json, chunks, summary } = storedForm(set);
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const entries = await tx.objectStore('registry').getAll();
    const previous = entries.find((entry) => entry.id === set.id);
    if (previous?.origin === 'imported') {
      await discard(tx);
      throw new Error(`an imported set already has the bundled set's id "${set.id}"`);
    }
    const stale = entries.filter((entry) => entry.origin === 'bundled' && entry.id !== set.id);
    const entry: RefSetEntry = {
      ...summary,
      enabled: previous?.enabled ?? true,
      origin: 'bundled',
      importedAt: new Date().toISOString(),
      revision: await nextRevision(tx),
      packageVersion,
    };
    await this.write(tx, entry, json, chunks, index, [...stale, ...(previous ? [previous] : [])]);
    return entry;
  }

  /**
   * Writes a set, its entry, its statements and its index in `tx`, first
   * deleting `remove` (a set being replaced, whose chunks may outnumber the
   * new ones), then tells the others.
   */
  private async write(
    tx: WriteTransaction,
    entry: RefSetEntry,
    json: Blob,
    chunks: StatementChunk[],
    index: MatchingIndex,
    remove: RefSetEntry[],
  ): Promise<void> {
    await commit(tx, [
      ...remove.flatMap(({ id }) => this.deletions(tx, id)),
      () => tx.objectStore('registry').put(entry),
      () => tx.objectStore('sets').put({ id: entry.id, json }),
      ...chunks.map((chunk) => () => tx.objectStore('statements').put(chunk)),
      () => tx.objectStore('indexes').put({ setId: entry.id, revision: entry.revision, index }),
    ]);
    this.announce();
  }

  private deletions(tx: WriteTransaction, id: string): (() => Promise<unknown>)[] {
    return [
      () => tx.objectStore('registry').delete(id),
      () => tx.objectStore('sets').delete(id),
      () => tx.objectStore('indexes').delete(id),
      () => tx.objectStore('statements').delete(IDBKeyRange.bound([id, 0], [id, Infinity])),
    ];
  }

  async setEnabled(id: string, enabled: boolean): Promise<RefSetEntry> {
    const tx = (await this.db()).transaction(['registry'], 'readwrite');
    const entry = await tx.objectStore('registry').get(id);
    if (!entry) {
      await discard(tx);
      throw new Error(`there is no set "${id}"`);
    }
    const updated = { ...entry, enabled };
    await commit(tx, [() => tx.objectStore('registry').put(updated)]);
    this.announce();
    return updated;
  }

  /**
   * Gives an imported set a new title, in the registry and in the stored
   * file, so an export carries the name the user chose. The statements and
   * the index do not change, and neither does the revision.
   */
  async rename(id: string, title: string): Promise<RefSetEntry> {
    // The format's own limit, so the renamed set still exports and imports cleanly.
    const trimmed = title.trim().slice(0, LIMITS.name);
    if (trimmed === '') throw new Error('a set needs a title');
    const set = await this.getSet(id);
    const json =
      set && new Blob([formatRefSet({ ...set, title: trimmed })], { type: 'application/json' });
    const tx = (await this.db()).transaction(['registry', 'sets'], 'readwrite');
    const entry = await tx.objectStore('registry').get(id);
    if (entry?.origin !== 'imported' || !json) {
      await discard(tx);
      throw new Error(entry ? 'the bundled set keeps its title' : `there is no set "${id}"`);
    }
    const updated = { ...entry, title: trimmed, bytes: json.size };
    await commit(tx, [
      () => tx.objectStore('registry').put(updated),
      () => tx.objectStore('sets').put({ id, json }),
    ]);
    this.announce();
    return updated;
  }

  /** Deletes an imported set with its index. The bundled set can only be switched off. */
  async delete(id: string): Promise<void> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const entry = await tx.objectStore('registry').get(id);
    if (entry?.origin !== 'imported') {
      await discard(tx);
      if (entry) throw new Error('the bundled set cannot be deleted; switch it off instead');
      return;
    }
    await commit(tx, this.deletions(tx, id));
    this.announce();
  }
}
