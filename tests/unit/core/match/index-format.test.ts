import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { expect, it } from 'vitest';
import { INDEX_VERSION } from '../../../../src/core/match/stored-index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const recordFile = path.join(root, 'tests/unit/core/match/index-format.json');

/**
 * Everything that decides what a stored index holds: the builder, the loader
 * that reads its layout, and the analyser (tokeniser, stop words, stemmer)
 * that both the index and every query pass their words through. esbuild
 * prints the code anew, so comments and formatting do not count.
 */
function indexCodeHash(): string {
  const built = esbuild.buildSync({
    stdin: {
      contents: [
        "export { buildIndex } from './src/core/match/build-index.ts';",
        "export { StatementIndex } from './src/core/match/statement-index.ts';",
        "export { analyze } from './src/core/match/analyze.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return createHash('sha256').update(built.outputFiles[0]!.text).digest('hex');
}

// A user keeps matching against the index stored on their disk after an
// update; only a new INDEX_VERSION makes the background rebuild it.
it('changes to how indexes are built or read come with a new INDEX_VERSION', () => {
  const recorded = JSON.parse(readFileSync(recordFile, 'utf8')) as {
    version: number;
    sha256: string;
  };
  const sha256 = indexCodeHash();
  if (sha256 !== recorded.sha256 || INDEX_VERSION !== recorded.version) {
    expect.fail(
      sha256 === recorded.sha256
        ? `INDEX_VERSION is ${INDEX_VERSION} but ${path.relative(root, recordFile)} records ${recorded.version}: record the new version there`
        : INDEX_VERSION === recorded.version
          ? `The index builder, loader or analyser changed: bump INDEX_VERSION in src/core/match/stored-index.ts, then record {"version": ${INDEX_VERSION + 1}, "sha256": "${sha256}"} in ${path.relative(root, recordFile)}`
          : `Record {"version": ${INDEX_VERSION}, "sha256": "${sha256}"} in ${path.relative(root, recordFile)}`,
    );
  }
});
