/**
 * The reference-set database, in IndexedDB in the extension's origin, so the
 * options page, its import worker and the background all open the same one.
 * Sets are far too large for `storage.local` (a 100,000-statement set is
 * about 50 MB); the `unlimitedStorage` permission keeps the browser from
 * evicting them.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { IndexRecord, RefSetEntry, SetRecord, StatementChunk } from './types.ts';

export const REFSET_DB = 'backstory-refsets';
const VERSION = 1;

export interface RefSetSchema extends DBSchema {
  /** One small entry per set: what lists and the background read first. */
  registry: { key: string; value: RefSetEntry };
  sets: { key: string; value: SetRecord };
  indexes: { key: string; value: IndexRecord };
  /** Statements in chunks by position, so a note reads the few it shows, not the whole set. */
  statements: { key: [string, number]; value: StatementChunk };
  /** `revision`: the last revision handed out. */
  meta: { key: 'revision'; value: number };
}

export type RefSetDatabase = IDBPDatabase<RefSetSchema>;

/**
 * Opens (creating or upgrading) the database. `onLost` runs when this
 * connection must go: another context needs a newer version (an extension
 * update; the connection is closed so the upgrade is not held up), or the
 * browser closed it. The caller opens a new one when next needed.
 */
export function openRefSetDatabase(name: string, onLost: () => void): Promise<RefSetDatabase> {
  return openDB<RefSetSchema>(name, VERSION, {
    upgrade(db, oldVersion) {
      // One step per version, so a later version adds its own step after these.
      if (oldVersion < 1) {
        db.createObjectStore('registry', { keyPath: 'id' });
        db.createObjectStore('sets', { keyPath: 'id' });
        db.createObjectStore('indexes', { keyPath: 'setId' });
        db.createObjectStore('statements', { keyPath: ['setId', 'chunk'] });
        db.createObjectStore('meta');
      }
    },
    blocking: onLost,
    terminated: onLost,
  });
}
