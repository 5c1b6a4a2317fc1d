// Reference-set figures: validation and conversion time for synthetic sets
// of 1,000, 10,000 and 100,000 statements (written by this script), and their
// sizes. Run: node bench/refset.mjs [--sizes 1000,100000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { syntheticRefSet } from './lib/synthetic-refset.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, '.tmp', 'bench-refset');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000,100000').split(',').map(Number);
const runs = Number(option('--runs', '3'));

// The core is TypeScript: bundle its public entry (once, in the parent), then import it.
await mkdir(out, { recursive: true });
if (args[0] !== '--measure')
  await esbuild.build({
    entryPoints: [path.join(root, 'src/core/refset/index.ts')],
    outfile: path.join(out, 'refset.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
const refset = await import(pathToFileURL(path.join(out, 'refset.mjs')).href);

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function toCsv(set) {
  const names = new Map(set.speakers.map((s) => [s.id, s.name]));
  const rows = set.statements.map((s) =>
    [
      names.get(s.speakerId) ?? '',
      s.date ?? '',
      s.text,
      s.source.title ?? '',
      s.source.url ?? '',
      s.kind,
    ]
      .map(csvCell)
      .join(','),
  );
  return `speaker,date,text,source_title,source_url,kind\r\n${rows.join('\r\n')}\r\n`;
}

function toClaimReview(set) {
  const names = new Map(set.speakers.map((s) => [s.id, s]));
  return {
    '@context': 'https://schema.org',
    '@graph': set.statements.map((s) => ({
      '@type': 'ClaimReview',
      url: s.source.url,
      claimReviewed: s.text,
      datePublished: s.date ?? '2024-01-01',
      author: { '@type': 'Organization', name: s.source.outlet },
      itemReviewed: {
        '@type': 'Claim',
        datePublished: s.date,
        author: s.speakerId ? { '@type': 'Person', name: names.get(s.speakerId).name } : undefined,
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: 'Mostly false',
        ratingValue: 2,
        bestRating: 5,
      },
    })),
  };
}

const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
const ms = (value) => `${value.toFixed(0)} ms`.padStart(8);

/**
 * What one measurement times, given the file's text: `prepare` runs once,
 * untimed; `run` is timed. Each runs in a fresh process so heaps do not mix.
 */
const OPERATIONS = {
  parse: { prepare: (text) => text, run: (text) => JSON.parse(text) },
  validate: { prepare: (text) => text, run: (text) => refset.parseRefSet(text) },
  format: {
    prepare: (text) => refset.parseRefSet(text).set,
    run: (set) => refset.formatRefSet(set),
  },
  csv: {
    prepare: (text) => text,
    run: (text) => refset.importRefSet(text, { from: 'csv', id: 'csv' }),
  },
  claimreview: {
    prepare: (text) => text,
    run: (text) => refset.importRefSet(text, { from: 'claimreview', id: 'cr' }),
  },
  bad: {
    prepare: (text) => {
      const set = JSON.parse(text);
      for (const statement of set.statements) statement.date = 'last month';
      return set;
    },
    run: (set) => ({ ...refset.validateRefSet(set), ok: true }),
  },
};

// Child mode: time one operation `runs` times on one file, print JSON.
if (args[0] === '--measure') {
  const [, name, file] = args;
  const operation = OPERATIONS[name];
  const input = operation.prepare(await readFile(file, 'utf8'));
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = operation.run(input);
    times.push(performance.now() - start);
  }
  if (result && result.ok === false)
    throw new Error(`${name} failed: ${result.errors.slice(0, 3).join('; ')}`);
  times.sort((a, b) => a - b);
  globalThis.gc();
  const statements = result?.set?.statements?.length ?? result?.statements?.length;
  process.stdout.write(
    JSON.stringify({
      ms: times[Math.floor(times.length / 2)],
      statements,
      heap: process.memoryUsage().heapUsed,
      errors: result?.errors?.length,
      last: result?.errors?.at(-1),
    }),
  );
  process.exit(0);
}

function measure(name, file) {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      fileURLToPath(import.meta.url),
      '--measure',
      name,
      file,
      '--runs',
      String(runs),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`${name} on ${file}: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

console.log(
  `refset: median of ${runs} runs, each operation in a fresh process; node ${process.version}`,
);
console.log(
  'statements  json size (gzip)    parse  parse+validate   format | csv size   import | claimreview size   import | live heap (text + set)',
);
for (const count of sizes) {
  const set = await syntheticRefSet(count);
  const files = {
    json: path.join(out, `set-${count}.json`),
    csv: path.join(out, `set-${count}.csv`),
    claimreview: path.join(out, `claimreview-${count}.json`),
  };
  const json = JSON.stringify(set);
  const csv = toCsv(set);
  const claimReview = JSON.stringify(toClaimReview(set));
  await writeFile(files.json, json);
  await writeFile(files.csv, csv);
  await writeFile(files.claimreview, claimReview);
  const parse = measure('parse', files.json);
  const validate = measure('validate', files.json);
  const format = measure('format', files.json);
  const fromCsv = measure('csv', files.csv);
  const fromReviews = measure('claimreview', files.claimreview);
  for (const [what, result] of [
    ['validate', validate],
    ['csv', fromCsv],
    ['claimreview', fromReviews],
  ]) {
    if (result.statements !== count)
      throw new Error(`${what} kept ${result.statements} of ${count} statements`);
  }
  console.log(
    [
      String(count).padStart(10),
      `${mib(json.length).padStart(9)} (${mib(gzipSync(json).length)})`.padEnd(18),
      ms(parse.ms),
      ms(validate.ms).padStart(15),
      ms(format.ms).padStart(8),
      '|',
      mib(csv.length).padStart(8),
      ms(fromCsv.ms),
      '|',
      mib(claimReview.length).padStart(16),
      ms(fromReviews.ms),
      '|',
      mib(validate.heap).padStart(10),
    ].join(' '),
  );
  if (count === sizes.at(-1)) {
    const bad = measure('bad', files.json);
    console.log(
      `bad set of ${count} (every date wrong): validate ${ms(bad.ms).trim()}, ${bad.errors} messages, the last: "${bad.last}"`,
    );
  }
}
