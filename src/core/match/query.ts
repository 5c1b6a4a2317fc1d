/**
 * A query (a quote, a claim, a post) analysed once, then mapped onto each
 * set's term ids: the same text is matched against every enabled set.
 */
import { analyze } from './analyze.ts';
import { type DayRange, parseDay } from './dates.ts';
import { nameWords } from './speakers.ts';
import type { StatementIndex } from './statement-index.ts';
import { TERM_NAME } from './stored-index.ts';

export interface MatchQuery {
  text: string;
  /** The speaker's name as the article gives it. */
  speaker?: string | null;
  /** The speaker's id, when the caller has already resolved it (in any set). */
  speakerId?: string | null;
  /** When it was said or published: YYYY[-MM[-DD]] or an ISO date-time. */
  date?: string | null;
}

export interface PreparedQuery {
  query: MatchQuery;
  /** Stems in order, and the distinct stems with their counts. */
  terms: string[];
  distinct: Map<string, number>;
  names: Set<string>;
  numbers: Set<string>;
  /** Stems of the speaker's name, when the query has a speaker. */
  speakerTerms: string[];
  day: DayRange | null;
}

export function prepareQuery(query: MatchQuery): PreparedQuery {
  const analyzed = analyze(query.text);
  const distinct = new Map<string, number>();
  const names = new Set<string>();
  const numbers = new Set<string>();
  analyzed.terms.forEach((term, i) => {
    distinct.set(term, (distinct.get(term) ?? 0) + 1);
    if (analyzed.named[i]) names.add(term);
    if (analyzed.numeric[i]) numbers.add(term);
  });
  const speakerTerms = query.speaker
    ? [...new Set(analyze(nameWords(query.speaker).join(' ')).terms)]
    : [];
  return {
    query,
    terms: analyzed.terms,
    distinct,
    names,
    numbers,
    speakerTerms,
    day: parseDay(query.date),
  };
}

/** The query in one set's term ids. Unseen terms get id 0 and the highest idf. */
export interface QueryInSet {
  /** Distinct terms: id, idf, count in the query, and whether it names someone or something. */
  ids: number[];
  idf: number[];
  counts: number[];
  named: boolean[];
  numeric: boolean[];
  /** Adjacent pairs of known terms (as a numeric key) in query order. */
  bigrams: Set<number>;
  idfSum: number;
  /** Term ids of the speaker's name words that the set knows. */
  speakerIds: number[];
}

/**
 * Two term ids as one small integer (a hash: V8 keeps it unboxed, so sets of
 * pairs stay fast). A rare collision only blurs a phrase feature.
 */
export function pairKey(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0x3fffffff;
}

export function querySet(prepared: PreparedQuery, index: StatementIndex): QueryInSet {
  const ids: number[] = [];
  const idf: number[] = [];
  const counts: number[] = [];
  const named: boolean[] = [];
  const numeric: boolean[] = [];
  const idOf = new Map<string, number>();
  let idfSum = 0;
  for (const [term, count] of prepared.distinct) {
    const id = index.vocabulary.id(term);
    const weight = index.idf(id);
    idOf.set(term, id);
    ids.push(id);
    idf.push(weight);
    counts.push(count);
    named.push(prepared.names.has(term) || (id !== 0 && (index.termFlags(id) & TERM_NAME) !== 0));
    numeric.push(prepared.numbers.has(term));
    idfSum += weight;
  }
  const bigrams = new Set<number>();
  let previous = 0;
  for (const term of prepared.terms) {
    const id = idOf.get(term)!;
    if (previous !== 0 && id !== 0) bigrams.add(pairKey(previous, id));
    previous = id;
  }
  const speakerIds = prepared.speakerTerms
    .map((term) => idOf.get(term) ?? index.vocabulary.id(term))
    .filter((id) => id !== 0);
  return { ids, idf, counts, named, numeric, bigrams, idfSum, speakerIds };
}
