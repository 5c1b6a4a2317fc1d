/**
 * What the re-ranker knows about a (query, statement) pair: all measures are
 * scale-free (shares, ratios, flags), so the same model scores sets of any
 * size and scores from different sets compare.
 */
import { daysApart } from './dates.ts';
import { type PreparedQuery, pairKey, type QueryInSet } from './query.ts';
import type { StatementIndex } from './statement-index.ts';
import { TERM_NAME, TERM_NUMERIC } from './stored-index.ts';

export const FEATURE_NAMES = [
  /** First-stage BM25F score over the query's total idf. */
  'bm25',
  /** Share of the query's idf found in the statement (text or context), and in its text alone. */
  'queryCover',
  'queryCoverText',
  /** Share of the statement text's idf found in the query; the same for its context. */
  'textCover',
  'contextCover',
  /** Share of the query's word pairs found in the statement, and of the text's pairs in the query. */
  'queryPairs',
  'textPairs',
  /** Longest run of statement-text terms that also runs in the query, over the text's length. */
  'longestRun',
  /** Share of the query's names in the statement; of the statement text's names in the query. */
  'queryNames',
  'textNames',
  /** Share of the statement's numbers in the query; the statement has numbers and none match. */
  'numbersShared',
  'numbersMissing',
  /** Both dates known; their distance (log days over log 10 years, capped at 1); */
  'dateKnown',
  'dateDistance',
  /** at most two days apart (the same event); the statement came after the query. */
  'dateNear',
  'dateAfter',
  /** within a month; within a year. */
  'dateMonth',
  'dateYear',
  /** The query's speaker is the statement's; the statement's speaker is named in the query; */
  'sameSpeaker',
  'speakerNamed',
  /** share of the query speaker's name in the statement; the statement's speaker spoke that day. */
  'speakerMentioned',
  'speakerActive',
  /** Share of the best first-stage candidates by the statement's speaker (who the query sounds like). */
  'speakerShare',
  /** First-stage rank as 1/(1+rank); score over the best first-stage score. */
  'rank',
  'topRatio',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;
const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  FeatureName,
  number
>;

const LOG_TEN_YEARS = Math.log1p(3652);
/** Statements this close to the query's date are candidates whatever their words (ranker.ts). */
export const NEAR_DAYS = 2;

/**
 * Per-index marks by term id, reused between candidates and queries so that
 * re-ranking allocates no sets: a term is "in the text" when its mark equals
 * the current generation.
 */
class Marks {
  readonly text: Uint32Array;
  readonly context: Uint32Array;
  readonly query: Uint32Array;
  generation = 0;
  queryGeneration = 0;

  constructor(terms: number) {
    this.text = new Uint32Array(terms);
    this.context = new Uint32Array(terms);
    this.query = new Uint32Array(terms);
  }
}

const marksByIndex = new WeakMap<StatementIndex, Marks>();

function marksOf(index: StatementIndex): Marks {
  let marks = marksByIndex.get(index);
  if (!marks) {
    marks = new Marks(index.vocabulary.size + 1);
    marksByIndex.set(index, marks);
  }
  return marks;
}

/** Marks the query's terms for the candidates that follow; call once per query and set. */
export function markQuery(index: StatementIndex, inSet: QueryInSet): void {
  const marks = marksOf(index);
  const generation = ++marks.queryGeneration;
  for (const id of inSet.ids) if (id !== 0) marks.query[id] = generation;
}

/** Longest stretch of `ids` whose consecutive pairs all occur in the query. */
function longestRun(
  ids: readonly number[],
  queryPairs: Set<number>,
  inQuery: (id: number) => boolean,
): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < ids.length; i++) {
    if (!inQuery(ids[i]!)) run = 0;
    else if (run > 0 && queryPairs.has(pairKey(ids[i - 1]!, ids[i]!))) run++;
    else run = 1;
    if (run > best) best = run;
  }
  return best;
}

export interface CandidateContext {
  index: StatementIndex;
  prepared: PreparedQuery;
  inSet: QueryInSet;
  /** The query's speaker in this set, or -1. */
  speaker: number;
  /** Speaker index -> whether the speaker's name words all occur in the query. */
  speakerNamed: (speaker: number) => boolean;
  topScore: number;
  /** Speakers of the statements made around the query's day (same event). */
  activeSpeakers: ReadonlySet<number>;
  /** Speaker -> share of the best first-stage candidates that are theirs. */
  speakerShares: ReadonlyMap<number, number>;
}

export function candidateFeatures(
  context: CandidateContext,
  statement: number,
  firstScore: number,
  rank: number,
): Float64Array {
  const { index, prepared, inSet } = context;
  const features = new Float64Array(FEATURE_COUNT);
  const terms = index.statementTerms(statement);
  const marks = marksOf(index);
  const generation = ++marks.generation;
  const queryGeneration = marks.queryGeneration;
  const inQuery = (id: number) => marks.query[id] === queryGeneration;

  let textIdf = 0;
  let textShared = 0;
  let textNames = 0;
  let textNamesShared = 0;
  let numbers = 0;
  let numbersShared = 0;
  for (const id of terms.text) {
    if (marks.text[id] === generation) continue;
    marks.text[id] = generation;
    const idf = index.idf(id);
    const shared = inQuery(id);
    textIdf += idf;
    if (shared) textShared += idf;
    const flags = index.termFlags(id);
    if (flags & TERM_NUMERIC) {
      numbers++;
      if (shared) numbersShared++;
    } else if (flags & TERM_NAME) {
      textNames++;
      if (shared) textNamesShared++;
    }
  }
  let contextIdf = 0;
  let contextShared = 0;
  for (const id of terms.context) {
    if (marks.context[id] === generation) continue;
    marks.context[id] = generation;
    const idf = index.idf(id);
    contextIdf += idf;
    if (inQuery(id)) contextShared += idf;
  }
  features[F.textCover] = textIdf > 0 ? textShared / textIdf : 0;
  features[F.contextCover] = contextIdf > 0 ? contextShared / contextIdf : 0;

  let coverAll = 0;
  let coverText = 0;
  let queryNames = 0;
  let sharedNames = 0;
  for (let q = 0; q < inSet.ids.length; q++) {
    const id = inSet.ids[q]!;
    const inText = id !== 0 && marks.text[id] === generation;
    const inAny = inText || (id !== 0 && marks.context[id] === generation);
    if (inAny) coverAll += inSet.idf[q]!;
    if (inText) coverText += inSet.idf[q]!;
    if (inSet.named[q] && !inSet.numeric[q]) {
      queryNames++;
      if (inAny) sharedNames++;
    }
  }
  const querySum = Math.max(inSet.idfSum, 1e-9);
  features[F.bm25] = firstScore / querySum;
  features[F.queryCover] = coverAll / querySum;
  features[F.queryCoverText] = coverText / querySum;

  // Word pairs: only the pairs found in the query are collected.
  const found = new Set<number>();
  let textPairsFound = 0;
  for (let i = 1; i < terms.text.length; i++) {
    const pair = pairKey(terms.text[i - 1]!, terms.text[i]!);
    if (inSet.bigrams.has(pair)) {
      textPairsFound++;
      found.add(pair);
    }
  }
  for (let i = 1; i < terms.context.length; i++) {
    const pair = pairKey(terms.context[i - 1]!, terms.context[i]!);
    if (inSet.bigrams.has(pair)) found.add(pair);
  }
  features[F.queryPairs] = inSet.bigrams.size > 0 ? found.size / inSet.bigrams.size : 0;
  features[F.textPairs] = terms.text.length > 1 ? textPairsFound / (terms.text.length - 1) : 0;
  features[F.longestRun] =
    terms.text.length > 0 ? longestRun(terms.text, inSet.bigrams, inQuery) / terms.text.length : 0;

  features[F.queryNames] = queryNames > 0 ? sharedNames / queryNames : 0;
  features[F.textNames] = textNames > 0 ? textNamesShared / textNames : 0;
  features[F.numbersShared] = numbers > 0 ? numbersShared / numbers : 0;
  features[F.numbersMissing] = numbers > 0 && numbersShared === 0 ? 1 : 0;

  const statementDay = index.dateOf(statement);
  if (statementDay && prepared.day) {
    const apart = daysApart(statementDay, prepared.day);
    features[F.dateKnown] = 1;
    features[F.dateDistance] = Math.min(1, Math.log1p(apart) / LOG_TEN_YEARS);
    features[F.dateNear] = apart <= NEAR_DAYS ? 1 : 0;
    features[F.dateAfter] = statementDay.first > prepared.day.last ? 1 : 0;
    features[F.dateMonth] = apart <= 31 ? 1 : 0;
    features[F.dateYear] = apart <= 366 ? 1 : 0;
  }
  const speaker = index.stored.statementSpeaker[statement]!;
  features[F.sameSpeaker] = speaker >= 0 && speaker === context.speaker ? 1 : 0;
  features[F.speakerNamed] = speaker >= 0 && context.speakerNamed(speaker) ? 1 : 0;
  if (inSet.speakerIds.length > 0) {
    let mentioned = 0;
    for (const id of inSet.speakerIds) {
      if (marks.text[id] === generation || marks.context[id] === generation) mentioned++;
    }
    features[F.speakerMentioned] = mentioned / inSet.speakerIds.length;
  }
  features[F.speakerActive] = speaker >= 0 && context.activeSpeakers.has(speaker) ? 1 : 0;
  features[F.speakerShare] = speaker >= 0 ? (context.speakerShares.get(speaker) ?? 0) : 0;
  features[F.rank] = 1 / (1 + rank);
  features[F.topRatio] = context.topScore > 0 ? firstScore / context.topScore : 0;
  return features;
}
