import type { IDBPTransaction } from 'idb';
import type { StoredIndex } from '../../core/match/stored-index.ts';
import {
  type ReadingArticle,
  readingRefSet,
  newArticles as unheldArticles,
} from '../../core/reading/index.ts';
import type { RefSet, Speaker, Statement } from '../../core/refset/types.ts';
import { announceReadingChange } from './changes.ts';
import {
  openReadingDatabase,
  READING_DB,
  type ReadingDatabase,
  type ReadingSchema,
} from './database.ts';
import {
  type ArticleRecord,
  DEFAULT_LIMIT,
  type LoadedSegment,
  type ReadingState,
  type SegmentRecord,
  type StatementRecord,
} from './types.ts';

const ALL_STORES = [
  'articles',
  'statements',
  'speakers',
  'segments',
  'segmentIndexes',
  'meta',
] as const;
type WriteTransaction = IDBPTransaction<ReadingSchema, typeof ALL_STORES, 'readwrite'>;

/** Builds a segment's index from its statements and the speakers they name (see index-append.ts). */
export type SegmentBuilder = (statements: Statement[], speakers: Speaker[]) => StoredIndex;

/** Chooses what to merge next among the segments (core/match/index-append.ts `nextMerge`). */
export type MergePlanner = (segments: SegmentRecord[]) => number[] | null;

export type RecordOutcome =
  | { status: 'added'; revision: number; segment: LoadedSegment; evicted: number }
  | { status: 'duplicate' };

export interface ReadingSearchHit {
  statement: Statement;
  article: ArticleRecord;
}

const initialState = (): ReadingState => ({
  revision: 0,
  statementCount: 0,
  articleCount: 0,
  nextSeq: 0,
  nextOrder: 0,
  nextSegment: 0,
  limit: DEFAULT_LIMIT,
  evicted: 0,
});

/**
 * Runs a write transaction's body and waits for the commit. Any failure (a
 * value that cannot be stored, a full disk) aborts the whole transaction, so
 * nothing is ever half-written: requests issued before a failure are undone.
 */
async function inWrite<T>(tx: WriteTransaction, body: (writes: Writes) => Promise<T>): Promise<T> {
  const writes = new Writes();
  try {
    const result = await body(writes);
    await Promise.all([...writes.issued, tx.done]);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was left to undo.
    }
    await Promise.allSettled([...writes.issued, tx.done]);
    throw error;
  }
}

/** The requests of one transaction, each observed at once so an abort raises no stray rejection. */
class Writes {
  readonly issued: Promise<unknown>[] = [];
  add(request: Promise<unknown>): void {
    request.catch(() => {});
    this.issued.push(request);
  }
}

/** Ends a transaction that writes nothing. */
async function discard(tx: WriteTransaction): Promise<void> {
  try {
    tx.abort();
  } catch {
    // Already finished.
  }
  await tx.done.catch(() => {});
}

/** A binary search: whether the increasing `seqs` hold `seq`. */
function holds(seqs: Uint32Array, seq: number): boolean {
  let low = 0;
  let high = seqs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (seqs[mid]! < seq) low = mid + 1;
    else high = mid;
  }
  return seqs[low] === seq;
}

/**
 * "Your reading", the set Backstory records from what the user reads. Every
 * change is one IndexedDB transaction: an article, its statements, its
 * speakers, its index segment and the counters are written together or not
 * at all, so a browser closed mid-write loses at most that article and the
 * index never points past what is stored. Forgotten statements stay in their
 * segment's index until it is merged again; the lookup finds no statement
 * for them, and notes leave out what they cannot show.
 */
export class ReadingStore {
  private database: Promise<ReadingDatabase> | undefined;

  constructor(
    private readonly name = READING_DB,
    private readonly announce: () => void = announceReadingChange,
  ) {}

  private db(): Promise<ReadingDatabase> {
    this.database ??= openReadingDatabase(this.name, () => this.close()).catch((error) => {
      this.database = undefined;
      throw error;
    });
    return this.database;
  }

  close(): void {
    const database = this.database;
    this.database = undefined;
    database?.then((db) => db.close()).catch(() => {});
  }

  async state(): Promise<ReadingState> {
    return (await (await this.db()).get('meta', 'state')) ?? initialState();
  }

  async speakers(): Promise<Speaker[]> {
    return (await this.db()).getAll('speakers');
  }

  /** Whether an article with this id or address is recorded: checked before reading it into statements. */
  async has(id: string, url: string): Promise<boolean> {
    const tx = (await this.db()).transaction('articles');
    const found =
      (await tx.store.getKey(id)) !== undefined ||
      (await tx.store.index('url').getKey(url)) !== undefined;
    await tx.done;
    return found;
  }

  /**
   * Records one article with the speakers it adds and its segment's index,
   * in one transaction; an article already recorded (same id or address)
   * writes nothing. Past the size limit the oldest articles go, in the same
   * transaction.
   */
  async record(
    article: ReadingArticle,
    speakers: readonly Speaker[],
    index: StoredIndex,
  ): Promise<RecordOutcome> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const articles = tx.objectStore('articles');
    if (
      (await articles.getKey(article.id)) !== undefined ||
      (await articles.index('url').getKey(article.url)) !== undefined
    ) {
      await discard(tx);
      return { status: 'duplicate' };
    }
    const state = (await tx.objectStore('meta').get('state')) ?? initialState();
    const { statements, ...described } = article;
    const seqs = statements.map((_, i) => state.nextSeq + i);
    const segment: SegmentRecord = {
      segment: state.nextSegment,
      seqs: Uint32Array.from(seqs),
      size: seqs.length,
      live: seqs.length,
    };
    const next: ReadingState = {
      ...state,
      revision: state.revision + 1,
      statementCount: state.statementCount + seqs.length,
      articleCount: state.articleCount + 1,
      nextSeq: state.nextSeq + seqs.length,
      nextOrder: state.nextOrder + 1,
      nextSegment: state.nextSegment + 1,
    };
    const record: ArticleRecord = {
      ...described,
      recordedAt: new Date().toISOString(),
      order: state.nextOrder,
      seqs,
    };
    const evicted = await inWrite(tx, async (writes) => {
      const evicted = next.statementCount > next.limit ? await this.evict(tx, writes, next) : 0;
      writes.add(articles.put(record));
      statements.forEach((statement, i) => {
        writes.add(
          tx.objectStore('statements').put({ seq: seqs[i]!, articleId: article.id, statement }),
        );
      });
      for (const speaker of speakers) writes.add(tx.objectStore('speakers').put(speaker));
      writes.add(tx.objectStore('segments').put(segment));
      writes.add(tx.objectStore('segmentIndexes').put({ segment: segment.segment, index }));
      writes.add(tx.objectStore('meta').put(next, 'state'));
      return evicted;
    });
    this.announce();
    return { status: 'added', revision: next.revision, segment: { segment, index }, evicted };
  }

  /**
   * Deletes the oldest articles until `state` is within its limit, updating
   * `state` and the segments' live counts; part of the caller's transaction.
   */
  private async evict(tx: WriteTransaction, writes: Writes, state: ReadingState): Promise<number> {
    const gone: ArticleRecord[] = [];
    let cursor = await tx.objectStore('articles').index('order').openCursor();
    let remaining = state.statementCount;
    while (cursor && remaining > state.limit) {
      gone.push(cursor.value);
      remaining -= cursor.value.seqs.length;
      cursor = await cursor.continue();
    }
    await this.remove(tx, writes, gone, state);
    state.evicted += gone.length;
    return gone.length;
  }

  /** Deletes articles and their statements, and counts them out of `state` and the segments. */
  private async remove(
    tx: WriteTransaction,
    writes: Writes,
    gone: readonly ArticleRecord[],
    state: ReadingState,
  ): Promise<void> {
    if (gone.length === 0) return;
    const segments = await tx.objectStore('segments').getAll();
    const changed = new Set<SegmentRecord>();
    for (const article of gone) {
      writes.add(tx.objectStore('articles').delete(article.id));
      for (const seq of article.seqs) {
        writes.add(tx.objectStore('statements').delete(seq));
        const segment = segments.find((s) => holds(s.seqs, seq));
        if (segment) {
          segment.live--;
          changed.add(segment);
        }
      }
      state.statementCount -= article.seqs.length;
      state.articleCount--;
    }
    for (const segment of changed) writes.add(tx.objectStore('segments').put(segment));
  }

  /** Every segment with its index, for matching: what the background loads after a start. */
  async loadSegments(): Promise<{ revision: number; segments: LoadedSegment[] }> {
    const tx = (await this.db()).transaction(['segments', 'segmentIndexes', 'meta']);
    const [state, segments, indexes] = await Promise.all([
      tx.objectStore('meta').get('state'),
      tx.objectStore('segments').getAll(),
      tx.objectStore('segmentIndexes').getAll(),
    ]);
    await tx.done;
    const byNumber = new Map(indexes.map((record) => [record.segment, record.index]));
    return {
      revision: state?.revision ?? 0,
      segments: segments.flatMap((segment) => {
        const index = byNumber.get(segment.segment);
        return index ? [{ segment, index }] : [];
      }),
    };
  }

  /** Statements by sequence number; forgotten ones are left out. */
  async statementsAt(seqs: readonly number[]): Promise<Map<number, Statement>> {
    const tx = (await this.db()).transaction('statements');
    const records = await Promise.all(seqs.map((seq) => tx.store.get(seq)));
    await tx.done;
    const found = new Map<number, Statement>();
    for (const record of records) if (record) found.set(record.seq, record.statement);
    return found;
  }

  /**
   * Merges the segments `plan` picks into one (or rebuilds one that has
   * thinned), in a transaction of its own after the statements are read and
   * the index built. If another write changed those segments meanwhile,
   * nothing is written (the next compaction plans again).
   */
  async compact(
    plan: MergePlanner,
    build: SegmentBuilder,
  ): Promise<{ revision: number; removed: number[]; added: LoadedSegment | null } | null> {
    const db = await this.db();
    const segments = await db.getAll('segments');
    const chosen = plan(segments);
    if (!chosen) return null;
    const parts = segments.filter((s) => chosen.includes(s.segment));
    const seqs = parts.flatMap((s) => Array.from(s.seqs)).sort((a, b) => a - b);
    const read = db.transaction(['statements', 'speakers']);
    const [records, speakers] = await Promise.all([
      Promise.all(seqs.map((seq) => read.objectStore('statements').get(seq))),
      read.objectStore('speakers').getAll(),
    ]);
    await read.done;
    const held = records.filter((r): r is StatementRecord => r !== undefined);
    const index =
      held.length > 0
        ? build(
            held.map((r) => r.statement),
            speakers,
          )
        : null;

    const tx = db.transaction(ALL_STORES, 'readwrite');
    const state = (await tx.objectStore('meta').get('state')) ?? initialState();
    const current = await Promise.all(parts.map((p) => tx.objectStore('segments').get(p.segment)));
    if (current.some((c, i) => !c || c.live !== parts[i]!.live)) {
      await discard(tx);
      return null;
    }
    const next = { ...state, revision: state.revision + 1 };
    const added = await inWrite(tx, async (writes) => {
      for (const part of parts) {
        writes.add(tx.objectStore('segments').delete(part.segment));
        writes.add(tx.objectStore('segmentIndexes').delete(part.segment));
      }
      let added: LoadedSegment | null = null;
      if (index) {
        const segment: SegmentRecord = {
          segment: next.nextSegment++,
          seqs: Uint32Array.from(held, (r) => r.seq),
          size: held.length,
          live: held.length,
        };
        writes.add(tx.objectStore('segments').put(segment));
        writes.add(tx.objectStore('segmentIndexes').put({ segment: segment.segment, index }));
        added = { segment, index };
      }
      writes.add(tx.objectStore('meta').put(next, 'state'));
      return added;
    });
    this.announce();
    return { revision: next.revision, removed: chosen, added };
  }

  /** Recorded articles, the latest first. */
  async articles(): Promise<ArticleRecord[]> {
    return (await (await this.db()).getAll('articles')).sort((a, b) => b.order - a.order);
  }

  /**
   * Statements whose words, speaker description, outlet or headline contain
   * `query` (case aside), latest article first, at most `limit`.
   */
  async search(query: string, limit = 200): Promise<ReadingSearchHit[]> {
    const wanted = query.trim().toLowerCase();
    const db = await this.db();
    const articles = new Map((await db.getAll('articles')).map((a) => [a.id, a]));
    const speakers = new Map((await db.getAll('speakers')).map((s) => [s.id, s.name]));
    const hits: ReadingSearchHit[] = [];
    let cursor = await db.transaction('statements').store.openCursor(null, 'prev');
    while (cursor && hits.length < limit) {
      const { statement, articleId } = cursor.value;
      const article = articles.get(articleId);
      const haystack = [
        statement.text,
        statement.attribution,
        statement.speakerId && speakers.get(statement.speakerId),
        article?.outlet,
        article?.title,
      ]
        .filter(Boolean)
        .join('\n')
        .toLowerCase();
      if (article && haystack.includes(wanted)) hits.push({ statement, article });
      cursor = await cursor.continue();
    }
    return hits;
  }

  /** The speakers' names by id, for listing statements. */
  async speakerNames(): Promise<Map<string, string>> {
    return new Map((await this.speakers()).map((s) => [s.id, s.name]));
  }

  /** Forgets articles by id; returns how many statements went. */
  async forgetArticles(ids: readonly string[]): Promise<number> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const found = await Promise.all(ids.map((id) => tx.objectStore('articles').get(id)));
    const gone = found.filter((a): a is ArticleRecord => a !== undefined);
    return this.forgetIn(tx, gone);
  }

  /** Forgets every article from one site (a site key: host without "www."). */
  async forgetSite(site: string): Promise<number> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const gone = await tx.objectStore('articles').index('site').getAll(site);
    return this.forgetIn(tx, gone);
  }

  private async forgetIn(tx: WriteTransaction, gone: ArticleRecord[]): Promise<number> {
    const state = (await tx.objectStore('meta').get('state')) ?? initialState();
    const next = { ...state, revision: state.revision + 1 };
    await inWrite(tx, async (writes) => {
      await this.remove(tx, writes, gone, next);
      writes.add(tx.objectStore('meta').put(next, 'state'));
    });
    this.announce();
    return gone.reduce((sum, a) => sum + a.seqs.length, 0);
  }

  /** Forgets everything; the size limit stays, sequence numbers are never reused. */
  async clear(): Promise<void> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const state = (await tx.objectStore('meta').get('state')) ?? initialState();
    const next: ReadingState = {
      ...initialState(),
      revision: state.revision + 1,
      nextSeq: state.nextSeq,
      nextOrder: state.nextOrder,
      nextSegment: state.nextSegment,
      limit: state.limit,
    };
    await inWrite(tx, async (writes) => {
      for (const name of ALL_STORES) if (name !== 'meta') writes.add(tx.objectStore(name).clear());
      writes.add(tx.objectStore('meta').put(next, 'state'));
    });
    this.announce();
  }

  /** Sets the size limit; past it, the oldest articles go at once. */
  async setLimit(limit: number): Promise<number> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const state = (await tx.objectStore('meta').get('state')) ?? initialState();
    const next = { ...state, limit, revision: state.revision + 1 };
    const evicted = await inWrite(tx, async (writes) => {
      const evicted = next.statementCount > limit ? await this.evict(tx, writes, next) : 0;
      writes.add(tx.objectStore('meta').put(next, 'state'));
      return evicted;
    });
    this.announce();
    return evicted;
  }

  /** The whole set as a Backstory reference set, oldest article first. */
  async exportSet(): Promise<RefSet> {
    const db = await this.db();
    const tx = db.transaction(['articles', 'statements', 'speakers']);
    const [articles, statements, speakers] = await Promise.all([
      tx.objectStore('articles').getAll(),
      tx.objectStore('statements').getAll(),
      tx.objectStore('speakers').getAll(),
    ]);
    await tx.done;
    const bySeq = new Map(statements.map((r) => [r.seq, r.statement]));
    const full = articles
      .sort((a, b) => a.order - b.order)
      .map((article) => ({
        ...article,
        statements: article.seqs.flatMap((seq) => (bySeq.has(seq) ? [bySeq.get(seq)!] : [])),
      }));
    return readingRefSet(full, speakers);
  }

  /** The ids and addresses of the recorded articles: what an import must not add again. */
  async heldKeys(): Promise<{ ids: Set<string>; urls: Set<string> }> {
    const articles = await (await this.db()).getAll('articles');
    return { ids: new Set(articles.map((a) => a.id)), urls: new Set(articles.map((a) => a.url)) };
  }

  /**
   * Adds imported articles (those not held already) with the speakers they
   * bring, under one segment, in one transaction. Returns how many articles
   * and statements were added.
   */
  async importArticles(
    incoming: readonly ReadingArticle[],
    speakers: readonly Speaker[],
    build: SegmentBuilder,
  ): Promise<{ articles: number; statements: number }> {
    const fresh = unheldArticles(await this.heldKeys(), incoming);
    const statements = fresh.flatMap((a) => a.statements);
    if (statements.length === 0) return { articles: 0, statements: 0 };
    const index = build(statements, [...(await this.speakers()), ...speakers]);
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite');
    const articles = tx.objectStore('articles');
    for (const article of fresh) {
      if (
        (await articles.getKey(article.id)) !== undefined ||
        (await articles.index('url').getKey(article.url)) !== undefined
      ) {
        await discard(tx);
        throw new Error('Your reading changed during the import; import again');
      }
    }
    const state = (await tx.objectStore('meta').get('state')) ?? initialState();
    const next: ReadingState = { ...state, revision: state.revision + 1 };
    await inWrite(tx, async (writes) => {
      // Room for the import: the oldest articles go first.
      next.statementCount += statements.length;
      if (next.statementCount > next.limit) await this.evict(tx, writes, next);
      next.statementCount -= statements.length;
      const allSeqs: number[] = [];
      for (const article of fresh) {
        const { statements: own, ...described } = article;
        const seqs = own.map((_, i) => next.nextSeq + i);
        next.nextSeq += own.length;
        allSeqs.push(...seqs);
        writes.add(
          articles.put({
            ...described,
            recordedAt: new Date().toISOString(),
            order: next.nextOrder++,
            seqs,
          }),
        );
        own.forEach((statement, i) => {
          writes.add(
            tx.objectStore('statements').put({ seq: seqs[i]!, articleId: article.id, statement }),
          );
        });
        next.statementCount += own.length;
        next.articleCount++;
      }
      for (const speaker of speakers) writes.add(tx.objectStore('speakers').put(speaker));
      const segment: SegmentRecord = {
        segment: next.nextSegment++,
        seqs: Uint32Array.from(allSeqs),
        size: allSeqs.length,
        live: allSeqs.length,
      };
      writes.add(tx.objectStore('segments').put(segment));
      writes.add(tx.objectStore('segmentIndexes').put({ segment: segment.segment, index }));
      writes.add(tx.objectStore('meta').put(next, 'state'));
    });
    this.announce();
    return { articles: fresh.length, statements: statements.length };
  }
}
