/**
 * Matching lives here, in the background, once for the whole browser: ten
 * open news tabs share one copy of each set's index instead of holding ten.
 * Content scripts send their findings (see `matchFindings` in protocol.ts).
 *
 * The background may be stopped whenever it idles (Chrome's service worker
 * after 30 s), so nothing here is more than a cache: indexes load from the
 * store on the first question after a start (about 50 ms for 100,000
 * statements), and statement texts are read only for the notes shown.
 */
import { MatchLibrary, StaleIndexError, StatementIndex } from '../core/match/index.ts';
import type { Speaker, Statement } from '../core/refset/types.ts';
import type { ArticleMeta, ClaimFinding, ContextNote, QuoteFinding } from '../core/types.ts';
import type { RefSetEntry, RefSetStore } from '../shared/refset-store/index.ts';
import type { IndexBuilder } from '../shared/refset-store/matching-index.ts';

type Store = Pick<
  RefSetStore,
  'listEnabled' | 'getIndex' | 'getSet' | 'saveIndex' | 'getStatements'
>;

/** Indexes matched beside the stored sets' ("Your reading"), with their own statements. */
export interface ExtraIndexes {
  indexes(): Promise<StatementIndex[]>;
  owns(setId: string): boolean;
  statements(setId: string, positions: readonly number[]): Promise<ReadonlyMap<number, Statement>>;
}

export class ReferenceService {
  /** Loaded indexes by set id, each for the revision it was loaded at. */
  private readonly loaded = new Map<
    string,
    { revision: number; index: Promise<StatementIndex | null> }
  >();
  private prepared: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly buildIndex: IndexBuilder,
    /** Runs once before the first match (storing the bundled set if an install failed). */
    private readonly prepare: () => Promise<void> = async () => {},
    private readonly extra?: ExtraIndexes,
  ) {}

  /** The enabled sets' speakers, first set first: who "Your reading" reuses. */
  async knownSpeakers(): Promise<Speaker[][]> {
    return (await this.enabledIndexes()).map((index) => index.stored.speakers);
  }

  async matchFindings(
    article: ArticleMeta,
    quotes: readonly QuoteFinding[],
    claims: readonly ClaimFinding[],
  ): Promise<ContextNote[]> {
    this.prepared ??= this.prepare().catch(() => {});
    await this.prepared;
    const extra = this.extra;
    const indexes = [...(await this.enabledIndexes()), ...((await extra?.indexes()) ?? [])];
    if (indexes.length === 0) return [];
    const library = new MatchLibrary(indexes, (setId, positions) =>
      extra?.owns(setId)
        ? extra.statements(setId, positions)
        : this.store.getStatements(setId, positions),
    );
    return library.matchFindings([...quotes, ...claims], article);
  }

  /** The indexes of the enabled sets, loading what changed since the last question. */
  private async enabledIndexes(): Promise<StatementIndex[]> {
    const enabled = await this.store.listEnabled();
    const wanted = new Set(enabled.map((entry) => entry.id));
    for (const id of this.loaded.keys()) if (!wanted.has(id)) this.loaded.delete(id);
    const indexes = await Promise.all(
      enabled.map((entry) => {
        let cached = this.loaded.get(entry.id);
        if (cached?.revision !== entry.revision) {
          cached = { revision: entry.revision, index: this.load(entry) };
          this.loaded.set(entry.id, cached);
        }
        return cached.index;
      }),
    );
    return indexes.filter((index): index is StatementIndex => index !== null);
  }

  /**
   * A set's index as stored; one of another format version (stored by an
   * earlier Backstory) is rebuilt from the set and stored again. A set that
   * cannot be loaded is left out of matching rather than failing every note.
   */
  private async load(entry: RefSetEntry): Promise<StatementIndex | null> {
    try {
      const record = await this.store.getIndex(entry.id);
      if (record && record.revision === entry.revision) return StatementIndex.load(record.index);
      throw new StaleIndexError('the stored index is for another revision of the set');
    } catch (error) {
      if (!(error instanceof StaleIndexError)) {
        console.error(`Backstory could not load the index of "${entry.id}":`, error);
        return null;
      }
    }
    const set = await this.store.getSet(entry.id);
    if (!set) return null;
    const rebuilt = this.buildIndex(set);
    await this.store.saveIndex(entry.id, entry.revision, rebuilt);
    return StatementIndex.load(rebuilt);
  }
}
