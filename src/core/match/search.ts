/**
 * Matching one query against every enabled set: each set's index ranks its
 * own candidates, and the lists merge on the re-ranker's probability, which
 * means the same whatever the set's size or vocabulary.
 */
import { type MatchQuery, prepareQuery } from './query.ts';
import { type RankerModel, rankInSet } from './ranker.ts';
import type { StatementIndex } from './statement-index.ts';

export interface StatementMatch {
  index: StatementIndex;
  /** The statement's position in its index. */
  statement: number;
  setId: string;
  statementId: string;
  /** Probability (0..1) that the statement matches the query. */
  score: number;
  features: Float64Array;
}

export interface SearchOptions {
  /** How many matches to return. */
  top: number;
  /** How many first-stage candidates each set re-ranks; `top` picks from those. */
  candidates?: number;
  model?: RankerModel;
}

export const DEFAULT_CANDIDATES = 100;

export function searchIndexes(
  indexes: readonly StatementIndex[],
  query: MatchQuery,
  options: SearchOptions,
): StatementMatch[] {
  const prepared = prepareQuery(query);
  if (prepared.distinct.size === 0) return [];
  const candidates = options.candidates ?? DEFAULT_CANDIDATES;
  const matches: StatementMatch[] = [];
  for (const index of indexes) {
    for (const ranked of rankInSet(index, prepared, { candidates, model: options.model })) {
      matches.push({
        index,
        statement: ranked.statement,
        setId: index.setId,
        statementId: index.statementId(ranked.statement),
        score: ranked.score,
        features: ranked.features,
      });
    }
  }
  matches.sort((a, b) => b.score - a.score);
  return matches.slice(0, options.top);
}
