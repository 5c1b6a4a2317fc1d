// `node bench/fuzz.mjs [COUNT] [SEED]`: generated documents through the whole
// `backstory annotate` path (jsdom, extraction, reading, matching against the
// bundled set), as the unit test does with 300 under a fixed seed, but many
// more, timing each. Prints exceptions (error lines other than "no article
// text" or "empty"), hangs (a document over HANG_MS) and the slowest documents.
// Reads nothing from ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { root } from './lib/clef.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? 0x5eed);
const HANG_MS = 5000;
const EXPECTED_ERRORS = /^(no article text found in|\S+ is empty$)/;

const outfile = path.join(root, '.tmp/bench-fuzz.mjs');
await esbuild.build({
  entryPoints: [path.join(root, 'bench/lib/fuzz-entry.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const { annotate, BUNDLED_REFSET_PATH, generateDocument, random } = await import(
  pathToFileURL(outfile).href
);

const next = random(SEED);
// annotate asks for the bundled set where its own module thinks it is: serve it there.
const files = {
  [BUNDLED_REFSET_PATH]: readFileSync(path.join(root, 'data/refsets/bundled.json'), 'utf8'),
};
const names = [];
for (let i = 0; i < COUNT; i++) {
  names.push(`doc-${i}`);
  files[`doc-${i}`] = generateDocument(next);
}
const times = [];
const exceptions = [];
let last = performance.now();
let articles = 0;
let findings = 0;
await annotate(names, {
  stdout(text) {
    const now = performance.now();
    const line = JSON.parse(text);
    times.push({ input: line.input, ms: now - last });
    last = now;
    if (line.error && !EXPECTED_ERRORS.test(line.error)) exceptions.push(line);
    if (!line.error) {
      articles++;
      findings += line.quotes.length + line.claims.length;
    }
  },
  stderr() {},
  readStdin: async () => '',
  readFile: async (file) => files[file],
  writeFile: async () => {},
});
const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const hangs = times.filter((t) => t.ms > HANG_MS);
console.log(`documents        ${COUNT} (seed ${SEED}), ${times.length} lines`);
console.log(`read as articles ${articles}, findings ${findings}`);
console.log(`exceptions       ${exceptions.length}`);
for (const line of exceptions.slice(0, 5)) console.log(`  ${line.input}: ${line.error}`);
console.log(`hangs (> ${HANG_MS} ms) ${hangs.length}`);
console.log(
  `ms per document  median ${at(0.5).toFixed(0)}, p99 ${at(0.99).toFixed(0)}, max ${sorted.at(-1).toFixed(0)}`,
);
process.exitCode = exceptions.length > 0 || hangs.length > 0 || times.length !== COUNT ? 1 : 0;
