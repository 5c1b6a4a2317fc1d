/**
 * Builds the bundled set from the seed articles and the curated file
 * (data/refsets/curated.json): the curated file says who said what and
 * where in which seed; the builder finds every statement in its seed (a quote
 * must be there word for word), gives it an id from its place, fills in the
 * source, sorts everything and validates the result. Same inputs, same bytes.
 *
 * Every statement keeps the seed sentence it sits in, and every sentence of
 * the seed's own narration that holds no curated statement becomes a
 * statement of kind `report` by nobody named: an article's account of events
 * is context a reader wants too.
 *
 * Quote extraction plugs in as one function: when given, the builder checks
 * the curated statements against what the reader finds in each seed and
 * reports what either side misses, so neither drifts unnoticed.
 */
import * as v from 'valibot';
import { sentencesIn } from '../text/sentences.ts';
import type { QuoteFinding } from '../types.ts';
import { formatRefSet } from './canonical.ts';
import { capMessages } from './limits.ts';
import type { RefSetResult } from './schema.ts';
import { DateSchema, describeValue, IdSchema, validateRefSet } from './schema.ts';
import type { RefSet, Statement } from './types.ts';
import { REFSET_FORMAT, REFSET_VERSION } from './types.ts';

const Text = v.pipe(v.string(), v.minLength(1, 'is empty'));

/** A date in the curated file always says what supports it. */
const CuratedDate = v.nullable(
  v.strictObject({
    value: v.nonNullable(
      DateSchema,
      'a curated date needs a value; write "date": null when there is none',
    ),
    basis: v.pipe(
      v.string(),
      v.minLength(20, 'must say what supports the date (a sentence at least)'),
    ),
  }),
);

const CuratedStatement = v.strictObject({
  speaker: v.nullable(IdSchema),
  attribution: v.optional(Text),
  kind: v.picklist(['quote', 'paraphrase', 'claim']),
  /** A quote: the exact words between the marks, without a trailing comma. */
  text: Text,
  /** For a paraphrase reworded from the seed: the seed's own words it rests on. */
  at: v.optional(Text),
  /** Which occurrence of the words, when they appear more than once in the seed (1-based). */
  occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  date: CuratedDate,
  context: v.optional(Text),
  topics: v.optional(v.array(IdSchema)),
  stance: v.optional(v.record(IdSchema, Text)),
  /** The curator's reasoning (a stance, an attribution), kept out of the set. */
  note: v.optional(Text),
});

const CuratedArticle = v.strictObject({
  /** The seed's file name without .txt. */
  seed: IdSchema,
  title: v.nullable(Text),
  outlet: v.nullable(Text),
  url: v.nullable(Text),
  context: Text,
  note: v.optional(Text),
  statements: v.array(CuratedStatement),
  /** Quoted words in the seed that are not statements (titles, scare quotes), with why. */
  notStatements: v.optional(v.array(v.strictObject({ text: Text, reason: Text }))),
});

export const CuratedSchema = v.strictObject({
  $comment: v.optional(v.string()),
  set: v.strictObject({
    id: IdSchema,
    title: Text,
    description: v.optional(Text),
    license: v.optional(Text),
  }),
  topics: v.array(v.unknown()),
  speakers: v.array(v.unknown()),
  articles: v.array(CuratedArticle),
});

export type Curated = v.InferOutput<typeof CuratedSchema>;
type CuratedStatementEntry = v.InferOutput<typeof CuratedStatement>;

/** The part of a reader's quote finding the builder compares against. */
export type ExtractedQuote = Pick<QuoteFinding, 'text' | 'speaker' | 'start' | 'end' | 'kind'>;

/** The project's quote extraction, run on a seed's text. */
export type QuoteExtractor = (articleText: string) => ExtractedQuote[];

/** Where each statement of the set came from, for the lint test and for curators. */
export interface Provenance {
  id: string;
  seed: string;
  start: number;
  end: number;
  dateBasis: string | null;
}

export interface BuildReport {
  /** Statements per seed. */
  counts: Record<string, number>;
  /** Quotes the extractor found that the curated file lacks (and does not list as non-statements). */
  notCurated: { seed: string; text: string; speaker: string | null }[];
  /** Curated quotes the extractor did not find. */
  notExtracted: { seed: string; id: string; text: string }[];
}

export type BuildResult =
  | { ok: true; set: RefSet; json: string; provenance: Provenance[]; report: BuildReport }
  | { ok: false; errors: string[] };

/** Index of the n-th occurrence (1-based) of `needle`, or -1. */
function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Finds a curated statement's words in its seed, or says why it cannot. */
function locate(
  entry: CuratedStatementEntry,
  seedText: string,
): { start: number; end: number } | string {
  if (entry.kind === 'quote' && entry.at !== undefined)
    return 'a quote is located by its own words: drop "at"';
  const words = entry.at ?? entry.text;
  const found = countOf(seedText, words);
  if (found === 0) {
    return `${entry.kind === 'quote' ? 'quote' : 'words'} not found verbatim in the seed: ${describeValue(words)}`;
  }
  if (found > 1 && entry.occurrence === undefined) {
    return `${describeValue(words)} appears ${found} times in the seed: add "occurrence"`;
  }
  const start = nthIndexOf(seedText, words, entry.occurrence ?? 1);
  if (start < 0) return `${describeValue(words)} has no occurrence ${entry.occurrence}`;
  return { start, end: start + words.length };
}

/** A quote's words for comparison: no case, quote marks, edge punctuation or extra spaces. */
function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„"‘’'«»]/g, '')
    .replace(/^[\s.,;:!?—-]+|[\s.,;:!?—-]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** Spans overlapping by at least half of the shorter one. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

interface Located {
  statement: Statement;
  provenance: Provenance;
}

interface Span {
  start: number;
  end: number;
}

/** Narration of fewer words than this is a heading or a dateline, not an account of events. */
const REPORT_MIN_WORDS = 6;

/** The whole sentences of the seed that a span touches. */
function sentenceAround(seedText: string, sentences: readonly Span[], span: Span): string {
  const touched = sentences.filter((s) => s.start < span.end && span.start < s.end);
  if (touched.length === 0) return seedText.slice(span.start, span.end);
  return seedText.slice(touched[0]!.start, touched[touched.length - 1]!.end);
}

/** The seed's sentences that hold no curated statement, as reports by nobody named. */
function reportsOf(
  article: Curated['articles'][number],
  seedText: string,
  sentences: readonly Span[],
  curated: readonly Located[],
): Located[] {
  return sentences
    .filter(
      (sentence) =>
        !curated.some(
          ({ provenance }) => provenance.start < sentence.end && sentence.start < provenance.end,
        ) && seedText.slice(sentence.start, sentence.end).split(/\s+/).length >= REPORT_MIN_WORDS,
    )
    .map((sentence) => {
      const statement: Statement = {
        id: `${article.seed}-${String(sentence.start).padStart(5, '0')}`,
        speakerId: null,
        kind: 'report',
        text: seedText.slice(sentence.start, sentence.end),
        date: null,
        context: article.context,
        source: sourceOf(article),
        topics: [],
        stance: {},
      };
      return {
        statement,
        provenance: { id: statement.id, seed: article.seed, ...sentence, dateBasis: null },
      };
    });
}

function sourceOf(article: Curated['articles'][number]): Statement['source'] {
  return {
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    ref: `data/seeds/${article.seed}.txt`,
  };
}

/** Turns one curated article into statements, collecting errors with their place. */
function buildArticle(
  article: Curated['articles'][number],
  articleIndex: number,
  seedText: string,
  errors: string[],
): Located[] {
  const located: Located[] = [];
  const sentences = sentencesIn(seedText, 0, seedText.length);
  article.statements.forEach((entry, index) => {
    const place = `articles[${articleIndex}] (${article.seed}) statements[${index}]`;
    const span = locate(entry, seedText);
    if (typeof span === 'string') {
      errors.push(`${place}: ${span}`);
      return;
    }
    const topics = entry.topics ?? [];
    const sentence = sentenceAround(seedText, sentences, span);
    const statement: Statement = {
      id: `${article.seed}-${String(span.start).padStart(5, '0')}`,
      speakerId: entry.speaker,
      ...(entry.attribution === undefined ? {} : { attribution: entry.attribution }),
      kind: entry.kind,
      text: entry.text,
      ...(sentence.trim() === entry.text.trim() ? {} : { sentence }),
      date: entry.date?.value ?? null,
      context: entry.context ?? article.context,
      source: sourceOf(article),
      topics,
      stance: entry.stance ?? {},
    };
    located.push({
      statement,
      provenance: {
        id: statement.id,
        seed: article.seed,
        ...span,
        dateBasis: entry.date?.basis ?? null,
      },
    });
  });
  // Two speakers of the same words (Seoul and Washington condemned ...) share a place: the speaker tells them apart.
  const byId = new Map<string, Located[]>();
  for (const item of located)
    byId.set(item.statement.id, [...(byId.get(item.statement.id) ?? []), item]);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const item of same) {
      item.statement.id = `${id}-${item.statement.speakerId ?? 'unattributed'}`;
      item.provenance.id = item.statement.id;
    }
  }
  return [...located, ...reportsOf(article, seedText, sentences, located)];
}

/**
 * Pairs extracted quotes with curated statements: by place first, then the
 * rest by their words (a reader that normalises the text counts places
 * differently). Returns the extracted quotes and curated quotes left unpaired.
 */
function pairQuotes(curated: Located[], extracted: ExtractedQuote[]) {
  const unplacedFound = extracted.filter(
    (quote) => !curated.some((item) => overlaps(item.provenance, quote)),
  );
  const unplacedCurated = curated.filter(
    (item) => !extracted.some((quote) => overlaps(item.provenance, quote)),
  );
  const curatedKeys = new Set(unplacedCurated.map((item) => quoteKey(item.statement.text)));
  const foundKeys = new Set(unplacedFound.map((quote) => quoteKey(quote.text)));
  return {
    found: unplacedFound.filter((quote) => !curatedKeys.has(quoteKey(quote.text))),
    curated: unplacedCurated.filter(
      (item) => item.statement.kind === 'quote' && !foundKeys.has(quoteKey(item.statement.text)),
    ),
  };
}

/** Compares the reader's quotes with the curated ones, both ways. */
function compareWithExtraction(
  seed: string,
  seedText: string,
  located: Located[],
  ignored: string[],
  extract: QuoteExtractor,
  report: BuildReport,
): void {
  const extracted = extract(seedText).filter((quote) => quote.kind === 'direct');
  const unpaired = pairQuotes(located, extracted);
  for (const quote of unpaired.found) {
    if (!ignored.some((text) => quote.text.includes(text) || text.includes(quote.text))) {
      report.notCurated.push({ seed, text: quote.text, speaker: quote.speaker });
    }
  }
  for (const item of unpaired.curated) {
    report.notExtracted.push({ seed, id: item.statement.id, text: item.statement.text });
  }
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds the set from the parsed curated file and the seeds' texts (by seed
 * name). Fails with every problem found; never writes a partial set.
 */
export function buildRefSet(
  curatedInput: unknown,
  seeds: ReadonlyMap<string, string>,
  extract?: QuoteExtractor,
): BuildResult {
  const parsed = v.safeParse(CuratedSchema, curatedInput);
  if (!parsed.success) {
    return {
      ok: false,
      errors: capMessages(
        parsed.issues.map((issue) => `curated ${v.getDotPath(issue) ?? ''}: ${issue.message}`),
      ),
    };
  }
  const curated = parsed.output;
  const errors: string[] = [];
  const report: BuildReport = { counts: {}, notCurated: [], notExtracted: [] };
  const located: Located[] = [];
  curated.articles.forEach((article, index) => {
    const seedText = seeds.get(article.seed);
    if (seedText === undefined) {
      errors.push(`articles[${index}]: no seed named ${describeValue(article.seed)}`);
      return;
    }
    const items = buildArticle(article, index, seedText, errors);
    report.counts[article.seed] = items.length;
    located.push(...items);
    const ignored = (article.notStatements ?? []).map((entry) => entry.text);
    const curatedItems = items.filter((item) => item.statement.kind !== 'report');
    if (extract)
      compareWithExtraction(article.seed, seedText, curatedItems, ignored, extract, report);
  });
  for (const seed of seeds.keys()) {
    if (!curated.articles.some((article) => article.seed === seed))
      errors.push(`seed ${describeValue(seed)} has no entry in articles`);
  }
  const topicIds = new Set(curated.topics.map((topic) => (topic as { id?: unknown }).id));
  for (const { statement } of located) {
    for (const topic of statement.topics) {
      if (!topicIds.has(topic))
        errors.push(`${statement.id}: topic ${describeValue(topic)} is not defined in topics`);
    }
  }
  if (errors.length) return { ok: false, errors: capMessages(errors) };

  const candidate = {
    format: REFSET_FORMAT,
    version: REFSET_VERSION,
    ...curated.set,
    topics: [...(curated.topics as { id: string }[])].sort(byId),
    speakers: [...(curated.speakers as { id: string }[])].sort(byId),
    statements: located.map((item) => item.statement).sort(byId),
  };
  const validated: RefSetResult = validateRefSet(candidate);
  if (!validated.ok) return validated;
  const provenance = located.map((item) => item.provenance).sort(byId);
  return { ok: true, set: validated.set, json: formatRefSet(validated.set), provenance, report };
}
