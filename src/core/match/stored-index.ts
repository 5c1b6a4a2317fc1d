/**
 * The stored form of one reference set's index. Every large part is a typed
 * array or one string, so IndexedDB stores it by structured clone (a memory
 * copy, no JSON) and loading it back rebuilds nothing: see statement-index.ts.
 */
import type { Speaker, TopicDefinition } from '../refset/types.ts';
import type { StoredVocabulary } from './vocabulary.ts';

export const INDEX_FORMAT = 'backstory-index';
/**
 * Bumped whenever tokenising, stemming, weighting or the layout changes: a
 * stored index of another version is stale and must be rebuilt from its set.
 */
export const INDEX_VERSION = 2;

/** BM25F: per-field weight and length normalisation, one saturation constant. */
export interface FieldParams {
  weight: number;
  b: number;
}

export interface IndexParams {
  k1: number;
  text: FieldParams;
  context: FieldParams;
  speaker: FieldParams;
}

/** `statementDay` of a statement without a date. */
export const NO_DAY = -2147483648;

export const TERM_NUMERIC = 1;
export const TERM_NAME = 2;

export interface StoredIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  setId: string;
  setTitle: string;
  params: IndexParams;
  /** The set's speakers and stance topics: small, kept as plain objects. */
  speakers: Speaker[];
  topics: TopicDefinition[];
  vocabulary: StoredVocabulary;
  /** Per term id: how many statements contain it (any field). */
  df: Uint32Array;
  /** Per term id: TERM_NUMERIC | TERM_NAME bits. */
  termFlags: Uint8Array;
  /** A posting's impact byte times this is its BM25F score. */
  impactScale: number;
  /** Per term id: the byte range of its postings, (statement gap varint, impact byte) pairs. */
  postingOffsets: Uint32Array;
  postings: Uint8Array;
  /**
   * Per statement: its text's term ids, a 0, then its context's term ids, as
   * varints (phrases and coverage are measured on these when re-ranking).
   */
  forwardOffsets: Uint32Array;
  forward: Uint8Array;
  /** Statement ids, concatenated, with offsets. */
  statementIds: string;
  statementIdOffsets: Uint32Array;
  /** Per statement: index into `speakers`, or -1. */
  statementSpeaker: Int32Array;
  /** Per statement: first day of its date (days since 1970) and its DatePrecision (0 = none). */
  statementDay: Int32Array;
  statementDatePrecision: Uint8Array;
  /** The statements dated to the day, in date order (for "said around the same day" lookups). */
  dayOrder: Uint32Array;
  /** Distinct sources (url, else citation, else outlet and title); per statement an index, or -1. */
  sourceKeys: string[];
  statementSource: Int32Array;
  /** Topic ids: the set's defined topics first (in `topics` order), then other tags statements carry. */
  topicNames: string[];
  /** Per statement: `statementTopics[topicOffsets[i]..topicOffsets[i+1]]` index `topicNames`. */
  topicOffsets: Uint32Array;
  statementTopics: Uint16Array;
  /** Per statement: `stances[stanceOffsets[i]..stanceOffsets[i+1]]` holds (topic, position) index pairs. */
  stanceOffsets: Uint32Array;
  stances: Uint16Array;
}
