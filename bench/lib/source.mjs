// Loads Backstory's TypeScript sources into a benchmark script: esbuild bundles
// the named exports into .tmp/bench/ and the script imports the bundle, so the
// benchmarks measure the same code the extension and the CLI ship.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `exports` maps a source file (relative to the repository root) to the names
 * to take from it; `name` names the bundle.
 */
export async function loadSource(name, exports) {
  const contents = Object.entries(exports)
    .map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`)
    .join('\n');
  const outfile = path.join(root, '.tmp/bench', `${name}.mjs`);
  await mkdir(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: `${name}-entry.ts` },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['jsdom'],
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
