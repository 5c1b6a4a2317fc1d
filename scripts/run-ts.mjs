// Runs a TypeScript script with plain Node 20 (which cannot load .ts):
// bundles it with esbuild into .tmp/ and imports the result, passing the
// remaining arguments on.   node scripts/run-ts.mjs scripts/demo.ts [args…]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
  process.exit(2);
}
const outfile = path.join(root, '.tmp/run', `${path.basename(entry, '.ts')}.mjs`);
await esbuild.build({
  entryPoints: [path.resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
