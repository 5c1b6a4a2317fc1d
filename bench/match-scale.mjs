// Matching at scale: synthetic sets of 1,000, 10,000 and 100,000 statements
// and the 19,250-statement PolitiFact set (CLEF 2021 2B). For each: index
// build time, stored size (V8 serialisation, what IndexedDB keeps), load
// time from that stored form, memory the loaded index holds, one query's
// median time, and a whole article's (60 quotes and claims -> notes).
// Each set runs in its own process so memory figures do not mix.
//
//   node bench/match-scale.mjs
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { prepareTask, tmp } from './lib/clef.mjs';
import { loadCore } from './lib/core.mjs';
import { random, sentenceMaker, syntheticRefSet } from './lib/synthetic-refset.mjs';

const SIZES = ['1000', '10000', '100000', 'politifact'];
const QUERIES = 300;
const ARTICLES = 20;
const FINDINGS_PER_ARTICLE = 60;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const memory = () => {
  globalThis.gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** Queries like an article's: half reworded statements from the set, half new sentences. */
async function articleQueries(set, count, seed) {
  const rand = random(seed);
  const { sentence } = await sentenceMaker(seed + 1000);
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 1) return { text: sentence(10, 30) };
    const source = set.statements[Math.floor(rand() * set.statements.length)];
    const words = source.text.split(/\s+/).filter(() => rand() > 0.3);
    const speaker = set.speakers.find((s) => s.id === source.speakerId);
    return { text: words.join(' '), speaker: speaker?.name ?? null, date: source.date };
  });
}

async function politifactQueries() {
  const dir = await prepareTask('clef2021b');
  return (await readFile(path.join(dir, 'test.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

async function setAndQueries(core, which) {
  if (which === 'politifact') {
    const dir = await prepareTask('clef2021b');
    const set = core.refSetFromText(await readFile(path.join(dir, 'refset.json'), 'utf8'));
    return { set, queries: await politifactQueries() };
  }
  const set = await syntheticRefSet(Number(which));
  return { set, queries: await articleQueries(set, QUERIES, 7) };
}

const storedFile = (which) => path.join(tmp, `scale-${which}.bin`);

/** Phase 1 (its own process): build the index and store it as IndexedDB would (V8 serialisation). */
async function build(which) {
  const core = await loadCore();
  const { set, queries } = await setAndQueries(core, which);
  const started = performance.now();
  const stored = core.buildIndex(set);
  const buildMs = performance.now() - started;
  const bytes = v8.serialize(stored);
  await mkdir(tmp, { recursive: true });
  await writeFile(storedFile(which), bytes);
  await writeFile(`${storedFile(which)}.queries.json`, JSON.stringify(queries));
  return { statements: set.statements.length, buildMs, storedBytes: bytes.length };
}

/** Phase 2 (a fresh process): load it back, then time queries and articles. */
async function measure(which) {
  const core = await loadCore();
  const queries = JSON.parse(await readFile(`${storedFile(which)}.queries.json`, 'utf8'));
  const before = memory();
  let started = performance.now();
  let bytes = await readFile(storedFile(which));
  const index = core.StatementIndex.load(v8.deserialize(bytes));
  const loadMs = performance.now() - started;
  bytes = null;
  const heapBytes = memory() - before;

  for (const q of queries.slice(0, 20)) core.searchIndexes([index], q, { top: 5 });
  const times = [];
  for (let i = 0; i < QUERIES; i++) {
    const q = queries[i % queries.length];
    started = performance.now();
    core.searchIndexes([index], q, { top: 5 });
    times.push(performance.now() - started);
  }
  const article = (a) => {
    const findings = Array.from({ length: FINDINGS_PER_ARTICLE }, (_, i) => {
      const q = queries[(a * FINDINGS_PER_ARTICLE + i) % queries.length];
      return { id: `f${i}`, text: q.text, speaker: q.speaker ?? null };
    });
    const t = performance.now();
    core.chooseNotes([index], findings, { published: queries[a % queries.length].date ?? null });
    return performance.now() - t;
  };
  // Warm up the notes code as a long-lived background would have.
  for (let a = 0; a < 3; a++) article(a);
  const articleTimes = Array.from({ length: ARTICLES }, (_, a) => article(a));
  return { loadMs, heapBytes, queryMs: median(times), articleMs: median(articleTimes) };
}

const phase = process.argv.indexOf('--phase');
if (phase >= 0) {
  const [name, which] = process.argv.slice(phase + 1);
  console.log(JSON.stringify(name === 'build' ? await build(which) : await measure(which)));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (name, which) =>
    JSON.parse(
      execFileSync('node', ['--expose-gc', self, '--phase', name, which], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      }),
    );
  const rows = SIZES.map((which) => {
    const built = run('build', which);
    const measured = run('measure', which);
    return {
      set:
        which === 'politifact'
          ? 'PolitiFact (CLEF 2B)'
          : `synthetic ${Number(which).toLocaleString('en')}`,
      statements: built.statements,
      'build s': (built.buildMs / 1000).toFixed(2),
      'stored MB': (built.storedBytes / 2 ** 20).toFixed(1),
      'load ms': measured.loadMs.toFixed(1),
      'memory MB': (measured.heapBytes / 2 ** 20).toFixed(1),
      'query median ms': measured.queryMs.toFixed(3),
      'article median ms': measured.articleMs.toFixed(1),
    };
  });
  console.log(
    `Matching at scale (one query: top 5, re-ranked; article: ${FINDINGS_PER_ARTICLE} quotes and claims -> notes; load: read + deserialise + wrap)`,
  );
  console.table(rows);
  const [small, , large] = rows;
  const ratio = (key) => (large[key] / small[key]).toFixed(1);
  console.log(
    `100,000 vs 1,000 statements (100x the set): query ${ratio('query median ms')}x, article ${ratio('article median ms')}x, load ${ratio('load ms')}x, memory ${ratio('memory MB')}x`,
  );
}
