// `npm run bench`: every benchmark, one after the other (the machine has two
// cores and each benchmark wants them both), each printing its own figures.
// They read ../shared (third-party corpora kept out of the project), so they
// are never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = process.env.BACKSTORY_SHARED ?? path.resolve(here, '../../shared');

const BENCHMARKS = [
  [
    'reading',
    'quote and speaker quality on real news pages; extraction speed against Readability alone',
  ],
  [
    'browser',
    "in real Chromium and Firefox: Backstory's page work against Readability alone, the content script's main-thread tasks",
  ],
  ['refset', 'reference-set validation and conversion at 1,000 to 100,000 statements'],
  ['claim-retrieval', 'MAP@5 on the CLEF CheckThat! claim-retrieval tasks'],
  ['match-scale', 'index build, size, load, memory and query time at 1,000 to 100,000 statements'],
  ['fuzz', 'generated documents through the whole annotate path: exceptions, hangs, time'],
  [
    'notes-dev',
    "context notes on real articles against an editor's labels: funnel, recall, false notes",
  ],
  [
    'reading-set',
    '"Your reading": adding an article at 100,000 statements, merges, matching the segmented set',
  ],
  [
    'notes-quality',
    'context notes on the seed articles, on articles left out of the set, on unrelated news',
  ],
];

const only = process.argv.slice(2);
if (!existsSync(shared)) {
  console.error(`The benchmarks read ${shared}, which is not here.`);
  process.exit(1);
}
let failed = 0;
for (const [name, what] of BENCHMARKS) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== ${name}: ${what}\n`);
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(here, `${name}.mjs`)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
