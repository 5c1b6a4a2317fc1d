/**
 * TEMPORARY: the few checks matching needs, until the reference-set validator
 * (src/core/refset/schema.ts, written in parallel) lands; every caller in
 * matching goes through this one function, so swapping it is a one-line
 * change. It rejects what would crash the index with a message naming the
 * place, and fills the optional lists a hand-written set may leave out.
 */
import type { RefSet, Speaker, Statement } from '../refset/types.ts';
import { REFSET_FORMAT } from '../refset/types.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requireString(record: Json, key: string, place: string): void {
  if (typeof record[key] !== 'string') throw new Error(`${place}.${key}: expected a string`);
}

function strings(value: unknown, place: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`${place}: expected a list of strings`);
  }
  return value;
}

export function loadRefSet(json: unknown): RefSet {
  if (!isObject(json) || json.format !== REFSET_FORMAT) {
    throw new Error(`not a Backstory reference set (expected "format": "${REFSET_FORMAT}")`);
  }
  if (!Array.isArray(json.statements)) throw new Error('statements: expected a list');
  if (json.speakers !== undefined && !Array.isArray(json.speakers))
    throw new Error('speakers: expected a list');
  const speakers = ((json.speakers as unknown[]) ?? []).map((speaker, i): Speaker => {
    const place = `speakers[${i}]`;
    if (!isObject(speaker)) throw new Error(`${place}: expected an object`);
    requireString(speaker, 'id', place);
    requireString(speaker, 'name', place);
    return {
      ...(speaker as unknown as Speaker),
      aliases: strings(speaker.aliases, `${place}.aliases`),
      memberOf: strings(speaker.memberOf, `${place}.memberOf`),
    };
  });
  const statements = json.statements.map((statement, i): Statement => {
    const place = `statements[${i}]`;
    if (!isObject(statement)) throw new Error(`${place}: expected an object`);
    requireString(statement, 'id', place);
    requireString(statement, 'text', place);
    return {
      ...(statement as unknown as Statement),
      speakerId: typeof statement.speakerId === 'string' ? statement.speakerId : null,
      date: typeof statement.date === 'string' ? statement.date : null,
      context: typeof statement.context === 'string' ? statement.context : '',
      topics: strings(statement.topics, `${place}.topics`),
      stance: isObject(statement.stance) ? (statement.stance as Statement['stance']) : {},
    };
  });
  const topics = Array.isArray(json.topics) ? (json.topics as RefSet['topics']) : [];
  topics.forEach((topic, i) => {
    if (!isObject(topic)) throw new Error(`topics[${i}]: expected an object`);
    requireString(topic as unknown as Json, 'id', `topics[${i}]`);
    strings(topic.positions, `topics[${i}].positions`);
  });
  return { ...(json as unknown as RefSet), speakers, statements, topics };
}
