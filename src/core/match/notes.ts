/**
 * Context notes: for each quote and claim of an article, the few earlier (or
 * later) statements worth a click, with how they relate.
 *
 * Choosing runs on the indexes alone (`chooseNotes`); only the statements
 * chosen are then looked up for display (`composeNotes`), so a large set's
 * texts can stay in storage. `MatchLibrary` ties the two for the background;
 * `buildNotes` does the same on sets in memory (the CLI).
 */
import { type SpeakerTie, speakerIndexOf } from '../refset/membership.ts';
import { stanceRelation } from '../refset/stance.ts';
import type { RefSet, Speaker, Statement, TopicDefinition } from '../refset/types.ts';
import { tokenize } from '../text/tokenize.ts';
import type {
  ArticleMeta,
  ContextNote,
  NoteStatement,
  Relation,
  StanceRelation,
} from '../types.ts';
import { termOf } from './analyze.ts';
import { buildIndex } from './build-index.ts';
import { type DayRange, parseDay, relativeTime } from './dates.ts';
import { FEATURE_NAMES } from './features.ts';
import { type PreparedQuery, pairKey, prepareQuery, querySet } from './query.ts';
import { type RankedStatement, rankInSet } from './ranker.ts';
import { directoryOf, resolveSpeaker } from './speakers.ts';
import { cuedPositions } from './stance.ts';
import { StatementIndex } from './statement-index.ts';
import { whenPhrase, whyPhrase } from './why.ts';

/** What notes need of a quote or claim (a ClaimFinding has no speaker). */
export interface NoteFinding {
  id: string;
  text: string;
  speaker?: string | null;
  speakerId?: string | null;
}

/**
 * Fetches statements of one set by their position in it (IndexedDB in the
 * background, which stores them in chunks of positions; an array in tests).
 */
export type StatementLookup = (
  setId: string,
  positions: readonly number[],
) => Promise<ReadonlyMap<number, Statement>> | ReadonlyMap<number, Statement>;

/**
 * Thresholds, chosen on the recall/false-note curve of bench/notes-dev.mjs
 * (real articles on the bundled set's subject, an editor's labels) with
 * unrelated news pages as the false-alarm check: the less the speakers have
 * in common, the more of the subject the two must share.
 */
export const NOTE_THRESHOLDS = {
  /** Candidates re-ranked per finding and set, and statements from around the article's day. */
  candidates: 20,
  sameEvent: 10,
  /** The speaker's and their side's statements re-ranked beside them, whatever words they share. */
  anchored: 20,
  /** Statements shown per finding. */
  perFinding: 3,
  /** Separate telling things (rare words, or phrases of them) a stranger's statement must share. */
  sharedTerms: 2,
  /** Subject words (telling or topical) a statement of the speaker's own side must share. */
  subjectTerms: 2,
  /**
   * Minimum relatedness per relation: the idf-weighted overlap both ways
   * (geometric mean), or, for a short statement, the share of it the finding covers.
   */
  relatedness: {
    'same-speaker': 0.1,
    'same-organisation': 0.125,
    'same-government': 0.125,
    'same-topic': 0.4,
  } satisfies Record<Relation, number>,
  /** A statement of at most this many terms is measured on its own side, */
  shortStatement: 8,
  /** and one of fewer (a quoted word: "hostile") tells no subject by its wording. */
  fewestTerms: 3,
  /** A restatement of the same claim (ranker probability) is a note whoever said it. */
  restates: 0.5,
  /** Both ways this much of the idf overlaps: the finding itself, or a verbatim repeat. */
  verbatim: 0.8,
  /** A verbatim statement at least this many days before the article was said earlier. */
  earlierDays: 3,
  /** One verbatim match of a finding this long (in terms) says the page is the statement's source; */
  longVerbatim: 6,
  /** else it takes verbatim matches of this many findings from one source. */
  verbatimFindings: 2,
};

/** Words too common in news to tie two statements by themselves. */
const WEAK_STEMS = new Set(
  `say said says told tell year years time times people new make made like know get go going one two
  first last week day today thing way well many much even back take come see want need think
  according including statement official officials report reported news country countries world
  remain remains continue continues express expressed reiterate reiterated stress stressed emphasize
  emphasise warn warned note noted call called add added describe described claim claimed announce
  announced suggest suggested`
    .split(/\s+/)
    .filter(Boolean)
    .map(termOf),
);

const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  (typeof FEATURE_NAMES)[number],
  number
>;

/**
 * A shared word ties two strangers' statements only when it is neither common
 * news language nor spread over much of the set (in a set about North Korea,
 * "Korea" ties nothing). Between a speaker and their own side, the set's
 * topical words count too: they say the two are on the same subject.
 */
function isTelling(index: StatementIndex, id: number): boolean {
  if (WEAK_STEMS.has(index.vocabulary.term(id))) return false;
  return index.size < MIN_SIZE_FOR_SPREAD || index.stored.df[id]! <= MAX_SPREAD * index.size;
}
const MAX_SPREAD = 0.2;
const MIN_SIZE_FOR_SPREAD = 20;

/** Ordering: relation first (same speaker, their side, others), then how close. */
const RELATION_ORDER: Record<Relation, number> = {
  'same-speaker': 3,
  'same-organisation': 2,
  'same-government': 1,
  'same-topic': 0,
};
/**
 * A position on a shared topic makes a statement closer, whichever way it
 * goes: the chip tells the reader which, and a sharp stance read from cue
 * phrases is the likeliest to be wrong, so it earns no more than a repeat.
 */
const STANCE_BONUS = 0.1;

/** A statement chosen for a finding, decided from the index alone. */
export interface ChosenStatement {
  target: string;
  index: StatementIndex;
  statement: number;
  score: number;
  relation: Relation;
  group?: Speaker;
  stance?: StanceRelation;
  stanceTopic?: TopicDefinition;
  /** Shared term ids, most telling first. */
  shared: number[];
  /** Other findings of the page this statement is also shown for. */
  alsoAbout?: string[];
}

interface FindingView {
  /** The finding's speaker in this set, -1 if unknown. */
  speaker: number;
  /** Topic index -> position index. */
  positions: Map<number, number>;
  topics: Set<number>;
}

function isVerbatim(ranked: RankedStatement): boolean {
  const { verbatim } = NOTE_THRESHOLDS;
  return ranked.features[F.queryCover]! >= verbatim && ranked.features[F.textCover]! >= verbatim;
}

/**
 * The finding as this set sees it: its speaker (resolved, or taken from the
 * set's own record of this very quote), and its positions (from that record,
 * or from the topics' cue phrases).
 */
function viewFinding(
  index: StatementIndex,
  finding: NoteFinding,
  prepared: PreparedQuery,
  self: RankedStatement | undefined,
): FindingView {
  const directory = directoryOf(index.stored.speakers);
  let speaker = directory.indexOf(finding.speakerId);
  if (speaker < 0) speaker = directory.resolve(finding.speaker);
  const positions = cuedPositions(index.stored.topics, prepared.query.text);
  const topics = new Set(positions.keys());
  if (self) {
    if (speaker < 0) speaker = index.stored.statementSpeaker[self.statement]!;
    for (const [topic, position] of index.stancesOf(self.statement)) positions.set(topic, position);
    for (const topic of index.topicsOf(self.statement)) topics.add(topic);
  }
  return { speaker, positions, topics };
}

/**
 * The telling terms a statement shares with the query (text and context,
 * most telling first); how many separate things its text shares, where a
 * two-word run that also runs in the query ("United States", "sanctions
 * relief") is one thing, not two; the longest such run; and how many
 * subject words (telling or topical, not common news language) it shares.
 */
function sharedTerms(
  index: StatementIndex,
  query: { ids: ReadonlySet<number>; pairs: ReadonlySet<number> },
  statement: number,
): { all: number[]; units: number; phrase: number; subject: number } {
  const terms = index.statementTerms(statement);
  const subject = new Set<number>();
  for (const id of [...terms.text, ...terms.context])
    if (query.ids.has(id) && !WEAK_STEMS.has(index.vocabulary.term(id))) subject.add(id);
  const shared = (id: number) => query.ids.has(id) && isTelling(index, id);
  const seen = new Set<number>();
  let pairsOfTwo = 0;
  let phrase = 0;
  let run = 0;
  const endRun = () => {
    if (run === 2) pairsOfTwo++;
    phrase = Math.max(phrase, run);
    run = 0;
  };
  let previous = 0;
  for (const id of terms.text) {
    if (!shared(id) || seen.has(id)) {
      endRun();
      previous = 0;
      continue;
    }
    if (previous === 0 || !query.pairs.has(pairKey(previous, id))) endRun();
    run++;
    seen.add(id);
    previous = id;
  }
  endRun();
  const units = seen.size - pairsOfTwo;
  for (const id of terms.context) if (shared(id)) seen.add(id);
  return {
    all: [...seen].sort((a, b) => index.idf(b) - index.idf(a)),
    units,
    phrase,
    subject: subject.size,
  };
}

/** How two speakers (indexes into `speakers`, -1 unknown) are tied; strangers are the same topic. */
function tieOf(
  speakers: readonly Speaker[],
  a: number,
  b: number,
): SpeakerTie | { relation: 'same-topic' } {
  if (a < 0 || b < 0) return { relation: 'same-topic' };
  return (
    speakerIndexOf(speakers).tie(speakers[a]!.id, speakers[b]!.id) ?? { relation: 'same-topic' }
  );
}

/** One finding ranked in one set, and its verbatim matches there (its record, if this is their page). */
interface RankedFinding {
  finding: NoteFinding;
  prepared: PreparedQuery;
  index: StatementIndex;
  ranked: RankedStatement[];
  verbatim: RankedStatement[];
  /** The set's record of this very finding, once the page is known to be its source. */
  self?: RankedStatement;
}

function rankFinding(
  index: StatementIndex,
  finding: NoteFinding,
  prepared: PreparedQuery,
  articleDay: DayRange | null,
): RankedFinding {
  const directory = directoryOf(index.stored.speakers);
  const byId = directory.indexOf(finding.speakerId);
  const named = byId >= 0 ? byId : directory.resolve(finding.speaker);
  // The speaker's own statements and their side's are candidates whatever words they share:
  // the subject gate in chooseInSet decides.
  const speakers = index.stored.speakers;
  const side =
    named < 0
      ? []
      : speakerIndexOf(speakers)
          .side(speakers[named]!.id)
          .map((id) => directory.indexOf(id))
          .sort((a, b) => (a === named ? -1 : b === named ? 1 : 0));
  const ranked = rankInSet(index, prepared, {
    candidates: NOTE_THRESHOLDS.candidates,
    sameEvent: NOTE_THRESHOLDS.sameEvent,
    anchored: index.statementsBy(side),
    anchoredLimit: NOTE_THRESHOLDS.anchored,
  });
  const earlier = (statement: number) => {
    const day = index.dateOf(statement);
    return !!day && !!articleDay && articleDay.first - day.last >= NOTE_THRESHOLDS.earlierDays;
  };
  // The set's records of this very quote: verbatim, not said earlier, and by the named
  // speaker or one they speak for (an article's "Washington" is the State Department's spokesman).
  const verbatim = ranked.filter((r) => {
    if (!isVerbatim(r) || earlier(r.statement)) return false;
    const by = index.stored.statementSpeaker[r.statement]!;
    return tieOf(speakers, named, by).relation !== 'same-topic' || named < 0 || by < 0;
  });
  return { finding, prepared, index, ranked, verbatim };
}

/**
 * The sources of a set that are the page being read: one long verbatim
 * match says so, or verbatim matches of several findings from one source. A
 * short phrase a seed happens to share says nothing.
 */
function sourcesRead(rankings: readonly RankedFinding[]): Set<number> {
  const findingsBySource = new Map<number, number>();
  const read = new Set<number>();
  for (const ranking of rankings) {
    const sources = new Set(
      ranking.verbatim.map((r) => ranking.index.stored.statementSource[r.statement]!),
    );
    for (const source of sources) {
      if (source < 0) continue;
      const count = (findingsBySource.get(source) ?? 0) + 1;
      findingsBySource.set(source, count);
      if (
        count >= NOTE_THRESHOLDS.verbatimFindings ||
        ranking.prepared.terms.length >= NOTE_THRESHOLDS.longVerbatim
      )
        read.add(source);
    }
  }
  return read;
}

/** How much of the subject two texts share, measured on the statement's side when it is short. */
function relatedness(index: StatementIndex, candidate: RankedStatement): number {
  const { features } = candidate;
  const length = index.statementTerms(candidate.statement).text.length;
  if (length < NOTE_THRESHOLDS.fewestTerms) return 0;
  if (length <= NOTE_THRESHOLDS.shortStatement) return features[F.textCover]!;
  return Math.sqrt(features[F.queryCover]! * features[F.textCover]!);
}

/**
 * What of a set the page itself is: the sources it is (every statement of
 * them is the article being read), and the statements it repeats verbatim
 * today (the page's own quotes as the set records them).
 */
interface PageSources {
  sources: ReadonlySet<number>;
  verbatim: Set<number>;
}

function chooseInSet(ranking: RankedFinding, page: PageSources): ChosenStatement[] {
  const { index, finding, prepared, ranked, self } = ranking;
  const view = viewFinding(index, finding, prepared, self);
  const inSet = querySet(prepared, index);
  const query = { ids: new Set(inSet.ids.filter((id) => id !== 0)), pairs: inSet.bigrams };
  const chosen: ChosenStatement[] = [];
  for (const candidate of ranked) {
    // Never the page's own quotes as the set records them, nor the rest of the article
    // being read when the page is a set's source.
    if (
      candidate === self ||
      page.verbatim.has(candidate.statement) ||
      page.sources.has(index.stored.statementSource[candidate.statement]!)
    )
      continue;
    const tie = tieOf(
      index.stored.speakers,
      view.speaker,
      index.stored.statementSpeaker[candidate.statement]!,
    );
    const { relation } = tie;
    const group = 'group' in tie ? tie.group : undefined;
    // Stances compare a speaker with themselves or their own side; between others (North
    // Korea and the UN) a difference is no news and never a contradiction.
    let stance: StanceRelation | undefined;
    let stanceTopic: TopicDefinition | undefined;
    if (relation !== 'same-topic') {
      for (const [topic, position] of index.stancesOf(candidate.statement)) {
        const own = view.positions.get(topic);
        if (own === undefined) continue;
        const definition = index.stored.topics[topic]!;
        stance =
          stanceRelation(definition, definition.positions[position]!, definition.positions[own]!) ??
          undefined;
        stanceTopic = definition;
        // A contradiction is the most telling stance; stop at the first.
        if (stance === 'contradicts') break;
      }
    }
    const shared = sharedTerms(index, query, candidate.statement);
    const related = relatedness(index, candidate);
    // Between strangers: two telling things in common and close wording (or a restatement).
    // Between a speaker and their side: the same subject, told by its words, telling or
    // topical; or positions on a topic both take (the set's curators tied both to it).
    const accepted =
      relation === 'same-topic'
        ? shared.units >= NOTE_THRESHOLDS.sharedTerms &&
          (candidate.score >= NOTE_THRESHOLDS.restates ||
            related >= NOTE_THRESHOLDS.relatedness[relation])
        : stance !== undefined ||
          ((shared.subject >= NOTE_THRESHOLDS.subjectTerms || shared.phrase >= 2) &&
            (candidate.score >= NOTE_THRESHOLDS.restates ||
              related >= NOTE_THRESHOLDS.relatedness[relation]));
    if (!accepted) continue;
    const sharesTopic = index.topicsOf(candidate.statement).some((topic) => view.topics.has(topic));
    const score =
      related + 0.5 * candidate.score + (stance ? STANCE_BONUS : 0) + (sharesTopic ? 0.1 : 0);
    chosen.push({
      target: finding.id,
      index,
      statement: candidate.statement,
      score,
      relation,
      ...(group ? { group } : {}),
      ...(stance ? { stance, stanceTopic } : {}),
      shared: shared.all,
    });
  }
  return chosen;
}

/**
 * The statements worth a note for each finding, at most `perFinding` each:
 * the same speaker's first, then their side's, then others', the closest
 * first within each. A statement may serve several findings of the page
 * (`alsoAbout` names the others). Statements the page repeats verbatim are
 * not shown, and when page-level evidence says the page is a set's source
 * (a seed article), nothing from that source is: the reader is reading it.
 */
export function chooseNotes(
  indexes: readonly StatementIndex[],
  findings: readonly NoteFinding[],
  article: Pick<ArticleMeta, 'published'>,
): ChosenStatement[][] {
  return traceNotes(indexes, findings, article).shown;
}

/** Per finding, what each stage of choosing let through (the notes bench reads the funnel). */
export interface NoteTrace {
  /** Candidates ranked in each set, as positions with their set. */
  candidates: Array<Array<{ index: StatementIndex; statement: number }>>;
  /** Candidates the note rules accepted, best first, before the cap per finding. */
  kept: ChosenStatement[][];
  shown: ChosenStatement[][];
}

const byRelationThenScore = (a: ChosenStatement, b: ChosenStatement) =>
  RELATION_ORDER[b.relation] - RELATION_ORDER[a.relation] || b.score - a.score;

export function traceNotes(
  indexes: readonly StatementIndex[],
  findings: readonly NoteFinding[],
  article: Pick<ArticleMeta, 'published'>,
): NoteTrace {
  const articleDay = parseDay(article.published);
  const rankings = findings.map((finding) => {
    const prepared = prepareQuery({
      text: finding.text,
      speaker: finding.speaker ?? null,
      speakerId: finding.speakerId ?? null,
      date: article.published,
    });
    if (prepared.distinct.size === 0) return [];
    return indexes.map((index) => rankFinding(index, finding, prepared, articleDay));
  });
  const hidden = new Map<StatementIndex, PageSources>();
  for (const index of indexes) {
    const inIndex = rankings.flat().filter((ranking) => ranking.index === index);
    const page: PageSources = { sources: sourcesRead(inIndex), verbatim: new Set() };
    for (const ranking of inIndex) {
      // A statement without a source is this page's when the finding repeats it at length.
      const long = ranking.prepared.terms.length >= NOTE_THRESHOLDS.longVerbatim;
      const records = ranking.verbatim.filter((r) => {
        const source = index.stored.statementSource[r.statement]!;
        return source < 0 ? long : page.sources.has(source);
      });
      ranking.self = records[0];
      for (const r of ranking.verbatim) page.verbatim.add(r.statement);
    }
    hidden.set(index, page);
  }
  const kept = rankings.map((list) =>
    list
      .flatMap((ranking) => chooseInSet(ranking, hidden.get(ranking.index)!))
      .sort(byRelationThenScore),
  );
  const shown = kept.map((list) => list.slice(0, NOTE_THRESHOLDS.perFinding));
  const servedFor = new Map<string, string[]>();
  const keyOf = (chosen: ChosenStatement) => `${chosen.index.setId}\u0000${chosen.statement}`;
  for (const chosen of shown.flat())
    servedFor.set(keyOf(chosen), [...(servedFor.get(keyOf(chosen)) ?? []), chosen.target]);
  for (const chosen of shown.flat()) {
    const others = servedFor.get(keyOf(chosen))!.filter((target) => target !== chosen.target);
    if (others.length > 0) chosen.alsoAbout = others;
  }
  const candidates = rankings.map((list) =>
    list.flatMap(({ index, ranked }) => ranked.map(({ statement }) => ({ index, statement }))),
  );
  return { candidates, kept, shown };
}

/** The statement's words that the finding shares, as the statement writes them. */
function sharedWords(
  index: StatementIndex,
  statement: Statement,
  shared: readonly number[],
): string[] {
  const wanted = new Set(shared.slice(0, 3).map((id) => index.vocabulary.term(id)));
  const words = new Map<string, string>();
  for (const token of tokenize(statement.text)) {
    const term = token.numeric ? token.term : termOf(token.term);
    if (wanted.has(term) && !words.has(term)) {
      words.set(term, statement.text.slice(token.start, token.end).replace(/['’]s$/, ''));
    }
  }
  return shared
    .slice(0, 3)
    .map((id) => words.get(index.vocabulary.term(id)))
    .filter((word): word is string => !!word);
}

/** Turns chosen statements into notes, given the statements themselves. */
export function composeNotes(
  chosen: readonly ChosenStatement[][],
  findings: readonly NoteFinding[],
  article: Pick<ArticleMeta, 'published'>,
  statementOf: (chosen: ChosenStatement) => Statement | undefined,
): ContextNote[] {
  const articleDay = parseDay(article.published);
  const notes: ContextNote[] = [];
  chosen.forEach((list, f) => {
    const statements: NoteStatement[] = [];
    for (const pick of list) {
      const statement = statementOf(pick);
      if (!statement) continue;
      const speaker = pick.index.speakerOf(pick.statement);
      const day = pick.index.dateOf(pick.statement);
      const when = relativeTime(day, articleDay);
      statements.push({
        id: statement.id,
        speakerId: speaker?.id ?? null,
        speaker: speaker?.name ?? null,
        text: statement.text,
        kind: statement.kind,
        ...(statement.attribution ? { attribution: statement.attribution } : {}),
        context: statement.context,
        date: statement.date,
        source: {
          title: statement.source?.title ?? null,
          outlet: statement.source?.outlet ?? null,
          url: statement.source?.url ?? null,
        },
        relation: pick.relation,
        ...(pick.stance ? { stance: pick.stance } : {}),
        score: Math.round(pick.score * 1000) / 1000,
        why: whyPhrase({
          relation: pick.relation,
          ...(pick.group ? { group: pick.group } : {}),
          speaker,
          ...(pick.stance ? { stance: pick.stance, stanceTopic: pick.stanceTopic } : {}),
          when: whenPhrase(day, articleDay),
          shared: sharedWords(pick.index, statement, pick.shared),
        }),
        ...(when ? { when } : {}),
        setId: pick.index.setId,
        ...(pick.alsoAbout ? { alsoAbout: pick.alsoAbout } : {}),
        ...(statement.review
          ? {
              review: {
                rating: statement.review.rating,
                reviewer: statement.review.reviewer,
                url: statement.review.url,
              },
            }
          : {}),
        topics: pick.index
          .topicsOf(pick.statement)
          .map((topic) => pick.index.stored.topics[topic]!.label),
      });
    }
    if (statements.length > 0) notes.push({ target: findings[f]!.id, statements });
  });
  // Best first: the note whose best statement scores highest leads.
  return notes.sort((a, b) => b.statements[0]!.score - a.statements[0]!.score);
}

/**
 * The enabled sets' indexes and a way to fetch their statements: what the
 * background holds, once, for every tab (see README.md).
 */
export class MatchLibrary {
  constructor(
    readonly indexes: readonly StatementIndex[],
    private readonly lookup: StatementLookup,
  ) {}

  /** The speaker id a name means in the first enabled set that knows it (fills `speakerId`). */
  resolveSpeaker(name: string | null | undefined): string | null {
    return resolveSpeaker(
      name,
      this.indexes.map((index) => index.stored),
    );
  }

  /** Notes for an article's quotes and claims, best first. */
  async matchFindings(
    findings: readonly NoteFinding[],
    article: Pick<ArticleMeta, 'published'>,
  ): Promise<ContextNote[]> {
    const chosen = chooseNotes(this.indexes, findings, article);
    const wanted = new Map<StatementIndex, number[]>();
    for (const pick of chosen.flat()) {
      const positions = wanted.get(pick.index) ?? [];
      positions.push(pick.statement);
      wanted.set(pick.index, positions);
    }
    const found = new Map<StatementIndex, ReadonlyMap<number, Statement>>();
    for (const [index, positions] of wanted) {
      found.set(index, await this.lookup(index.setId, positions));
    }
    return composeNotes(chosen, findings, article, (pick) =>
      found.get(pick.index)?.get(pick.statement),
    );
  }
}

const memoryIndexes = new WeakMap<RefSet, StatementIndex>();

/** Notes against sets held in memory (the CLI): each set is indexed once. */
export function buildNotes(
  findings: readonly NoteFinding[],
  article: Pick<ArticleMeta, 'published'>,
  sets: readonly RefSet[],
): ContextNote[] {
  const indexes = sets.map((set) => {
    let index = memoryIndexes.get(set);
    if (!index) {
      index = StatementIndex.load(buildIndex(set));
      memoryIndexes.set(set, index);
    }
    return index;
  });
  const chosen = chooseNotes(indexes, findings, article);
  return composeNotes(
    chosen,
    findings,
    article,
    (pick) => sets[indexes.indexOf(pick.index)]!.statements[pick.statement],
  );
}
