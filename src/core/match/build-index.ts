/**
 * Builds the stored index of one reference set (done once, when a set is
 * imported or updated; see README.md). Fields: the statement's text, its
 * context (plus the source headline when it says something else), and its
 * speaker's names. Each posting carries a BM25F impact computed here, so a
 * query only adds up bytes.
 */
import type { RefSet, Statement } from '../refset/types.ts';
import { analyze } from './analyze.ts';
import { DatePrecision, parseDay } from './dates.ts';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexParams,
  NO_DAY,
  type StoredIndex,
  TERM_NAME,
  TERM_NUMERIC,
} from './stored-index.ts';
import { ByteWriter } from './varint.ts';
import { storeVocabulary } from './vocabulary.ts';

/** Field weights and length normalisation, tuned on the CLEF train splits (bench/tune-index.mjs). */
export const DEFAULT_PARAMS: IndexParams = {
  k1: 1.2,
  text: { weight: 1, b: 0.75 },
  context: { weight: 1, b: 0.75 },
  speaker: { weight: 0.1, b: 0.5 },
};

const FIELDS = 3;
/** A term is a name when most of its occurrences are capitalised mid-sentence. */
const NAME_SHARE = 0.6;

/**
 * The context field: the one-line context, the source headline when it adds
 * words, and the whole sentence a fragment was taken from (a quote of four
 * words says little of its subject; its sentence does).
 */
function contextText(statement: Statement): string {
  const title = statement.source?.title?.trim() ?? '';
  const context = statement.context?.trim() ?? '';
  const parts = [context, title === context ? '' : title, statement.sentence?.trim() ?? ''];
  return parts.filter(Boolean).join('\n');
}

/** What tells two statements came from the same article: its URL, citation, or outlet and title. */
function sourceKey(statement: Statement): string | null {
  const source = statement.source as (Statement['source'] & { ref?: string }) | null | undefined;
  if (!source) return null;
  if (source.url) return source.url;
  if (source.ref) return source.ref;
  return source.title ? `${source.outlet ?? ''}\u0000${source.title}` : null;
}

interface TermTable {
  ids: Map<string, number>;
  terms: string[];
  occurrences: number[];
  namedOccurrences: number[];
  numeric: boolean[];
}

function termIdOf(table: TermTable, term: string, numeric: boolean): number {
  let id = table.ids.get(term);
  if (id === undefined) {
    id = table.terms.length;
    table.ids.set(term, id);
    table.terms.push(term);
    table.occurrences.push(0);
    table.namedOccurrences.push(0);
    table.numeric.push(numeric);
  }
  return id;
}

/** One statement's fields as term ids, with the name statistics counted on the way. */
function fieldTermIds(table: TermTable, text: string, countNames: boolean): number[] {
  const analyzed = analyze(text);
  const ids = new Array<number>(analyzed.terms.length);
  for (let i = 0; i < ids.length; i++) {
    const id = termIdOf(table, analyzed.terms[i]!, analyzed.numeric[i]!);
    ids[i] = id;
    if (countNames) {
      table.occurrences[id]!++;
      if (analyzed.named[i]) table.namedOccurrences[id]!++;
    }
  }
  return ids;
}

/**
 * Every statement's distinct term ids and their frequency per field, in flat
 * growable arrays (one typed array per statement would cost more than the
 * counting): statement i owns entries `starts[i]..starts[i + 1]`.
 */
class TermCounts {
  ids: number[] = [];
  tf: number[] = [];
  starts: number[] = [0];
  lengths: number[] = [];

  /** Counts one statement's fields (text, context, speaker names). */
  add(fields: number[][], scratch: CountScratch): void {
    const stamp = ++scratch.statement;
    const first = this.ids.length;
    fields.forEach((field, f) => {
      for (const id of field) {
        scratch.ensure(id);
        let at = scratch.slots[id]!;
        if (scratch.stamps[id] !== stamp) {
          scratch.stamps[id] = stamp;
          at = this.ids.length - first;
          scratch.slots[id] = at;
          this.ids.push(id);
          this.tf.push(0, 0, 0);
        }
        this.tf[(first + at) * FIELDS + f]!++;
      }
      this.lengths.push(field.length);
    });
    this.starts.push(this.ids.length);
  }
}

/** Term id -> place in the current statement's list, valid while its stamp is the statement's. */
class CountScratch {
  statement = 0;
  stamps = new Uint32Array(1024);
  slots = new Uint32Array(1024);

  ensure(id: number): void {
    if (id < this.stamps.length) return;
    let size = this.stamps.length * 2;
    while (size <= id) size *= 2;
    const stamps = new Uint32Array(size);
    stamps.set(this.stamps);
    const slots = new Uint32Array(size);
    slots.set(this.slots);
    this.stamps = stamps;
    this.slots = slots;
  }
}

export function buildIndex(set: RefSet, params: IndexParams = DEFAULT_PARAMS): StoredIndex {
  const count = set.statements.length;
  const speakerIndex = new Map(set.speakers.map((speaker, i) => [speaker.id, i]));
  const speakerTerms = set.speakers.map((speaker) => [speaker.name, ...speaker.aliases].join('\n'));
  const table: TermTable = {
    ids: new Map(),
    terms: [''],
    occurrences: [0],
    namedOccurrences: [0],
    numeric: [false],
  };
  const scratch = new CountScratch();
  const forward = new ByteWriter();
  const forwardOffsets = new Uint32Array(count + 1);
  const counts = new TermCounts();
  const statementSpeaker = new Int32Array(count).fill(-1);
  const statementDay = new Int32Array(count).fill(NO_DAY);
  const statementDatePrecision = new Uint8Array(count);
  const idParts: string[] = [];
  const statementIdOffsets = new Uint32Array(count + 1);
  const stanceOffsets = new Uint32Array(count + 1);
  const stances: number[] = [];
  const topicIndex = new Map(set.topics.map((topic, i) => [topic.id, i]));
  const topicNames = set.topics.map((topic) => topic.id);
  const sourceIndex = new Map<string, number>();
  const statementSource = new Int32Array(count).fill(-1);
  const topicOffsets = new Uint32Array(count + 1);
  const statementTopics: number[] = [];
  let idLength = 0;

  set.statements.forEach((statement, i) => {
    const speaker =
      statement.speakerId === null ? undefined : speakerIndex.get(statement.speakerId);
    if (speaker !== undefined) statementSpeaker[i] = speaker;
    const day = parseDay(statement.date);
    if (day) {
      statementDay[i] = day.first;
      statementDatePrecision[i] = day.precision;
    }
    statementIdOffsets[i] = idLength;
    idParts.push(statement.id);
    idLength += statement.id.length;

    const text = fieldTermIds(table, statement.text, true);
    const context = fieldTermIds(table, contextText(statement), true);
    const names = speaker === undefined ? [] : fieldTermIds(table, speakerTerms[speaker]!, false);
    counts.add([text, context, names], scratch);
    forwardOffsets[i] = forward.length;
    for (const id of text) forward.writeVarint(id);
    forward.writeVarint(0);
    for (const id of context) forward.writeVarint(id);

    const source = sourceKey(statement);
    if (source) {
      if (!sourceIndex.has(source)) sourceIndex.set(source, sourceIndex.size);
      statementSource[i] = sourceIndex.get(source)!;
    }
    topicOffsets[i] = statementTopics.length;
    for (const topic of new Set(statement.topics ?? [])) {
      let t = topicIndex.get(topic);
      if (t === undefined) {
        t = topicNames.push(topic) - 1;
        topicIndex.set(topic, t);
      }
      statementTopics.push(t);
    }
    stanceOffsets[i] = stances.length / 2;
    for (const [topic, position] of Object.entries(statement.stance ?? {})) {
      const t = topicIndex.get(topic);
      const p =
        t === undefined || t >= set.topics.length ? -1 : set.topics[t]!.positions.indexOf(position);
      if (t !== undefined && p >= 0) stances.push(t, p);
    }
  });
  statementIdOffsets[count] = idLength;
  forwardOffsets[count] = forward.length;
  stanceOffsets[count] = stances.length / 2;
  topicOffsets[count] = statementTopics.length;

  const termCount = table.terms.length;
  const df = new Uint32Array(termCount);
  for (const id of counts.ids) df[id]!++;
  const termFlags = new Uint8Array(termCount);
  for (let id = 1; id < termCount; id++) {
    if (table.numeric[id]) termFlags[id]! |= TERM_NUMERIC;
    const seen = table.occurrences[id]!;
    if (seen > 0 && table.namedOccurrences[id]! >= NAME_SHARE * seen) termFlags[id]! |= TERM_NAME;
  }

  const fields = [params.text, params.context, params.speaker];
  const averages = [0, 0, 0];
  counts.lengths.forEach((length, k) => {
    averages[k % FIELDS]! += length;
  });
  for (let f = 0; f < FIELDS; f++) averages[f] = Math.max(averages[f]! / Math.max(count, 1), 1);
  const norms = new Float64Array(FIELDS);

  // Postings grouped by term with a counting sort: statements arrive in order,
  // so each term's statements come out increasing, ready for gap encoding.
  const starts = new Uint32Array(termCount + 1);
  for (let id = 0; id < termCount; id++) starts[id + 1] = starts[id]! + df[id]!;
  const fill = starts.slice(0, termCount);
  const postingStatement = new Uint32Array(starts[termCount]!);
  const postingScore = new Float32Array(starts[termCount]!);
  let maxScore = 0;
  for (let i = 0; i < count; i++) {
    for (let f = 0; f < FIELDS; f++) {
      const { weight, b } = fields[f]!;
      norms[f] = weight / (1 - b + (b * counts.lengths[i * FIELDS + f]!) / averages[f]!);
    }
    for (let k = counts.starts[i]!; k < counts.starts[i + 1]!; k++) {
      const id = counts.ids[k]!;
      const tf =
        counts.tf[k * FIELDS]! * norms[0]! +
        counts.tf[k * FIELDS + 1]! * norms[1]! +
        counts.tf[k * FIELDS + 2]! * norms[2]!;
      const idf = Math.log(1 + (count - df[id]! + 0.5) / (df[id]! + 0.5));
      const score = (idf * tf * (params.k1 + 1)) / (params.k1 + tf);
      const at = fill[id]!++;
      postingStatement[at] = i;
      postingScore[at] = score;
      if (score > maxScore) maxScore = score;
    }
  }
  const impactScale = maxScore > 0 ? maxScore / 255 : 1;
  const postings = new ByteWriter();
  const postingOffsets = new Uint32Array(termCount + 1);
  for (let id = 0; id < termCount; id++) {
    postingOffsets[id] = postings.length;
    let previous = 0;
    for (let at = starts[id]!; at < starts[id + 1]!; at++) {
      postings.writeVarint(postingStatement[at]! - previous);
      previous = postingStatement[at]!;
      postings.writeByte(Math.max(1, Math.round(postingScore[at]! / impactScale)));
    }
  }
  postingOffsets[termCount] = postings.length;

  const dated: number[] = [];
  statementDatePrecision.forEach((precision, i) => {
    if (precision === DatePrecision.Day) dated.push(i);
  });
  const dayOrder = Uint32Array.from(dated).sort(
    (a, b) => statementDay[a]! - statementDay[b]! || a - b,
  );

  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    setId: set.id,
    setTitle: set.title,
    params,
    speakers: set.speakers,
    topics: set.topics,
    vocabulary: storeVocabulary(table.terms),
    df,
    termFlags,
    impactScale,
    postingOffsets,
    postings: postings.finish(),
    forwardOffsets,
    forward: forward.finish(),
    statementIds: idParts.join(''),
    statementIdOffsets,
    statementSpeaker,
    statementDay,
    statementDatePrecision,
    dayOrder,
    sourceKeys: [...sourceIndex.keys()],
    statementSource,
    topicNames,
    topicOffsets,
    statementTopics: Uint16Array.from(statementTopics),
    stanceOffsets,
    stances: Uint16Array.from(stances),
  };
}
