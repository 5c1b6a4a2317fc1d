/**
 * "Your reading" in the background: recording each article the user reads
 * (when they chose it) from the findings its page already sent for
 * matching, and matching against what was recorded. The segments of its
 * index are held in memory like the other sets' indexes; a recorded article
 * adds its segment to them at once, so the next article's notes see it
 * without loading anything. Another context's change (the options page
 * forgot an article, imported a set) shows as a new revision: the segments
 * are loaded again on the next question.
 */

import { StatementIndex } from '../core/match/index.ts';
import { asSegment, parseSegmentSetId } from '../core/match/index-append.ts';
import {
  canonicalUrl,
  READING_SET_ID,
  type ReadPage,
  readingArticle,
  SpeakerFolder,
  VISIT_DATED,
} from '../core/reading/index.ts';
import type { Speaker, Statement } from '../core/refset/types.ts';
import type { ContextNote } from '../core/types.ts';
import type { LoadedSegment, ReadingStore } from '../shared/reading-store/index.ts';
import { buildReadingSegment, planReadingMerge } from '../shared/reading-store/segments.ts';

interface HeldSegment {
  seqs: Uint32Array;
  index: StatementIndex;
}

export type RecordResult = 'added' | 'duplicate' | 'nothing';

export class ReadingService {
  private held: { revision: number; segments: Map<number, HeldSegment> } | undefined;
  private loading: Promise<Map<number, HeldSegment>> | undefined;
  /** Writes one at a time: two tabs finishing together must not both take the same speaker. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Segments indexed by another Backstory version: rebuilt first by the next compaction. */
  private readonly stale = new Set<number>();
  private folder:
    | { revision: number; known: readonly (readonly Speaker[])[]; folder: SpeakerFolder }
    | undefined;

  constructor(private readonly store: ReadingStore) {}

  /**
   * The segments' indexes, as of the store's current revision. A reading set
   * that cannot be read is left out of matching, never failing the notes
   * from the other sets.
   */
  async indexes(): Promise<StatementIndex[]> {
    try {
      return [...(await this.segments()).values()].map((segment) => segment.index);
    } catch (error) {
      console.error('Backstory could not load "Your reading" for matching:', error);
      return [];
    }
  }

  owns(setId: string): boolean {
    return parseSegmentSetId(setId)?.setId === READING_SET_ID;
  }

  /** Statements of one segment by position in it; forgotten ones are left out. */
  async statements(setId: string, positions: readonly number[]): Promise<Map<number, Statement>> {
    const number = parseSegmentSetId(setId)?.segment;
    const segment = number === undefined ? undefined : (await this.segments()).get(number);
    if (!segment) return new Map();
    const bySeq = await this.store.statementsAt(positions.map((p) => segment.seqs[p]!));
    const found = new Map<number, Statement>();
    for (const position of positions) {
      const statement = bySeq.get(segment.seqs[position]!);
      if (statement) found.set(position, statement);
    }
    return found;
  }

  /** Notes' statements from a segment say they are from "Your reading". */
  label(notes: ContextNote[]): ContextNote[] {
    for (const note of notes) {
      for (const statement of note.statements) {
        if (!statement.setId || !this.owns(statement.setId)) continue;
        statement.setId = READING_SET_ID;
        statement.fromReading = { visitDated: statement.context === VISIT_DATED };
      }
    }
    return notes;
  }

  /**
   * Records a read article; `known` are the other enabled sets' speakers,
   * reused for the people they know. Rejects with the store's error (a full
   * disk: QuotaExceededError), having written nothing.
   */
  record(page: ReadPage, known: readonly (readonly Speaker[])[]): Promise<RecordResult> {
    const run = this.queue.then(() => this.recordNow(page, known));
    this.queue = run.then(
      () => this.compact(),
      () => {},
    );
    return run;
  }

  /** Resolves once every queued write, merges included, is done. */
  async settled(): Promise<void> {
    let queued: Promise<unknown>;
    do {
      queued = this.queue;
      await queued;
    } while (queued !== this.queue);
  }

  private async recordNow(
    page: ReadPage,
    known: readonly (readonly Speaker[])[],
  ): Promise<RecordResult> {
    const url = canonicalUrl(page.url);
    if (!url) return 'nothing';
    // Checked before reading the article into statements, which teaches the folder new speakers.
    if (await this.store.has(page.articleId, url)) return 'duplicate';
    const folder = await this.folderFor(known);
    const built = readingArticle(
      page,
      folder,
      known.map((speakers) => ({ speakers })),
    );
    if (!built) return 'nothing';
    const index = buildReadingSegment(built.article.statements, folder.speakers);
    const before = this.held?.revision;
    const outcome = await this.store.record(built.article, built.speakers, index).catch((error) => {
      this.folder = undefined;
      throw error;
    });
    if (outcome.status === 'duplicate') {
      this.folder = undefined;
      return 'duplicate';
    }
    this.adopt(before, outcome.revision, [], outcome.segment);
    this.folderWrote(outcome.revision);
    return 'added';
  }

  /**
   * The speaker folder over the stored speakers, kept between articles: built
   * afresh (about 10 ms for 2,000 speakers) only when another context wrote
   * or the other sets changed.
   */
  private async folderFor(known: readonly (readonly Speaker[])[]): Promise<SpeakerFolder> {
    const { revision } = await this.store.state();
    const cached = this.folder;
    if (
      cached?.revision === revision &&
      cached.known.length === known.length &&
      cached.known.every((speakers, i) => speakers === known[i])
    ) {
      return cached.folder;
    }
    const folder = new SpeakerFolder(await this.store.speakers(), known);
    this.folder = { revision, known, folder };
    return folder;
  }

  /** Our own write moved the revision on: the kept folder is still current. */
  private folderWrote(revision: number): void {
    if (this.folder?.revision === revision - 1) this.folder.revision = revision;
    else this.folder = undefined;
  }

  /** Merges segments while the plan asks for it, each merge a write of its own. */
  private async compact(): Promise<void> {
    try {
      for (;;) {
        const before = this.held?.revision;
        const merged = await this.store.compact((segments) => {
          const stale = segments.find((s) => this.stale.has(s.segment));
          return stale ? [stale.segment] : planReadingMerge(segments);
        }, buildReadingSegment);
        for (const number of merged?.removed ?? []) this.stale.delete(number);
        if (merged) this.folderWrote(merged.revision);
        if (!merged) return;
        this.adopt(before, merged.revision, merged.removed, merged.added);
      }
    } catch (error) {
      // An unmerged set still matches; the next recording tries again.
      console.error('Backstory could not merge "Your reading" segments:', error);
    }
  }

  /**
   * Applies our own write to the held segments when they were current just
   * before it; otherwise someone else wrote too, and they load again.
   */
  private adopt(
    before: number | undefined,
    revision: number,
    removed: readonly number[],
    added: LoadedSegment | null,
  ): void {
    if (!this.held || before === undefined || revision !== before + 1) {
      this.held = undefined;
      return;
    }
    for (const number of removed) this.held.segments.delete(number);
    if (added) this.held.segments.set(added.segment.segment, held(added));
    this.held.revision = revision;
  }

  private async segments(): Promise<Map<number, HeldSegment>> {
    const { revision } = await this.store.state();
    if (this.held?.revision === revision) return this.held.segments;
    this.loading ??= this.store
      .loadSegments()
      .then(({ revision: loaded, segments }) => {
        const map = new Map<number, HeldSegment>();
        for (const segment of segments) {
          try {
            map.set(segment.segment.segment, held(segment));
          } catch (error) {
            // Indexed by another Backstory version: left out until rebuilt, which starts now.
            console.error(`Backstory rebuilds a "Your reading" segment:`, error);
            this.stale.add(segment.segment.segment);
          }
        }
        if (this.stale.size > 0) this.queue = this.queue.then(() => this.compact());
        this.held = { revision: loaded, segments: map };
        return map;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}

function held({ segment, index }: LoadedSegment): HeldSegment {
  return { seqs: segment.seqs, index: StatementIndex.load(asSegment(index, segment.segment)) };
}
