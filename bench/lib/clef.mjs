// The CLEF CheckThat! claim-retrieval tasks as Backstory reference sets and
// JSON Lines queries. The data stays in ../shared; converted files go to
// .tmp/claim-retrieval/ (git-ignored) and are rebuilt when missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(
  process.env.BACKSTORY_SHARED ?? path.resolve(root, '../shared'),
  'bench/claim-retrieval',
);
export const tmp = path.join(root, '.tmp/claim-retrieval');

/** Tab-separated values with csv-style double quotes (a few claims hold newlines). */
export function parseTsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** TREC qrels -> Map(query id -> Set(relevant doc ids)). */
export function parseQrels(text) {
  const qrels = new Map();
  for (const line of text.split('\n')) {
    const [query, , doc, relevance] = line.trim().split(/\s+/);
    if (!doc || Number(relevance) <= 0) continue;
    if (!qrels.has(query)) qrels.set(query, new Set());
    qrels.get(query).add(doc);
  }
  return qrels;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n) => String(n).padStart(2, '0');

/** PolitiFact's "stated on October 28, 2019 in a speech:" -> { date, venue }. */
export function parseStated(stated) {
  const m = /^stated on (\w+) (\d{1,2}), (\d{4})\s*(.*?):?\s*$/.exec(stated ?? '');
  const month = m ? MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1 : 0;
  if (!m || month === 0) return { date: null, venue: '' };
  return { date: `${m[3]}-${pad(month)}-${pad(m[2])}`, venue: m[4] };
}

/** A debate sentence's date, from its id: "20121023_third_..." or "2019_oct_03_221". */
export function dateFromQueryId(id) {
  let m = /^(\d{4})(\d{2})(\d{2})_/.exec(id);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})_([a-z]{3})_(\d{2})_/.exec(id);
  if (m) return `${m[1]}-${pad(MONTHS.indexOf(m[2]) + 1)}-${m[3]}`;
  return null;
}

/**
 * A tweet as embedded ("... — Name (@handle) January 6, 2020") -> what a
 * Backstory query has: the words, who said them and when.
 */
export function splitTweet(tweet) {
  const m = /\s*[—–-]\s*([^—]*?)\s*\(@\w+\)\s*([A-Z][a-z]+) (\d{1,2}), (\d{4})\s*$/.exec(tweet);
  const month = m ? MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (!m || month === 0) return { text: tweet };
  return {
    text: tweet.slice(0, m.index),
    speaker: m[1] || null,
    date: `${m[4]}-${pad(month)}-${pad(m[3])}`,
  };
}

const slug = (name) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'unknown';

function refset(id, title, speakers, statements) {
  return { format: 'backstory-refset', version: 1, id, title, speakers, statements, topics: [] };
}

/** Scraped texts carry stray control characters, which the reference-set format rejects. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const clean = (value) => value.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]+/g, ' ');

function statement(id, text, context, extra = {}) {
  return {
    id,
    speakerId: null,
    text: clean(text),
    kind: 'claim',
    date: null,
    context: clean(context),
    source: { title: null, outlet: null, url: null },
    topics: [],
    stance: {},
    ...extra,
  };
}

const jsonl = (queries) => `${queries.map((q) => JSON.stringify(q)).join('\n')}\n`;

async function convert2020(dir) {
  const data = path.join(shared, 'clef2020-task2-en');
  const rows = parseTsv(await readFile(path.join(data, 'verified_claims.docs.tsv'), 'utf8')).slice(
    1,
  );
  const statements = rows
    .filter((r) => r.length >= 3 && r[0] !== '')
    .map(([id, vclaim, title]) =>
      statement(id, vclaim, title, { source: { title, outlet: 'Snopes', url: null } }),
    );
  await writeFile(
    path.join(dir, 'refset.json'),
    JSON.stringify(refset('clef2020-snopes', 'CLEF 2020 task 2 (Snopes)', [], statements)),
  );
  for (const split of ['train', 'dev', 'test']) {
    const tweets = parseTsv(
      await readFile(path.join(data, split, 'tweets.queries.tsv'), 'utf8'),
    ).slice(1);
    const queries = tweets
      .filter((r) => r.length >= 2 && r[0])
      .map(([id, text]) => ({ id, ...splitTweet(text) }));
    await writeFile(path.join(dir, `${split}.jsonl`), jsonl(queries));
    await writeFile(
      path.join(dir, `${split}.qrels`),
      await readFile(path.join(data, split, 'tweet-vclaim-pairs.qrels'), 'utf8'),
    );
  }
}

async function convert2021b(dir) {
  const data = path.join(shared, 'clef2021-task2b-en');
  const unpacked = path.join(tmp, 'politifact-vclaims');
  if (!existsSync(unpacked))
    execFileSync('tar', ['-xJf', path.join(data, 'politifact-vclaims.tar.xz'), '-C', tmp]);
  const files = (await readdir(unpacked)).filter((f) => f.endsWith('.json')).sort();
  const speakers = new Map();
  const statements = [];
  for (const file of files) {
    const v = JSON.parse(await readFile(path.join(unpacked, file), 'utf8'));
    const { date } = parseStated(v.date);
    let speakerId = null;
    if (v.speaker) {
      speakerId = slug(v.speaker);
      if (!speakers.has(speakerId)) {
        speakers.set(speakerId, {
          id: speakerId,
          name: v.speaker,
          aliases: [],
          kind: 'person',
          memberOf: [],
          description: '',
        });
      }
    }
    const url = v.url ? `https://www.politifact.com${v.url}` : null;
    statements.push(
      statement(v.vclaim_id, v.vclaim, v.title, {
        speakerId,
        date,
        source: { title: v.title, outlet: 'PolitiFact', url },
      }),
    );
  }
  await writeFile(
    path.join(dir, 'refset.json'),
    JSON.stringify(
      refset(
        'clef2021-politifact',
        'CLEF 2021 task 2B (PolitiFact)',
        [...speakers.values()],
        statements,
      ),
    ),
  );
  const read = async (f) => readFile(path.join(data, f), 'utf8');
  const sentences = new Map();
  for (const f of ['v1/iclaims.queries', 'queries.tsv']) {
    for (const line of (await read(f)).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) sentences.set(line.slice(0, tab), line.slice(tab + 1).trim());
    }
  }
  for (const [split, qrelsFile] of [
    ['train', 'v1/train.tsv'],
    ['dev', 'v1/dev.tsv'],
    ['test', 'task2b-test.tsv'],
  ]) {
    const qrelsText = await read(qrelsFile);
    const ids = [...parseQrels(qrelsText).keys()];
    const queries = ids.map((id) => ({ id, text: sentences.get(id), date: dateFromQueryId(id) }));
    await writeFile(path.join(dir, `${split}.jsonl`), jsonl(queries));
    await writeFile(path.join(dir, `${split}.qrels`), qrelsText);
  }
}

export const TASKS = {
  clef2020: { title: 'CLEF 2020 task 2 (tweets vs Snopes)', convert: convert2020 },
  clef2021b: { title: 'CLEF 2021 task 2B (debates vs PolitiFact)', convert: convert2021b },
};

/** Converts a task once; returns its folder (refset.json, {train,dev,test}.{jsonl,qrels}). */
export async function prepareTask(name) {
  if (!existsSync(shared))
    throw new Error(`${shared} is missing: the CLEF data lives in ../shared/bench`);
  const dir = path.join(tmp, name);
  if (!existsSync(path.join(dir, 'test.qrels'))) {
    await mkdir(dir, { recursive: true });
    await TASKS[name].convert(dir);
  }
  return dir;
}

/**
 * MAP@5 as trectools' get_map(depth=5): a run is ordered by score desc, then
 * doc id desc; AP@5 sums precision at each relevant doc in the top 5 and
 * divides by ALL the query's relevant docs; the mean is over the queries in
 * the run (a query with no rows is not in the run).
 */
export function map5(run, qrels) {
  let sum = 0;
  let queries = 0;
  for (const [query, ranked] of run) {
    if (ranked.length === 0) continue;
    queries++;
    const relevant = qrels.get(query);
    if (!relevant) continue;
    const ordered = [...ranked].sort(
      (a, b) => b.score - a.score || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
    let found = 0;
    let ap = 0;
    ordered.slice(0, 5).forEach((doc, i) => {
      if (relevant.has(doc.id)) ap += ++found / (i + 1);
    });
    sum += ap / relevant.size;
  }
  return queries ? sum / queries : 0;
}

const cli = path.join(root, 'dist/cli/backstory.mjs');

/** Runs the built `backstory match` on a query file; Map(query id -> matches, best first). */
export function runMatch(refsetPath, queriesPath, args = []) {
  if (!existsSync(cli))
    throw new Error('dist/cli/backstory.mjs is missing: run `node build.mjs --cli` first');
  const out = execFileSync('node', [cli, 'match', '--no-bundled', '--refs', refsetPath, ...args], {
    input: readFileSync(queriesPath, 'utf8'),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const run = new Map();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const { id, matches } = JSON.parse(line);
    run.set(id, matches);
  }
  return run;
}
