/**
 * One reference set's index, loaded from its stored form without rebuilding
 * anything: the typed arrays are used as they come out of storage.
 */
import type { Speaker } from '../refset/types.ts';
import { type DayRange, rangeFrom } from './dates.ts';
import { INDEX_FORMAT, INDEX_VERSION, NO_DAY, type StoredIndex } from './stored-index.ts';
import { Vocabulary } from './vocabulary.ts';

/** The first stage reads at least this many of a query's rarest terms, */
const ALWAYS_READ = 3;
/** and skips the others found in more than this share of the set's statements. */
const COMMON_SHARE = 0.1;
/** (in small sets every posting list is short: nothing is skipped). */
const COMMON_MIN_DF = 100;

/** Sides whose statements stay listed between queries (an article names a few speakers). */
const SIDES_KEPT = 64;

/** A stored index that this version of Backstory cannot read: rebuild it from its set. */
export class StaleIndexError extends Error {}

/** The best statements of a first-stage retrieval, best first. */
export interface Candidates {
  statements: Uint32Array;
  scores: Float32Array;
}

export class StatementIndex {
  readonly vocabulary: Vocabulary;
  readonly size: number;
  // Score accumulators, reused between queries (JavaScript runs one query at a time).
  private readonly accumulator: Float32Array;
  private readonly touched: Uint32Array;
  private readonly idfs: Float32Array;
  private bySpeaker: number[][] | undefined;
  /** Statements of a finding's side, by the side's speakers: every finding of a speaker asks. */
  private readonly bySpeakers = new Map<string, number[]>();

  private constructor(readonly stored: StoredIndex) {
    this.vocabulary = new Vocabulary(stored.vocabulary);
    this.size = stored.statementSpeaker.length;
    this.accumulator = new Float32Array(this.size);
    this.touched = new Uint32Array(this.size);
    this.idfs = new Float32Array(stored.df.length).fill(Number.NaN);
  }

  /** Wraps a stored index (as read back from IndexedDB); throws StaleIndexError if it is stale. */
  static load(stored: StoredIndex): StatementIndex {
    if (stored?.format !== INDEX_FORMAT) throw new StaleIndexError('not a Backstory index');
    if (stored.version !== INDEX_VERSION) {
      throw new StaleIndexError(`index version ${stored.version}, expected ${INDEX_VERSION}`);
    }
    return new StatementIndex(stored);
  }

  get setId(): string {
    return this.stored.setId;
  }

  statementId(statement: number): string {
    const offsets = this.stored.statementIdOffsets;
    return this.stored.statementIds.slice(offsets[statement], offsets[statement + 1]);
  }

  speakerOf(statement: number): Speaker | null {
    const at = this.stored.statementSpeaker[statement]!;
    return at < 0 ? null : this.stored.speakers[at]!;
  }

  dateOf(statement: number): DayRange | null {
    const day = this.stored.statementDay[statement]!;
    return day === NO_DAY ? null : rangeFrom(day, this.stored.statementDatePrecision[statement]!);
  }

  /**
   * Statements dated to the day within `radius` days of `day`, at most
   * `limit`, the closest in time first: statements made at the same event.
   */
  statementsAround(day: number, radius: number, limit: number): number[] {
    const { dayOrder, statementDay } = this.stored;
    const dayAt = (k: number) => statementDay[dayOrder[k]!]!;
    let low = 0;
    let high = dayOrder.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (dayAt(mid) < day) low = mid + 1;
      else high = mid;
    }
    // Walk outwards from the day, taking the nearer side first.
    const found: number[] = [];
    let before = low - 1;
    let after = low;
    while (found.length < limit) {
      const gapBefore = before >= 0 ? day - dayAt(before) : Number.POSITIVE_INFINITY;
      const gapAfter = after < dayOrder.length ? dayAt(after) - day : Number.POSITIVE_INFINITY;
      if (Math.min(gapBefore, gapAfter) > radius) break;
      if (gapBefore <= gapAfter) found.push(dayOrder[before--]!);
      else found.push(dayOrder[after++]!);
    }
    return found;
  }

  /** The statements of these speakers (indexes into `stored.speakers`), in set order per speaker. */
  statementsBy(speakers: readonly number[]): readonly number[] {
    const key = speakers.join(',');
    let found = this.bySpeakers.get(key);
    if (!found) {
      found = this.collectStatements(speakers);
      if (this.bySpeakers.size >= SIDES_KEPT) this.bySpeakers.clear();
      this.bySpeakers.set(key, found);
    }
    return found;
  }

  private collectStatements(speakers: readonly number[]): number[] {
    if (!this.bySpeaker) {
      const bySpeaker: number[][] = this.stored.speakers.map(() => []);
      this.stored.statementSpeaker.forEach((speaker, statement) => {
        if (speaker >= 0) bySpeaker[speaker]!.push(statement);
      });
      this.bySpeaker = bySpeaker;
    }
    return speakers.flatMap((speaker) => this.bySpeaker![speaker] ?? []);
  }

  /** Inverse document frequency of a term id (0 = unseen, as rare as can be); computed once per term. */
  idf(termId: number): number {
    if (Number.isNaN(this.idfs[termId])) {
      const df = termId === 0 ? 0 : this.stored.df[termId]!;
      this.idfs[termId] = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
    }
    return this.idfs[termId]!;
  }

  termFlags(termId: number): number {
    return this.stored.termFlags[termId]!;
  }

  /** The statement's text term ids and context term ids, in order. */
  statementTerms(statement: number): { text: number[]; context: number[] } {
    const bytes = this.stored.forward;
    const end = this.stored.forwardOffsets[statement + 1]!;
    const text: number[] = [];
    const context: number[] = [];
    let field = text;
    let at = this.stored.forwardOffsets[statement]!;
    while (at < end) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++]!;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (value === 0) field = context;
      else field.push(value);
    }
    return { text, context };
  }

  /** Indexes (into `stored.topicNames`) of the statement's topics. */
  topicsOf(statement: number): number[] {
    const { topicOffsets, statementTopics } = this.stored;
    return Array.from(
      statementTopics.subarray(topicOffsets[statement], topicOffsets[statement + 1]),
    );
  }

  /** (topic index, position index) pairs of the statement's stances. */
  stancesOf(statement: number): Array<[number, number]> {
    const { stanceOffsets, stances } = this.stored;
    const pairs: Array<[number, number]> = [];
    for (let k = stanceOffsets[statement]!; k < stanceOffsets[statement + 1]!; k++) {
      pairs.push([stances[2 * k]!, stances[2 * k + 1]!]);
    }
    return pairs;
  }

  /**
   * BM25F over the stored impacts: the `limit` best statements for the given
   * term ids, each weighted (a query's repeated or expanded terms count more),
   * then the `extra` statements the caller wants considered whatever their score
   * (the `extraLimit` best of them).
   */
  firstStage(
    termIds: readonly number[],
    weights: readonly number[],
    limit: number,
    extra: readonly number[] = [],
    extraLimit = Number.POSITIVE_INFINITY,
  ): Candidates {
    const { postings, postingOffsets, impactScale, df } = this.stored;
    const accumulator = this.accumulator;
    const touched = this.touched;
    let touchedCount = 0;
    // Words in a large share of the set add little to any score but cost the most to read:
    // beyond the few rarest, they are left to the re-ranker, which sees every word.
    const common = Math.max(COMMON_SHARE * this.size, COMMON_MIN_DF);
    const byRarity = termIds.map((_, q) => q).sort((a, b) => df[termIds[a]!]! - df[termIds[b]!]!);
    for (let rank = 0; rank < byRarity.length; rank++) {
      const q = byRarity[rank]!;
      const id = termIds[q]!;
      if (id === 0 || (rank >= ALWAYS_READ && df[id]! > common)) continue;
      const weight = weights[q]! * impactScale;
      const end = postingOffsets[id + 1]!;
      let at = postingOffsets[id]!;
      let statement = 0;
      while (at < end) {
        let gap = 0;
        let shift = 0;
        let byte: number;
        do {
          byte = postings[at++]!;
          gap |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        statement += gap;
        if (accumulator[statement] === 0) touched[touchedCount++] = statement;
        accumulator[statement]! += weight * postings[at++]!;
      }
    }
    const best = topByScore(accumulator, touched, touchedCount, limit);
    // Extra statements (same day, same speaker) join after the best, with their own scores.
    const chosen = new Set(best.statements);
    // A speaker's side may have thousands of statements: pick the best without sorting them
    // all (as many more as the best list could repeat).
    const pool =
      extra.length > extraLimit + chosen.size
        ? Array.from(
            topByScore(accumulator, extra, extra.length, extraLimit + chosen.size).statements,
          )
        : [...extra].sort((a, b) => accumulator[b]! - accumulator[a]! || a - b);
    const added = pool
      .filter((statement) => !chosen.has(statement) && statement < this.size)
      .slice(0, extraLimit);
    const statements = Uint32Array.from([...best.statements, ...added]);
    const scores = Float32Array.from(statements, (statement) => accumulator[statement]!);
    for (let k = 0; k < touchedCount; k++) accumulator[touched[k]!] = 0;
    return { statements, scores };
  }
}

/** The `limit` highest accumulators among the touched statements, best first (ties: lower index). */
function topByScore(
  accumulator: Float32Array,
  touched: ArrayLike<number>,
  count: number,
  limit: number,
): Candidates {
  const size = Math.min(limit, count);
  // A min-heap of the best `size` statements seen so far; its root is the weakest.
  const heap = new Uint32Array(size);
  let filled = 0;
  const weaker = (a: number, b: number) =>
    accumulator[a]! < accumulator[b]! || (accumulator[a] === accumulator[b] && a > b);
  const siftDown = (from: number) => {
    let parent = from;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= filled) return;
      const right = left + 1;
      const child = right < filled && weaker(heap[right]!, heap[left]!) ? right : left;
      if (!weaker(heap[child]!, heap[parent]!)) return;
      [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
      parent = child;
    }
  };
  for (let k = 0; k < count; k++) {
    const statement = touched[k]!;
    if (filled < size) {
      let child = filled++;
      heap[child] = statement;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!weaker(heap[child]!, heap[parent]!)) break;
        [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
        child = parent;
      }
    } else if (size > 0 && weaker(heap[0]!, statement)) {
      heap[0] = statement;
      siftDown(0);
    }
  }
  const statements = Array.from(heap).sort((a, b) => accumulator[b]! - accumulator[a]! || a - b);
  return {
    statements: Uint32Array.from(statements),
    scores: Float32Array.from(statements, (s) => accumulator[s]!),
  };
}
