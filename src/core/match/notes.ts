/**
 * Context notes: for each quote and claim of an article, the few earlier (or
 * later) statements worth a click, with how they relate.
 *
 * Choosing runs on the indexes alone (`chooseNotes`); only the statements
 * chosen are then looked up for display (`composeNotes`), so a large set's
 * texts can stay in storage. `MatchLibrary` ties the two for the background;
 * `buildNotes` does the same on sets in memory (the CLI).
 */
import { stanceRelation } from '../refset/stance.ts';
import type { RefSet, Speaker, Statement, TopicDefinition } from '../refset/types.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import type {
  ArticleMeta,
  ContextNote,
  NoteStatement,
  Relation,
  StanceRelation,
} from '../types.ts';
import { buildIndex } from './build-index.ts';
import { type DayRange, parseDay, relativeTime } from './dates.ts';
import { FEATURE_NAMES } from './features.ts';
import { type PreparedQuery, pairKey, prepareQuery, querySet } from './query.ts';
import { type RankedStatement, rankInSet } from './ranker.ts';
import { speakerRelation } from './relations.ts';
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
 * Thresholds, set on the leave-one-article-out run over the bundled set and
 * on unrelated news pages (bench/notes-quality.mjs): notes must share at least
 * two telling things with the finding, and the less the speakers have in
 * common, the closer the words must be.
 */
export const NOTE_THRESHOLDS = {
  /** Candidates re-ranked per finding and set, and statements from around the article's day. */
  candidates: 20,
  sameEvent: 10,
  /** Statements shown per finding. */
  perFinding: 3,
  /** Separate things (telling words, or phrases of them) a statement's text must share. */
  sharedTerms: 2,
  /** Minimum relatedness (geometric mean of the idf-weighted overlap both ways) per relation. */
  relatedness: {
    'same-speaker': 0.2,
    'same-organisation': 0.25,
    'same-government': 0.25,
    'same-topic': 0.4,
  } satisfies Record<Relation, number>,
  /** A restatement of the same claim (ranker probability) is a note whoever said it. */
  restates: 0.5,
  /** Both ways this much of the idf overlaps: the finding itself, or a verbatim repeat. */
  verbatim: 0.8,
  /** A verbatim statement at least this many days before the article was said earlier. */
  earlierDays: 3,
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
    .map(stem),
);

const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  (typeof FEATURE_NAMES)[number],
  number
>;

/**
 * A shared word ties two statements only when it is neither common news
 * language nor spread over much of the set (in a set about North Korea,
 * "Korea" ties nothing).
 */
function isTelling(index: StatementIndex, id: number): boolean {
  if (WEAK_STEMS.has(index.vocabulary.term(id))) return false;
  return index.size < MIN_SIZE_FOR_SPREAD || index.stored.df[id]! <= MAX_SPREAD * index.size;
}
const MAX_SPREAD = 0.2;
const MIN_SIZE_FOR_SPREAD = 20;

/** Ordering: the closer the speaker and the sharper the stance, the more a note tells. */
const RELATION_BONUS: Record<Relation, number> = {
  'same-speaker': 0.3,
  'same-organisation': 0.2,
  'same-government': 0.15,
  'same-topic': 0,
};
const STANCE_BONUS: Record<StanceRelation, number> = {
  contradicts: 0.3,
  shifts: 0.2,
  repeats: 0.1,
};

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
 * relief") is one thing, not two; and the longest such run.
 */
function sharedTerms(
  index: StatementIndex,
  query: { ids: ReadonlySet<number>; pairs: ReadonlySet<number> },
  statement: number,
): { all: number[]; units: number; phrase: number } {
  const terms = index.statementTerms(statement);
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
  return { all: [...seen].sort((a, b) => index.idf(b) - index.idf(a)), units, phrase };
}

/** One finding ranked in one set, and the set's own record of it, if the set has one. */
interface RankedFinding {
  finding: NoteFinding;
  prepared: PreparedQuery;
  index: StatementIndex;
  ranked: RankedStatement[];
  self: RankedStatement | undefined;
}

function rankFinding(
  index: StatementIndex,
  finding: NoteFinding,
  prepared: PreparedQuery,
  articleDay: DayRange | null,
): RankedFinding {
  const ranked = rankInSet(index, prepared, {
    candidates: NOTE_THRESHOLDS.candidates,
    sameEvent: NOTE_THRESHOLDS.sameEvent,
  });
  const directory = directoryOf(index.stored.speakers);
  const byId = directory.indexOf(finding.speakerId);
  const named = byId >= 0 ? byId : directory.resolve(finding.speaker);
  const earlier = (statement: number) => {
    const day = index.dateOf(statement);
    return !!day && !!articleDay && articleDay.first - day.last >= NOTE_THRESHOLDS.earlierDays;
  };
  // The set's own record of this very quote: verbatim, not said earlier, and by the named
  // speaker or one they speak for (an article's "Washington" is the State Department's spokesman).
  const self = ranked.find((r) => {
    if (!isVerbatim(r) || earlier(r.statement)) return false;
    const by = index.stored.statementSpeaker[r.statement]!;
    return (
      named < 0 ||
      by < 0 ||
      speakerRelation(index.stored.speakers, named, by).relation !== 'same-topic'
    );
  });
  return { finding, prepared, index, ranked, self };
}

function chooseInSet(
  ranking: RankedFinding,
  articleSources: ReadonlySet<number>,
): ChosenStatement[] {
  const { index, finding, prepared, ranked, self } = ranking;
  const view = viewFinding(index, finding, prepared, self);
  const inSet = querySet(prepared, index);
  const query = { ids: new Set(inSet.ids.filter((id) => id !== 0)), pairs: inSet.bigrams };
  const chosen: ChosenStatement[] = [];
  for (const candidate of ranked) {
    // Never the quote itself, nor anything else from the article being read.
    if (
      candidate === self ||
      articleSources.has(index.stored.statementSource[candidate.statement]!)
    )
      continue;
    const { relation, group } = speakerRelation(
      index.stored.speakers,
      view.speaker,
      index.stored.statementSpeaker[candidate.statement]!,
    );
    let stance: StanceRelation | undefined;
    let stanceTopic: TopicDefinition | undefined;
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
    const shared = sharedTerms(index, query, candidate.statement);
    const related = Math.sqrt(candidate.features[F.queryCover]! * candidate.features[F.textCover]!);
    // Positions on the same topic by the same speaker or their side are worth a note on their
    // own (the set's curators tied both to the topic); anyone else's need a telling word in
    // common too. Without stances: two telling things in common in the statement's own text
    // (or, for the speaker's own side, one phrase of them), and the less the speakers have in
    // common, the closer the wording.
    const enoughWords =
      shared.units >= NOTE_THRESHOLDS.sharedTerms ||
      (relation !== 'same-topic' && shared.phrase >= 2);
    const accepted = stance
      ? relation !== 'same-topic' || shared.all.length >= 1
      : enoughWords &&
        (candidate.score >= NOTE_THRESHOLDS.restates ||
          related >= NOTE_THRESHOLDS.relatedness[relation]);
    if (!accepted) continue;
    const sharesTopic = index.topicsOf(candidate.statement).some((topic) => view.topics.has(topic));
    const score =
      related +
      0.5 * candidate.score +
      RELATION_BONUS[relation] +
      (stance ? STANCE_BONUS[stance] : 0) +
      (sharesTopic ? 0.1 : 0);
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
 * The statements worth a note for each finding, best first, at most
 * `perFinding` each; a statement goes to the one finding it suits best.
 * When the set records quotes of the article being read (a seed article),
 * nothing from that article is shown: the reader is reading it.
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
  /** Candidates the note rules accepted, before statements were shared out among findings. */
  kept: ChosenStatement[][];
  shown: ChosenStatement[][];
}

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
  const articleSources = new Map(indexes.map((index) => [index, new Set<number>()]));
  for (const ranking of rankings.flat()) {
    const source = ranking.self
      ? ranking.index.stored.statementSource[ranking.self.statement]!
      : -1;
    if (source >= 0) articleSources.get(ranking.index)!.add(source);
  }
  const perFinding = rankings.map((list) =>
    list
      .flatMap((ranking) => chooseInSet(ranking, articleSources.get(ranking.index)!))
      .sort((a, b) => b.score - a.score),
  );
  const best = new Map<string, ChosenStatement>();
  for (const chosen of perFinding.flat()) {
    const key = `${chosen.index.setId}\u0000${chosen.statement}`;
    const held = best.get(key);
    if (!held || chosen.score > held.score) best.set(key, chosen);
  }
  const shown = perFinding.map((list) =>
    list
      .filter((chosen) => best.get(`${chosen.index.setId}\u0000${chosen.statement}`) === chosen)
      .slice(0, NOTE_THRESHOLDS.perFinding),
  );
  const candidates = rankings.map((list) =>
    list.flatMap(({ index, ranked }) => ranked.map(({ statement }) => ({ index, statement }))),
  );
  return { candidates, kept: perFinding, shown };
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
    const term = token.numeric ? token.term : stem(token.term);
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
