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

/** The distinct ids of a term list, with their summed idf. */
function distinctIdf(
  index: StatementIndex,
  ids: readonly number[],
): { set: Set<number>; idf: number } {
  const set = new Set(ids);
  let idf = 0;
  for (const id of set) idf += index.idf(id);
  return { set, idf };
}

function pairs(ids: readonly number[]): Set<number> {
  const set = new Set<number>();
  for (let i = 1; i < ids.length; i++) set.add(pairKey(ids[i - 1]!, ids[i]!));
  return set;
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
  const text = distinctIdf(index, terms.text);
  const contextTerms = distinctIdf(index, terms.context);
  const inQuery = (id: number) => inSet.slot.has(id);

  let coverAll = 0;
  let coverText = 0;
  let queryNames = 0;
  let sharedNames = 0;
  for (let q = 0; q < inSet.ids.length; q++) {
    const id = inSet.ids[q]!;
    const inText = id !== 0 && text.set.has(id);
    const inAny = inText || (id !== 0 && contextTerms.set.has(id));
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

  let textShared = 0;
  let textNames = 0;
  let textNamesShared = 0;
  let numbers = 0;
  let numbersShared = 0;
  for (const id of text.set) {
    const shared = inQuery(id);
    if (shared) textShared += index.idf(id);
    const flags = index.termFlags(id);
    if (flags & TERM_NUMERIC) {
      numbers++;
      if (shared) numbersShared++;
    } else if (flags & TERM_NAME) {
      textNames++;
      if (shared) textNamesShared++;
    }
  }
  let contextShared = 0;
  for (const id of contextTerms.set) if (inQuery(id)) contextShared += index.idf(id);
  features[F.textCover] = text.idf > 0 ? textShared / text.idf : 0;
  features[F.contextCover] = contextTerms.idf > 0 ? contextShared / contextTerms.idf : 0;

  const textPairs = pairs(terms.text);
  const contextPairs = pairs(terms.context);
  let queryPairsFound = 0;
  for (const pair of inSet.bigrams)
    if (textPairs.has(pair) || contextPairs.has(pair)) queryPairsFound++;
  let textPairsFound = 0;
  for (const pair of textPairs) if (inSet.bigrams.has(pair)) textPairsFound++;
  features[F.queryPairs] = inSet.bigrams.size > 0 ? queryPairsFound / inSet.bigrams.size : 0;
  features[F.textPairs] = textPairs.size > 0 ? textPairsFound / textPairs.size : 0;
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
    for (const id of inSet.speakerIds)
      if (text.set.has(id) || contextTerms.set.has(id)) mentioned++;
    features[F.speakerMentioned] = mentioned / inSet.speakerIds.length;
  }
  features[F.speakerActive] = speaker >= 0 && context.activeSpeakers.has(speaker) ? 1 : 0;
  features[F.speakerShare] = speaker >= 0 ? (context.speakerShares.get(speaker) ?? 0) : 0;
  features[F.rank] = 1 / (1 + rank);
  features[F.topRatio] = context.topScore > 0 ? firstScore / context.topScore : 0;
  return features;
}
