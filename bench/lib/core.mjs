// The matching core (and the set validator), bundled from src/ for in-process use by bench scripts
// that try many settings (a CLI run per setting would rebuild the index each time).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { root } from './clef.mjs';

export async function loadCore() {
  const outfile = path.join(root, '.tmp/bench-core.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'bench/lib/core-entry.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}
