// `npm run bench`: runs every area's benchmark (bench/<area>.mjs) in turn and
// prints its figures. Benchmarks read ../shared; unit tests never do.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const scripts = (await readdir(here))
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs')
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${script}\n`);
  const { status } = spawnSync(process.execPath, [path.join(here, script)], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
