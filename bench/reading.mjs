// Reading benchmark: how well and how fast Backstory reads real news pages.
//
//   node bench/reading.mjs [--verbose] [--page NAME]... [--no-speed] [--no-held-out]
//
// Quality: the direct quotations found in each page of ../shared/corpus/news-pages
// and news-pages-2 against the hand labels in bench/labels/ (news-pages.json,
// news-pages-2.json). A found quote counts when it covers at least 80% of a
// labelled one (each matched once); coverage is the mean share of a labelled
// quote its match covers; speaker accuracy is over the quotes that count.
// Speech reported without marks (labelled in news-pages-2 only) counts when a
// reported finding covers at least half of the labelled clause. Each corpus
// prints its tuning and held-out parts apart; --no-held-out leaves the
// held-out part of news-pages-2 unread, for tuning runs. --verbose lists every
// miss with its text (never for held-out pages): that prints third-party text
// to the terminal, never to a file.
//
// Speed, in one run on the same pages: extraction plus reading against
// Readability's parse alone (both on a clone of the same jsdom document), and
// the cost of reading 1x, 10x and 100x the longest article.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { corpusDir, corpusDirOf, listPages, parsePage, readPage } from './lib/corpus.mjs';
import { coverage, hashOf, locateLabels, matchQuotes, sameSpeaker } from './lib/scoring.mjs';
import { loadSource, root } from './lib/source.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyPages = args.flatMap((arg, i) => (args[i - 1] === '--page' ? [arg] : []));
const skipHeldOut = args.includes('--no-held-out');

/** The labelled corpora and the names of their two parts. */
const CORPORA = [
  { corpus: 'news-pages', labels: 'news-pages.json', tuning: 'dev' },
  { corpus: 'news-pages-2', labels: 'news-pages-2.json', tuning: 'tuning' },
];
for (const { corpus } of CORPORA) {
  if (!existsSync(corpusDirOf(corpus))) {
    console.error(
      `${corpusDirOf(corpus)} is missing: the reading bench needs ../shared/corpus (or BACKSTORY_SHARED)`,
    );
    process.exit(1);
  }
}

const { extractArticle, readArticle, Readability } = await loadSource('reading', {
  'src/dom/extract.ts': ['extractArticle'],
  'src/core/read.ts': ['readArticle'],
  'node_modules/@mozilla/readability/index.js': ['Readability'],
});

const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '   -  ');
const f1 = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const clip = (text) =>
  JSON.stringify(text.length > 140 ? `${text.slice(0, 66)} … ${text.slice(-66)}` : text);

/** A corpus's pages with their labels; a page whose text drifted from its labels says so. */
async function corpusPages({ corpus, labels: file, tuning }) {
  const labels = JSON.parse(await readFile(path.join(root, 'bench/labels', file), 'utf8'));
  const labelled = new Map(labels.pages.map((page) => [page.page, page]));
  const heldOut = new Set(labels.heldOut);
  const pages = [];
  for (const page of await listPages(corpus)) {
    const label = labelled.get(page);
    if (!label || (onlyPages.length > 0 && !onlyPages.includes(page))) continue;
    if (skipHeldOut && corpus !== 'news-pages' && heldOut.has(page)) continue;
    const article = extractArticle(parsePage(await readPage(page, corpus)));
    if (!article) {
      console.log(`  ${page.padEnd(24)} not extracted`);
      continue;
    }
    const { text } = article.map;
    const spans = [...label.quotes, ...(label.reported ?? [])];
    const drift = spans.filter((q) => hashOf(text.slice(q.start, q.end)) !== q.sha256);
    if (drift.length > 0 || hashOf(text) !== label.textSha256) {
      console.log(
        `  ${page.padEnd(24)} extraction drifted (${drift.length} labels moved): relabel`,
      );
    }
    const set = heldOut.has(page) ? 'held-out' : tuning;
    pages.push({ page, set, article, truths: label.quotes, reported: label.reported ?? [] });
  }
  return pages;
}

/** Our own pages (tests/fixtures/reading), labelled by their words. */
async function ownPages() {
  const dir = path.join(root, 'tests/fixtures/reading');
  const pages = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.html')).sort()) {
    const page = file.slice(0, -'.html'.length);
    if (onlyPages.length > 0 && !onlyPages.includes(page)) continue;
    const article = extractArticle(parsePage(await readFile(path.join(dir, file), 'utf8')));
    const labels = JSON.parse(await readFile(path.join(dir, `${page}.json`), 'utf8'));
    if (!article) {
      console.log(`  ${page.padEnd(24)} not extracted`);
      continue;
    }
    pages.push({
      page,
      set: 'own',
      article,
      truths: locateLabels(article.map.text, labels.quotes),
      reported: [],
    });
  }
  return pages;
}

/** Scores each page's quotations against its labels and prints the table and totals. */
function quality(pages, note) {
  const totals = {};
  console.log(
    `  ${'page'.padEnd(24)} ${'labels'.padStart(6)} ${'found'.padStart(6)} ${'match'.padStart(6)}  precision  recall     F1   speaker  reported`,
  );
  for (const { page, set, article, truths, reported } of pages) {
    const { text } = article.map;
    const reading = readArticle(text, article.meta, article.map.blocks);
    const found = reading.quotes.filter((q) => q.kind === 'direct');
    const { pairs, missed, extra } = matchQuotes(truths, found);
    const rightSpeaker = pairs.filter(([truth, quote]) => sameSpeaker(quote.speaker, truth));
    const reports = matchQuotes(
      reported,
      reading.quotes.filter((q) => q.kind === 'reported'),
      0.5,
    );
    const rightReported = reports.pairs.filter(([truth, q]) => sameSpeaker(q.speaker, truth));
    totals[set] ??= emptyTotals();
    const t = totals[set];
    t.labels += truths.length;
    t.found += found.length;
    t.matched += pairs.length;
    t.covered += pairs.reduce(
      (sum, [truth, quote]) => sum + Math.min(1, coverage(truth, quote)),
      0,
    );
    t.speakers += rightSpeaker.length;
    t.reported += reported.length;
    t.reportedMatched += reports.pairs.length;
    t.reportedSpeakers += rightReported.length;
    const p = pairs.length / found.length;
    const r = pairs.length / truths.length;
    const reportedCell =
      reported.length > 0
        ? `${rightReported.length}/${reports.pairs.length}/${reported.length}`
        : '';
    console.log(
      `  ${`${page}${set === 'held-out' ? '*' : ''}`.padEnd(24)} ${String(truths.length).padStart(6)} ${String(found.length).padStart(6)} ${String(pairs.length).padStart(6)}  ${pct(p).padStart(9)} ${pct(r).padStart(7)} ${pct(f1(p, r)).padStart(6)} ${pct(rightSpeaker.length / pairs.length).padStart(8)}  ${reportedCell.padStart(8)}`,
    );
    if (verbose && set !== 'held-out') {
      for (const q of missed)
        console.log(`      missed   [${q.speaker}] ${clip(text.slice(q.start, q.end))}`);
      for (const q of extra) console.log(`      extra    [${q.speaker}] ${clip(q.text)}`);
      for (const [truth, q] of pairs) {
        if (!sameSpeaker(q.speaker, truth)) {
          console.log(`      speaker  [${q.speaker} ≠ ${truth.speaker}] ${clip(q.text)}`);
        }
      }
      for (const q of reports.missed)
        console.log(`      unreported [${q.speaker}] ${clip(text.slice(q.start, q.end))}`);
      for (const [truth, q] of reports.pairs) {
        if (!sameSpeaker(q.speaker, truth)) {
          console.log(`      reporter [${q.speaker} ≠ ${truth.speaker}] ${clip(q.text)}`);
        }
      }
    }
  }
  if (note) console.log(note);
  const sets = Object.entries(totals);
  if (sets.length > 1) sets.push(['all', sumTotals(Object.values(totals))]);
  for (const [set, t] of sets) {
    const p = t.matched / t.found;
    const r = t.matched / t.labels;
    const reportedLine =
      t.reported > 0
        ? `; reported speech: ${t.reportedMatched} of ${t.reported} found (${pct(t.reportedMatched / t.reported)}), right speaker ${pct(t.reportedSpeakers / t.reportedMatched)}`
        : '';
    console.log(
      `  ${set.padEnd(9)} ${t.labels} labelled, ${t.found} found, ${t.matched} matched: precision ${pct(p)}, recall ${pct(r)}, F1 ${pct(f1(p, r))}, coverage ${pct(t.covered / t.matched)}; right speaker ${pct(t.speakers / t.matched)}${reportedLine}`,
    );
  }
}

function emptyTotals() {
  return {
    labels: 0,
    found: 0,
    matched: 0,
    covered: 0,
    speakers: 0,
    reported: 0,
    reportedMatched: 0,
    reportedSpeakers: 0,
  };
}

function sumTotals(list) {
  const sum = emptyTotals();
  for (const t of list) for (const key of Object.keys(sum)) sum[key] += t[key];
  return sum;
}

/** Median time of `run` in ms over `rounds`, after one warm-up. */
function median(rounds, run) {
  run();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

async function speed() {
  const docs = [];
  for (const page of await listPages()) docs.push(parsePage(await readPage(page)));
  const rounds = 15;
  // Interleaved by page so both sides see the same machine state.
  let readabilityAlone = 0;
  let readabilityNoSerialize = 0;
  let ours = 0;
  let readingOnly = 0;
  for (const doc of docs) {
    readabilityAlone += median(rounds, () => new Readability(doc.cloneNode(true)).parse());
    readabilityNoSerialize += median(rounds, () =>
      new Readability(doc.cloneNode(true), { serializer: (node) => node }).parse(),
    );
    ours += median(rounds, () => {
      const article = extractArticle(doc);
      if (article) readArticle(article.map.text, article.meta, article.map.blocks);
    });
    const article = extractArticle(doc);
    if (article)
      readingOnly += median(rounds, () =>
        readArticle(article.map.text, article.meta, article.map.blocks),
      );
  }
  console.log(`\nSpeed on ${docs.length} pages (sum of per-page medians of ${rounds} runs):`);
  console.log(
    `  Readability parse alone (clone + parse + HTML serialisation)  ${readabilityAlone.toFixed(1)} ms`,
  );
  console.log(
    `  Readability parse alone, no serialisation                     ${readabilityNoSerialize.toFixed(1)} ms`,
  );
  console.log(
    `  Backstory: gate + clone + map + Readability + text map + read ${ours.toFixed(1)} ms`,
  );
  console.log(
    `    of which reading (quotes, speakers, claims)                 ${readingOnly.toFixed(1)} ms`,
  );
  console.log(
    `  ratio ${(ours / readabilityAlone).toFixed(2)}x Readability's parse (${(ours / readabilityNoSerialize).toFixed(2)}x without its serialisation); goal <= 1.3x`,
  );

  // Growth with length runs in a fresh process: twenty jsdom documents in the
  // heap would weigh on every garbage collection and blur the figures.
  spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--growth'], { stdio: 'inherit' });
}

/** Reading 1x, 10x and 100x the longest article: the cost per character must stay flat. */
async function growth() {
  let longest = '';
  let longestMeta = null;
  for (const page of await listPages()) {
    const article = extractArticle(parsePage(await readPage(page)));
    if (article && article.map.text.length > longest.length) {
      longest = article.map.text;
      longestMeta = article.meta;
    }
  }
  console.log(
    `\nGrowth with length (the longest article, ${longest.length} characters, repeated):`,
  );
  const texts = [1, 10, 100].map((times) =>
    Array.from({ length: times }, () => longest).join('\n\n'),
  );
  // Warm up on every size first, so no size is measured cold.
  for (const text of texts) readArticle(text, longestMeta);
  let base = 0;
  texts.forEach((text, i) => {
    const times = 10 ** i;
    const ms = median(times === 100 ? 5 : 9, () => readArticle(text, longestMeta));
    if (times === 1) base = ms;
    console.log(
      `  ${String(times).padStart(3)}x  ${String(text.length).padStart(9)} chars  read ${ms.toFixed(1).padStart(8)} ms  ${((1000 * ms) / text.length).toFixed(2)} µs/char, ${(ms / base / times).toFixed(2)}x the 1x cost per character`,
    );
  });
}

if (args.includes('--growth')) {
  await growth();
} else {
  console.log(
    `Direct quotes on ${path.relative(root, corpusDir)} (found covers >= 80% of a labelled one):`,
  );
  quality(
    await corpusPages(CORPORA[0]),
    '  (* held out while the reader was developed; see bench/labels/README.md)',
  );
  console.log(
    `\nQuotes and reported speech on ${path.relative(root, corpusDirOf('news-pages-2'))} (reported: right speaker/found/labelled):`,
  );
  quality(
    await corpusPages(CORPORA[1]),
    '  (* held out: never tuned on; see bench/labels/README.md)',
  );
  console.log('\nDirect quotes on our own pages, tests/fixtures/reading (see its README):');
  quality(await ownPages());
  if (!args.includes('--no-speed')) await speed();
}
