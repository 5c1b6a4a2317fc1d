/**
 * What the "Your reading" database holds, as every context sees it: the
 * background records into it and matches against it, the options page
 * lists, searches, forgets, exports and imports.
 */
import type { StoredIndex } from '../../core/match/stored-index.ts';
import type { ReadingArticle } from '../../core/reading/index.ts';
import type { Statement } from '../../core/refset/types.ts';

/** A recorded article, without its statements (they live in `statements`, by sequence number). */
export interface ArticleRecord extends Omit<ReadingArticle, 'statements'> {
  /** When it was recorded, ISO 8601. */
  recordedAt: string;
  /** Recording order: the oldest go first when the set reaches its size limit. */
  order: number;
  /** Its statements' sequence numbers. */
  seqs: number[];
}

export interface StatementRecord {
  /** Unique and never reused: positions in segment indexes point at it. */
  seq: number;
  articleId: string;
  statement: Statement;
}

/** One segment of the matching index (see core/match/index-append.ts), without the index itself. */
export interface SegmentRecord {
  segment: number;
  /** Position in the segment's index -> statement sequence number, increasing. */
  seqs: Uint32Array;
  /** Statements it was built with, and how many of them are still held. */
  size: number;
  live: number;
}

export interface SegmentIndexRecord {
  segment: number;
  index: StoredIndex;
}

/** The set's counters, in one record written with every change. */
export interface ReadingState {
  /** Changes with every write: a reader that cached segments knows to load them again. */
  revision: number;
  statementCount: number;
  articleCount: number;
  nextSeq: number;
  nextOrder: number;
  nextSegment: number;
  /** Most statements kept; past it, the oldest articles go. */
  limit: number;
  /** Articles let go because the limit was reached, since the last clear. */
  evicted: number;
}

/** A segment ready to match: what the background holds in memory. */
export interface LoadedSegment {
  segment: SegmentRecord;
  index: StoredIndex;
}

export const DEFAULT_LIMIT = 100_000;
