// "Your reading" at 100,000 statements: what recording one more article
// costs in the background, what merging segments costs over time, and what
// matching an article costs against the segmented set next to one index of
// the same statements. The set is synthetic (bench/lib/synthetic-refset.mjs,
// 30 statements an article); storage is fake-indexeddb in Node, so the
// IndexedDB part is indicative only (the browsers' own is not reachable
// from here). Goal: adding a 30-quote article <= 50 ms.
//
//   node bench/reading-set.mjs
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { root } from './lib/clef.mjs';
import { sentenceMaker, syntheticRefSet } from './lib/synthetic-refset.mjs';

const SIZE = 100_000;
const PER_ARTICLE = 30;
const ADDS = 30;
const AT_LIMIT_ADDS = 10;
const MATCHED_ARTICLES = 10;
const GOAL_MS = 50;

const outfile = path.join(root, '.tmp/bench-reading.mjs');
await esbuild.build({
  entryPoints: [path.join(root, 'bench/lib/reading-entry.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const core = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Wall-clock and CPU time: on a shared machine the CPU time says what the work itself costs. */
const time = async (fn) => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
};

const set = await syntheticRefSet(SIZE);
const articles = [];
for (let k = 0; k * PER_ARTICLE < set.statements.length; k++) {
  const id = `r${k}`;
  const url = `https://example.org/read/${k}`;
  articles.push({
    id,
    url,
    site: 'example.org',
    outlet: 'Example',
    title: `Article ${k}`,
    date: '2024-05-01',
    visitDated: false,
    statements: set.statements
      .slice(k * PER_ARTICLE, (k + 1) * PER_ARTICLE)
      .map((s, n) => ({ ...s, id: `${id}-${n + 1}`, source: { ...s.source, url } })),
  });
}

// The set in the store, as an import leaves it: one segment.
const store = new core.ReadingStore('bench-reading', () => {});
const imported = await time(() =>
  store.importArticles(articles, set.speakers, core.buildReadingSegment),
);
const service = new core.ReadingService(store);
await service.indexes();

const { sentence, rand } = await sentenceMaker(99);
const newPage = (n) => ({
  url: `https://example.org/new/${n}`,
  articleId: `new-${n}`,
  meta: { title: `New ${n}`, byline: null, site: 'Example', published: '2024-06-01', length: 5000 },
  visitedAt: '2024-06-01T10:00:00Z',
  quotes: Array.from({ length: PER_ARTICLE }, (_, i) => {
    const text = sentence(12, 30);
    return {
      id: `q${i}`,
      text,
      speaker: set.speakers[Math.floor(rand() * set.speakers.length)].name,
      speakerId: null,
      cue: 'said',
      kind: 'direct',
      start: 0,
      end: text.length,
      selector: { exact: text, prefix: '', suffix: '' },
    };
  }),
});

/** Adds `count` new articles one at a time; merges run after each, timed apart. */
async function addArticles(count, first) {
  const times = [];
  const cpu = [];
  let mergeMs = 0;
  for (let n = first; n < first + count; n++) {
    const page = newPage(n);
    const added = await time(() => service.record(page, []));
    if (added.value !== 'added') throw new Error(`article ${n} was not added: ${added.value}`);
    times.push(added.ms);
    cpu.push(added.cpuMs);
    // The next article's matching sees it at once: its segment is among the held ones.
    if (!(await service.indexes()).some((index) => index.statementId(0) === `new-${n}-1`)) {
      throw new Error(`the segment of article ${n} is not held`);
    }
    mergeMs += (await time(() => service.settled())).ms;
  }
  return { times, cpu, mergeMs };
}

// Below the limit: the add alone. At the limit: the oldest article goes in the same write.
await store.setLimit(2 * SIZE);
const below = await addArticles(ADDS, 0);
await store.setLimit((await store.state()).statementCount);
const atLimit = await addArticles(AT_LIMIT_ADDS, ADDS);
const adds = below.times;
const mergeMs = below.mergeMs;
const spread = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${median(times).toFixed(1)}, 90th percentile ${sorted[Math.floor(times.length * 0.9)].toFixed(1)}, slowest ${sorted.at(-1).toFixed(1)} (the first ${times[0].toFixed(1)})`;
};

// Re-indexing cost per statement, which merges pay once per tier.
const slice = set.statements.slice(0, 4096);
core.buildSegmentIndex({ id: 'x', title: 'x' }, slice.slice(0, 256), set.speakers);
const perStatement =
  (await time(() => core.buildSegmentIndex({ id: 'x', title: 'x' }, slice, set.speakers))).ms /
  slice.length;
const tiers = core.tierOf(SIZE) + 1;

// Matching: the segments 3,334 recorded articles leave, and one index of the same statements.
let layout = [];
let next = 0;
for (const article of articles) {
  layout.push({
    segment: next++,
    size: article.statements.length,
    live: article.statements.length,
    first: layout.length,
  });
  for (let merge = core.nextMerge(layout); merge; merge = core.nextMerge(layout)) {
    const parts = layout.filter((s) => merge.includes(s.segment));
    const size = parts.reduce((sum, s) => sum + s.size, 0);
    layout = [
      ...layout.filter((s) => !merge.includes(s.segment)),
      { segment: next++, size, live: size },
    ];
  }
}
let offset = 0;
const segmentIndexes = layout.map((s) => {
  const statements = set.statements.slice(offset, offset + s.size);
  offset += s.size;
  const stored = core.buildSegmentIndex(
    { id: 'your-reading', title: 'Your reading' },
    statements,
    set.speakers,
  );
  return core.StatementIndex.load(core.asSegment(stored, s.segment));
});
const single = core.StatementIndex.load(core.buildIndex(set));
const findingsOf = (a) =>
  Array.from({ length: PER_ARTICLE }, (_, i) => {
    if (i % 2 === 1) return { id: `f${i}`, text: sentence(10, 30) };
    const source = set.statements[(a * 7919 + i * 104729) % set.statements.length];
    const words = source.text.split(/\s+/).filter(() => rand() > 0.3);
    return {
      id: `f${i}`,
      text: words.join(' '),
      speaker: set.speakers.find((s) => s.id === source.speakerId)?.name ?? null,
    };
  });
const matchTimes = (indexes) => {
  for (let a = 0; a < 3; a++) core.chooseNotes(indexes, findingsOf(a), { published: '2024-06-01' });
  return median(
    Array.from({ length: MATCHED_ARTICLES }, (_, a) => {
      const t = performance.now();
      core.chooseNotes(indexes, findingsOf(a + 3), { published: '2024-06-01' });
      return performance.now() - t;
    }),
  );
};
const singleMs = matchTimes([single]);
const segmentedMs = matchTimes(segmentIndexes);

const addMedian = median(adds);
console.log(
  `"Your reading" at ${SIZE.toLocaleString('en')} statements (${PER_ARTICLE} an article; fake-indexeddb in Node)`,
);
console.table([
  {
    what: `import of ${SIZE.toLocaleString('en')} statements (one segment)`,
    ms: imported.ms.toFixed(0),
  },
  { what: `add one ${PER_ARTICLE}-quote article: median of ${ADDS}`, ms: addMedian.toFixed(1) },
  { what: `  the same, CPU time of the process`, ms: median(below.cpu).toFixed(1) },
  {
    what: `add one at the size limit (the oldest article goes): median of ${AT_LIMIT_ADDS}`,
    ms: median(atLimit.times).toFixed(1),
  },
  { what: `segment merges after those ${ADDS} adds, per article`, ms: (mergeMs / ADDS).toFixed(1) },
  {
    what: `merges in the long run, per article (${PER_ARTICLE} x ${tiers} tiers x ${perStatement.toFixed(3)} ms)`,
    ms: (PER_ARTICLE * tiers * perStatement).toFixed(1),
  },
  {
    what: `match a ${PER_ARTICLE}-finding article: one index of ${SIZE.toLocaleString('en')}`,
    ms: singleMs.toFixed(1),
  },
  {
    what: `match a ${PER_ARTICLE}-finding article: the ${segmentIndexes.length} segments recording leaves`,
    ms: segmentedMs.toFixed(1),
  },
]);
console.log(`adding below the limit: ${spread(adds)} ms`);
console.log(`adding at the limit: ${spread(atLimit.times)} ms`);
console.log(`CPU time of an add below the limit: ${spread(below.cpu)} ms`);
console.log(
  `load average while it ran: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (2 cores)`,
);
console.log(
  `adding an article: median ${addMedian.toFixed(1)} ms against the goal of ${GOAL_MS} ms: ${addMedian <= GOAL_MS ? 'met' : 'MISSED'}; segments: ${layout.map((s) => s.size).join(', ')}`,
);
