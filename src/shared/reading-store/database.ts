/**
 * The "Your reading" database, in IndexedDB in the extension's origin (the
 * background records, the options page manages), apart from the reference
 * sets' database so either can change its schema alone.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Speaker } from '../../core/refset/types.ts';
import type {
  ArticleRecord,
  ReadingState,
  SegmentIndexRecord,
  SegmentRecord,
  StatementRecord,
} from './types.ts';

export const READING_DB = 'backstory-reading';
const VERSION = 1;

export interface ReadingSchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { url: string; site: string; order: number };
  };
  statements: { key: number; value: StatementRecord };
  speakers: { key: string; value: Speaker };
  segments: { key: number; value: SegmentRecord };
  segmentIndexes: { key: number; value: SegmentIndexRecord };
  meta: { key: 'state'; value: ReadingState };
}

export type ReadingDatabase = IDBPDatabase<ReadingSchema>;

/** Opens (creating) the database; `onLost` runs when this connection must close. */
export function openReadingDatabase(name: string, onLost: () => void): Promise<ReadingDatabase> {
  return openDB<ReadingSchema>(name, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('url', 'url', { unique: true });
        articles.createIndex('site', 'site');
        articles.createIndex('order', 'order');
        db.createObjectStore('statements', { keyPath: 'seq' });
        db.createObjectStore('speakers', { keyPath: 'id' });
        db.createObjectStore('segments', { keyPath: 'segment' });
        db.createObjectStore('segmentIndexes', { keyPath: 'segment' });
        db.createObjectStore('meta');
      }
    },
    blocking: onLost,
    terminated: onLost,
  });
}
