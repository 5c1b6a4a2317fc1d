/**
 * The one validator for reference sets: the CLI, the options page, the
 * converters and the tests all call `validateRefSet` / `parseRefSet`. The
 * structure is a valibot schema (also the source of docs/refset.schema.json);
 * what a JSON Schema cannot say (ids that must exist, be unique, stances on a
 * topic's scale) is a `rawCheck` on the whole set, so it stays one schema.
 */
import * as v from 'valibot';
import { withoutBidiControls } from '../text/bidi.ts';
import { capMessages, LIMITS, MAX_ERRORS } from './limits.ts';
import type { RefSet } from './types.ts';
import { REFSET_FORMAT, REFSET_VERSION } from './types.ts';

/** What a check returns: a typed set, or every problem found, each naming its place. */
export type RefSetResult =
  | { ok: true; set: RefSet; warnings: string[] }
  | { ok: false; errors: string[] };

/** A short, safe rendering of a bad value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

// Control characters (C0, DEL, C1) hide text or break display; tab and newline are
// allowed only in long free text. Written without regex flags so the JSON Schema can carry them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to reject them
const SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to reject them
const MULTI_LINE = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to reject them
const ID = /^[^\s\u0000-\u001f\u007f-\u009f]+$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

const DATE_EXPECTED = 'expected YYYY, YYYY-MM or YYYY-MM-DD';

/** Whether a YYYY-MM-DD (or shorter) string names a day that exists. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a YYYY-MM-DD (or shorter) string names a day that exists; runs once per statement, so no split(). */
function isCalendarDate(date: string): boolean {
  if (date.length < 10) return true;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** A trimmed, non-empty, single-line string of at most `max` characters. */
function line(max: number, what = 'text') {
  return v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'is empty'),
    v.maxLength(max, (issue) => `is too long (${issue.input.length} characters, at most ${max})`),
    v.regex(SINGLE_LINE, `${what} contains a control character`),
  );
}

/** Like `line` but may be empty (a field whose value is unknown). */
function optionalLine(max: number) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max, (issue) => `is too long (${issue.input.length} characters, at most ${max})`),
    v.regex(SINGLE_LINE, 'contains a control character'),
  );
}

/** Free text that may run over several lines; CRLF becomes LF. */
function paragraphs(max: number, minLength: number) {
  return v.pipe(
    v.string(),
    v.transform((text) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text)),
    v.trim(),
    v.minLength(minLength, 'is empty'),
    v.maxLength(max, (issue) => `is too long (${issue.input.length} characters, at most ${max})`),
    v.regex(MULTI_LINE, 'contains a control character (only tab and newline are allowed)'),
  );
}

/** An array of at most `max` items. */
function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`));
}

export const IdSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'is empty'),
  v.maxLength(LIMITS.id, `is too long (at most ${LIMITS.id} characters)`),
  v.regex(
    ID,
    (issue) =>
      `expected an id without spaces or control characters, got ${describeValue(issue.input)}`,
  ),
  v.description('An identifier: no spaces or control characters, unique within its list.'),
);

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day; null when the record gives no date. */
export const DateSchema = v.nullable(
  v.pipe(
    v.string((issue) => `${DATE_EXPECTED} or null, got ${describeValue(issue.input)}`),
    v.trim(),
    v.regex(DATE, (issue) => `${DATE_EXPECTED}, got ${describeValue(issue.input)}`),
    v.check(isCalendarDate, (issue) => `no such day: ${describeValue(issue.input)}`),
    v.description(
      'YYYY, YYYY-MM or YYYY-MM-DD, with only the precision the record supports; null when unknown.',
    ),
  ),
);

/** Why `date` is not a date the format takes (the validator's own words), or null. */
export function dateProblem(date: string): string | null {
  const result = v.safeParse(DateSchema, date, { abortPipeEarly: true });
  return result.success ? null : result.issues[0].message;
}

/** An absolute http(s) URL, or null. */
export const UrlSchema = v.nullable(
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`),
    v.regex(HTTP_URL, (issue) => `expected an http(s) URL, got ${describeValue(issue.input)}`),
    v.url((issue) => `expected an http(s) URL, got ${describeValue(issue.input)}`),
  ),
);

export const TextSchema = paragraphs(LIMITS.text, 1);

/** A speaker's name: bidi controls would keep it from matching the same name in a page. */
const nameLine = () =>
  v.pipe(
    v.string(),
    v.transform((name: string) => withoutBidiControls(name)),
    line(LIMITS.name),
  );

export const SpeakerSchema = v.strictObject({
  id: IdSchema,
  name: nameLine(),
  aliases: list(nameLine(), LIMITS.aliases),
  kind: v.pipe(
    v.picklist(['person', 'organisation', 'government', 'media']),
    v.description(
      'A government is a state as a whole; its ministries and offices are organisations.',
    ),
  ),
  memberOf: v.pipe(
    list(IdSchema, LIMITS.memberOf),
    v.description('Ids of the speakers this one speaks for (transitive, no cycles).'),
  ),
  description: v.optional(optionalLine(LIMITS.description), ''),
});

export const SourceSchema = v.strictObject({
  title: v.nullable(line(LIMITS.name * 2)),
  outlet: v.optional(v.nullable(line(LIMITS.name)), null),
  url: v.optional(UrlSchema, null),
  ref: v.optional(
    v.pipe(
      line(LIMITS.name),
      v.description('A citation for a source without a URL, such as a seed file.'),
    ),
  ),
});

export const ReviewSchema = v.strictObject({
  rating: line(LIMITS.name),
  reviewer: v.nullable(line(LIMITS.name)),
  url: UrlSchema,
  date: DateSchema,
});

export const StatementSchema = v.strictObject({
  id: IdSchema,
  speakerId: v.pipe(
    v.nullable(IdSchema),
    v.description(
      'The speaker, or the organisation an anonymous source speaks for; null when none is named.',
    ),
  ),
  attribution: v.optional(
    v.pipe(
      line(LIMITS.name),
      v.description('How the source describes the speaker ("a senior White House official").'),
    ),
  ),
  text: TextSchema,
  kind: v.pipe(
    v.picklist(['quote', 'paraphrase', 'claim', 'report']),
    v.description(
      "quote: the speaker's exact words; paraphrase: the source's words; claim: as a fact-checker recorded it; report: the source's own account.",
    ),
  ),
  sentence: v.optional(
    v.pipe(
      TextSchema,
      v.description('The whole source sentence the text was taken from, when it says more.'),
    ),
  ),
  date: DateSchema,
  context: v.pipe(
    optionalLine(LIMITS.context),
    v.description('A headline or one-line summary of the occasion.'),
  ),
  source: SourceSchema,
  topics: v.optional(list(IdSchema, LIMITS.statementTopics), () => []),
  stance: v.optional(
    v.pipe(
      v.record(IdSchema, line(LIMITS.name)),
      v.description(
        "Topic id -> position on that topic's scale; every key is a defined topic listed in topics.",
      ),
    ),
    () => ({}),
  ),
  review: v.optional(ReviewSchema),
});

export const TopicSchema = v.strictObject({
  id: IdSchema,
  label: line(LIMITS.name),
  positions: v.pipe(
    list(line(LIMITS.name), LIMITS.positions),
    v.description(
      'An ordered scale: the same position repeats, a neighbour shifts, two or more steps apart contradict.',
    ),
  ),
  cues: v.optional(
    v.pipe(
      v.record(line(LIMITS.name), list(line(LIMITS.name), LIMITS.cuesPerPosition)),
      v.description(
        'Position -> phrases that take it; every key is one of positions. Lets notes place quotes the set has never seen.',
      ),
    ),
  ),
});

/** The shape of a set: everything a JSON Schema can say. */
export const RefSetShape = v.strictObject({
  format: v.literal(REFSET_FORMAT),
  version: v.literal(REFSET_VERSION),
  id: IdSchema,
  title: line(LIMITS.name),
  description: v.optional(paragraphs(LIMITS.setDescription, 0)),
  license: v.optional(line(LIMITS.name)),
  topics: v.optional(list(TopicSchema, LIMITS.topics), () => []),
  speakers: list(SpeakerSchema, LIMITS.speakers),
  statements: list(StatementSchema, LIMITS.statements),
});

type Shape = v.InferOutput<typeof RefSetShape>;
type AddIssue = (message: string, path: (string | number)[]) => void;

/** Each id's first index; later copies are reported. */
function checkUnique(
  items: { id: string }[],
  list: string,
  addIssue: AddIssue,
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, index);
    else
      addIssue(`duplicate id ${describeValue(item.id)} (first at ${list}[${seen}])`, [
        list,
        index,
        'id',
      ]);
  });
  return first;
}

/** memberOf must name other speakers of the set and never loop back. */
function checkMembership(set: Shape, speakerIndex: Map<string, number>, addIssue: AddIssue): void {
  set.speakers.forEach((speaker, index) => {
    speaker.memberOf.forEach((id, j) => {
      if (id === speaker.id)
        addIssue('a speaker cannot be a member of itself', ['speakers', index, 'memberOf', j]);
      else if (!speakerIndex.has(id))
        addIssue(`unknown speaker id ${describeValue(id)}`, ['speakers', index, 'memberOf', j]);
    });
  });
  // Depth-first search over memberOf; a grey node met again closes a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'black') return;
    if (state.get(id) === 'grey') {
      const cycle = [...trail.slice(trail.indexOf(id)), id].join(' -> ');
      addIssue(`membership cycle: ${cycle}`, ['speakers', speakerIndex.get(id)!, 'memberOf']);
      return;
    }
    state.set(id, 'grey');
    const index = speakerIndex.get(id);
    const speaker = index === undefined ? undefined : set.speakers[index];
    for (const parent of speaker?.memberOf ?? []) {
      if (parent !== id && speakerIndex.has(parent)) visit(parent, [...trail, id]);
    }
    state.set(id, 'black');
  };
  for (const speaker of set.speakers) visit(speaker.id, []);
}

/** speakerId, stance topics and positions must refer to what the set defines. */
function checkStatements(set: Shape, speakerIndex: Map<string, number>, addIssue: AddIssue): void {
  const scales = new Map<string, string[]>();
  for (const topic of set.topics) if (!scales.has(topic.id)) scales.set(topic.id, topic.positions);
  set.statements.forEach((statement, index) => {
    if (statement.speakerId !== null && !speakerIndex.has(statement.speakerId)) {
      addIssue(`unknown speaker id ${describeValue(statement.speakerId)}`, [
        'statements',
        index,
        'speakerId',
      ]);
    }
    for (const [topic, position] of Object.entries(statement.stance)) {
      const place = ['statements', index, 'stance', topic];
      const scale = scales.get(topic);
      if (!scale)
        addIssue(
          `unknown topic ${describeValue(topic)}: a stance needs a topic defined in topics`,
          place,
        );
      else if (!scale.includes(position)) {
        const allowed = scale.length
          ? scale.map((p) => JSON.stringify(p)).join(', ')
          : 'none: it has no scale';
        addIssue(
          `position ${describeValue(position)} is not on the scale of ${describeValue(topic)} (${allowed})`,
          place,
        );
      } else if (!statement.topics.includes(topic)) {
        addIssue(
          `topic ${describeValue(topic)} has a stance but is not in this statement's topics`,
          place,
        );
      }
    }
  });
}

/** The references inside a set, checked once its shape is right. */
const crossReferences = v.rawCheck<Shape>(({ dataset, addIssue }) => {
  // valibot runs this even after shape errors; ids are only trustworthy once the shape is right.
  if (!dataset.typed) return;
  const set = dataset.value;
  const add: AddIssue = (message, path) =>
    addIssue({
      message,
      path: path.map((key) => ({
        type: 'unknown',
        origin: 'value',
        input: set,
        key,
        value: undefined,
      })) as never,
    });
  checkUnique(set.topics, 'topics', add);
  const speakerIndex = checkUnique(set.speakers, 'speakers', add);
  checkUnique(set.statements, 'statements', add);
  set.topics.forEach((topic, index) => {
    topic.positions.forEach((position, j) => {
      if (topic.positions.indexOf(position) !== j) {
        add(`position ${describeValue(position)} appears twice`, ['topics', index, 'positions', j]);
      }
    });
    for (const position of Object.keys(topic.cues ?? {})) {
      if (!topic.positions.includes(position)) {
        add(`cues for ${describeValue(position)}, which is not one of this topic's positions`, [
          'topics',
          index,
          'cues',
          position,
        ]);
      }
    }
  });
  checkMembership(set, speakerIndex, add);
  checkStatements(set, speakerIndex, add);
});

export const RefSetSchema = v.pipe(RefSetShape, crossReferences);

// The hand-written, documented types and the schema must describe the same thing.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: SameShape<v.InferOutput<typeof RefSetSchema>, RefSet> = true;
void schemaMatchesTypes;

/** `statements[12].date`, or `` for the set itself. */
function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let place = '';
  for (const { key } of path ?? []) {
    if (typeof key === 'number') place += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][\w-]*$/.test(key))
      place += place ? `.${key}` : key;
    else place += `[${JSON.stringify(String(key))}]`;
  }
  return place;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  Object: 'an object',
  Array: 'an array',
  null: 'null',
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const place = formatPath(issue.path);
  const at = place ? `${place}: ` : '';
  const keyIssue = issue.type === 'strict_object' && issue.path?.at(-1)?.origin === 'key';
  if (keyIssue && issue.expected === 'never')
    return `${at}unknown field (not part of format version ${REFSET_VERSION})`;
  if (keyIssue) return `${at}is missing`;
  // valibot's own messages start with "Invalid"; ours are kept as written.
  if (issue.kind !== 'schema' || !issue.message.startsWith('Invalid '))
    return `${at}${issue.message}`;
  const options = (issue.expected ?? '')
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((part) => EXPECTED[part] ?? part);
  const expected =
    options.length > 1 ? `${options.slice(0, -1).join(', ')} or ${options.at(-1)}` : options[0];
  return `${at}expected ${expected}, got ${describeValue(issue.input)}`;
}

/** format and version first: a file of another kind or version gets one clear message, not thousands. */
function checkHeader(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return `expected a JSON object with "format": "${REFSET_FORMAT}", got ${describeValue(input)}`;
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== REFSET_FORMAT) {
    return `format: expected "${REFSET_FORMAT}", got ${describeValue(format)} (ClaimReview JSON-LD and CSV are imported by choosing that format, not read as Backstory sets)`;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > REFSET_VERSION) {
    return `version: this set uses format version ${version}, newer than this Backstory reads (${REFSET_VERSION}); update Backstory to use it`;
  }
  if (version !== REFSET_VERSION)
    return `version: expected ${REFSET_VERSION}, got ${describeValue(version)}`;
  return null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
const STRAY_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A copy of `value` with stray control characters (C0 but tab, newline and
 * carriage return; DEL; C1) taken out of every string, and a warning per
 * field naming what went. Scraped sets carry them (U+0090 in a dump of
 * 19,000 statements), and one of them should not refuse the whole set.
 */
function withoutStrayControls(
  value: unknown,
  path: (string | number)[],
  warnings: string[],
): unknown {
  if (typeof value === 'string') {
    const found = value.match(STRAY_CONTROLS);
    if (!found) return value;
    const names = [...new Set(found)].map(codePoint);
    const place = formatPath(path.map((key) => ({ key })));
    warnings.push(
      `${place}: removed control character${names.length > 1 ? 's' : ''} ${names.join(', ')}`,
    );
    return value.replace(STRAY_CONTROLS, '');
  }
  if (Array.isArray(value))
    return value.map((item, index) => withoutStrayControls(item, [...path, index], warnings));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        withoutStrayControls(item, [...path, key], warnings),
      ]),
    );
  }
  return value;
}

/**
 * Checks a parsed JSON value; on success the set comes back trimmed and typed.
 * `maxErrors` is for converters that need every message to skip bad items.
 */
export function validateRefSet(input: unknown, { maxErrors = MAX_ERRORS } = {}): RefSetResult {
  const headerError = checkHeader(input);
  if (headerError) return { ok: false, errors: [headerError] };
  const warnings: string[] = [];
  const cleaned = withoutStrayControls(input, [], warnings);
  // One message per field: a date that is not a date is not also "no such day".
  const result = v.safeParse(RefSetSchema, cleaned, { abortPipeEarly: true });
  if (result.success)
    return { ok: true, set: result.output, warnings: capMessages(warnings, maxErrors, 'warning') };
  return { ok: false, errors: capMessages(result.issues.map(describeIssue), maxErrors, 'error') };
}

/** Where a JSON.parse error happened, as line and column, when the engine says. */
function jsonErrorPlace(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const lineNumber = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} (line ${lineNumber}, column ${column})`;
}

/** JSON.parse with a message that says where the text went wrong; a byte-order mark is allowed. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return {
      ok: false,
      errors: [`not valid JSON: ${jsonErrorPlace(text, (error as Error).message)}`],
    };
  }
}

/** Parses and checks a set's JSON text. */
export function parseRefSet(text: string): RefSetResult {
  const parsed = parseJson(text);
  return parsed.ok ? validateRefSet(parsed.value) : parsed;
}
