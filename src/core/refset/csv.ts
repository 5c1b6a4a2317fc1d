/**
 * CSV with a header row to statements. Parsing (quotes, quoted newlines,
 * CRLF, delimiter detection) is papaparse's; this module maps columns and
 * says which line is wrong. A user's own file is held to the format: a bad
 * row fails the import with its line number rather than being dropped.
 */
import Papa from 'papaparse';
import { readDate } from './dates.ts';
import type { Draft } from './draft.ts';
import { emptyDraft } from './draft.ts';
import { hash53, SpeakerRegistry, UniqueIds } from './speakers.ts';
import type { SpeakerKind, Statement, StatementKind } from './types.ts';

/** The columns read, in the order the documentation lists them. */
export const CSV_COLUMNS = [
  'speaker',
  'date',
  'text',
  'source_title',
  'source_url',
  'source_outlet',
  'context',
  'kind',
  'speaker_kind',
  'topics',
  'id',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Other spellings of a column name that people use. */
const COLUMN_ALIASES: Record<string, Column> = { url: 'source_url', outlet: 'source_outlet' };

const KINDS: StatementKind[] = ['quote', 'paraphrase', 'claim'];
const SPEAKER_KINDS: SpeakerKind[] = ['person', 'organisation', 'government', 'media'];

function columnName(header: string): string {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return COLUMN_ALIASES[name] ?? name;
}

/** Maps header cells to known columns, or says what is wrong with the header. */
function readHeader(cells: string[], draft: Draft): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    const name = columnName(cell);
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      if (name) ignored.push(JSON.stringify(cell.trim()));
    } else if (columns.has(name as Column)) {
      draft.errors.push(`line 1: column "${name}" appears twice in the header`);
    } else columns.set(name as Column, index);
  });
  if (!columns.has('text')) {
    const found = cells.map((cell) => JSON.stringify(cell.trim())).join(', ');
    draft.errors.push(
      `line 1: the header has no "text" column (found ${found}); the first line must name the columns, such as speaker,date,text,source_title,source_url`,
    );
    return null;
  }
  if (ignored.length)
    draft.warnings.push(
      `line 1: ignored unknown column${ignored.length > 1 ? 's' : ''} ${ignored.join(', ')}`,
    );
  return columns;
}

/** One data row to a statement, or an error for its line. */
function readRow(
  cells: string[],
  columns: Map<Column, number>,
  line: number,
  context: { registry: SpeakerRegistry; ids: UniqueIds; draft: Draft },
): void {
  const { draft } = context;
  const cell = (column: Column): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const place = `line ${line}`;
  const problems: string[] = [];
  const text = cell('text');
  if (!text) problems.push('text is empty');
  const dateCell = cell('date');
  const date = dateCell ? readDate(dateCell) : { date: null };
  if ('problem' in date) problems.push(`date: ${date.problem}`);
  const kind = (cell('kind').toLowerCase() || 'claim') as StatementKind;
  if (!KINDS.includes(kind))
    problems.push(`kind: expected quote, paraphrase or claim, got ${JSON.stringify(cell('kind'))}`);
  const speakerKind = (cell('speaker_kind').toLowerCase() || 'person') as SpeakerKind;
  if (!SPEAKER_KINDS.includes(speakerKind)) {
    problems.push(
      `speaker_kind: expected person, organisation, government or media, got ${JSON.stringify(cell('speaker_kind'))}`,
    );
  }
  if (problems.length) {
    for (const problem of problems) draft.errors.push(`${place}: ${problem}`);
    return;
  }
  const speaker = cell('speaker');
  const url = cell('source_url');
  const title = cell('source_title');
  const statement: Statement = {
    id: cell('id') || context.ids.take(`csv-${hash53([speaker, dateCell, text, url].join('\n'))}`),
    speakerId: speaker ? context.registry.resolve(speaker, speakerKind) : null,
    kind,
    text,
    date: 'date' in date ? date.date : null,
    context: cell('context') || title,
    source: { title: title || null, outlet: cell('source_outlet') || null, url: url || null },
    topics: [
      ...new Set(
        cell('topics')
          .split(/[;|]/)
          .map((topic) => topic.trim())
          .filter(Boolean),
      ),
    ],
    stance: {},
  };
  draft.statements.push(statement);
  draft.places.push(place);
}

/** Converts CSV text (with or without a byte-order mark, any line ending). */
export function convertCsv(text: string): Draft {
  const draft = emptyDraft(false);
  const body = text.replace(/^\uFEFF/, '');
  const registry = new SpeakerRegistry();
  const ids = new UniqueIds();
  let columns: Map<Column, number> | null | undefined;
  let headerLength = 0;
  // papaparse reports where each row ends; lines are counted from there so
  // messages give the line a text editor shows, even after quoted newlines.
  let lineAtCursor = 1;
  let cursor = 0;
  const advanceTo = (offset: number) => {
    for (let i = cursor; i < offset; i++) if (body.charCodeAt(i) === 10) lineAtCursor++;
    cursor = offset;
  };
  Papa.parse(body, {
    // Blank rows are skipped below, not by papaparse, so that every row's start is the previous row's end.
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (result, parser) => {
      let start = cursor;
      while (body[start] === '\n' || body[start] === '\r') start++;
      advanceTo(start);
      const line = lineAtCursor;
      advanceTo(result.meta.cursor);
      for (const error of result.errors) {
        // A one-column file has no delimiter to find; that is not a fault.
        if (error.code !== 'UndetectableDelimiter')
          draft.errors.push(`line ${line}: ${error.message}`);
      }
      if (result.data.every((cell) => !cell.trim())) return;
      if (columns === undefined) {
        columns = readHeader(result.data, draft);
        headerLength = result.data.length;
        if (!columns) parser.abort();
        return;
      }
      if (!columns) return;
      // Even empty extra cells mean the values may have shifted into the wrong columns.
      if (result.data.length > headerLength) {
        draft.errors.push(
          `line ${line}: more values than the header has columns (a value with the delimiter in it must be in double quotes)`,
        );
        return;
      }
      readRow(result.data, columns, line, { registry, ids, draft });
    },
  });
  if (columns === undefined)
    draft.errors.push('the file is empty: expected a header line and one line per statement');
  else if (columns && draft.statements.length === 0 && draft.errors.length === 0) {
    draft.errors.push('no statements: the file has a header but no rows');
  }
  draft.speakers = registry.list();
  return draft;
}
