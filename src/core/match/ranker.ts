/**
 * Second stage: each first-stage candidate is described by its features
 * (features.ts) and scored by a logistic model learned offline on the CLEF
 * train splits (bench/train-ranker.mjs writes ranker-model.json). The score
 * is a probability that the statement is the one the query restates, so it
 * means the same in every set and can be thresholded.
 */
import { analyze } from './analyze.ts';
import { DatePrecision } from './dates.ts';
import {
  type CandidateContext,
  candidateFeatures,
  FEATURE_COUNT,
  FEATURE_NAMES,
  markQuery,
  NEAR_DAYS,
} from './features.ts';
import type { PreparedQuery } from './query.ts';
import { querySet } from './query.ts';
import model from './ranker-model.json';
import { directoryOf } from './speakers.ts';
import type { StatementIndex } from './statement-index.ts';

export interface RankerModel {
  bias: number;
  weights: Record<string, number>;
  /** Added to `weights` when the query's and the statement's dates are both known. */
  datedWeights: Record<string, number>;
}

/** The model's weights in feature order: undated, and dated (with the dated additions). */
function weightVectors(ranker: RankerModel): [Float64Array, Float64Array] {
  const plain = Float64Array.from(FEATURE_NAMES, (name) => ranker.weights[name] ?? 0);
  const dated = Float64Array.from(
    FEATURE_NAMES,
    (name, f) => plain[f]! + (ranker.datedWeights[name] ?? 0),
  );
  return [plain, dated];
}

const DEFAULT_MODEL: RankerModel = model;
const defaultWeights = weightVectors(DEFAULT_MODEL);
const DATE_KNOWN = FEATURE_NAMES.indexOf('dateKnown');

export interface RankedStatement {
  statement: number;
  /** Probability (0..1) that the statement matches the query. */
  score: number;
  features: Float64Array;
}

export interface RankOptions {
  /** How many first-stage candidates to re-rank, */
  candidates: number;
  /** and how many statements from around the query's day to add to them; */
  sameEvent?: number;
  /** statements to consider whatever words they share (the speaker's and their side's), */
  anchored?: readonly number[];
  /** at most this many of them, those sharing the most first. */
  anchoredLimit?: number;
  model?: RankerModel;
}

const SAME_EVENT_LIMIT = 50;
const SPEAKER_NAME_WEIGHT = 0.5;

/** How many of the best first-stage candidates say whose words the query sounds like. */
const SPEAKER_SHARE_DEPTH = 20;

function speakerShares(index: StatementIndex, best: Uint32Array): Map<number, number> {
  const shares = new Map<number, number>();
  for (const statement of best) {
    const speaker = index.stored.statementSpeaker[statement]!;
    if (speaker >= 0) shares.set(speaker, (shares.get(speaker) ?? 0) + 1 / best.length);
  }
  return shares;
}

const speakerWordCache = new WeakMap<StatementIndex, Array<string[] | undefined>>();

/** The stems of a speaker's name, cached per index. */
function speakerStems(index: StatementIndex, speaker: number): string[] {
  let cache = speakerWordCache.get(index);
  if (!cache) {
    cache = [];
    speakerWordCache.set(index, cache);
  }
  const stems = cache[speaker] ?? analyze(index.stored.speakers[speaker]!.name).terms;
  cache[speaker] = stems;
  return stems;
}

/** The query's candidates in one set, re-ranked, best first. */
export function rankInSet(
  index: StatementIndex,
  prepared: PreparedQuery,
  options: RankOptions,
): RankedStatement[] {
  const inSet = querySet(prepared, index);
  // The speaker's name counts, less than the words: it finds statements by or about them.
  const termIds = [...inSet.ids, ...inSet.speakerIds];
  const weights = [...inSet.counts, ...inSet.speakerIds.map(() => SPEAKER_NAME_WEIGHT)];
  // Statements from around the same day may restate the query in other words (a debate and
  // its fact-checks): they are candidates whatever their first-stage score.
  const day = prepared.day;
  const sameEvent =
    day && day.precision === DatePrecision.Day
      ? index.statementsAround(day.first, NEAR_DAYS, options.sameEvent ?? SAME_EVENT_LIMIT)
      : [];
  const anchored = options.anchored ?? [];
  const first = index.firstStage(
    termIds,
    weights,
    options.candidates,
    [...sameEvent, ...anchored],
    sameEvent.length + Math.min(anchored.length, options.anchoredLimit ?? anchored.length),
  );
  if (first.statements.length === 0) return [];
  markQuery(index, inSet);
  const directory = directoryOf(index.stored.speakers);
  const bySpeakerId = directory.indexOf(prepared.query.speakerId);
  const context: CandidateContext = {
    index,
    prepared,
    inSet,
    speaker: bySpeakerId >= 0 ? bySpeakerId : directory.resolve(prepared.query.speaker),
    speakerNamed: (speaker) => {
      const stems = speakerStems(index, speaker);
      return stems.length > 0 && stems.every((stem) => prepared.distinct.has(stem));
    },
    topScore: first.scores[0]!,
    activeSpeakers: new Set(
      sameEvent.map((statement) => index.stored.statementSpeaker[statement]!),
    ),
    speakerShares: speakerShares(index, first.statements.subarray(0, SPEAKER_SHARE_DEPTH)),
  };
  const [plainWeights, datedWeights] = options.model
    ? weightVectors(options.model)
    : defaultWeights;
  const bias = options.model?.bias ?? DEFAULT_MODEL.bias;
  const ranked: RankedStatement[] = [];
  first.statements.forEach((statement, rank) => {
    const features = candidateFeatures(context, statement, first.scores[rank]!, rank);
    const modelWeights = features[DATE_KNOWN] === 1 ? datedWeights : plainWeights;
    let z = bias;
    for (let f = 0; f < FEATURE_COUNT; f++) z += modelWeights[f]! * features[f]!;
    ranked.push({ statement, score: 1 / (1 + Math.exp(-z)), features });
  });
  return ranked.sort((a, b) => b.score - a.score || a.statement - b.statement);
}
