import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REFSET_PATH } from '../../../src/cli/bundled-refset.ts';
import { annotate } from '../../../src/cli/commands/annotate.ts';
import type { CliIo } from '../../../src/cli/io.ts';
import { generateDocument, random } from '../../fuzz/documents.ts';

/**
 * Documents per run. jsdom's parse and Readability's pass cost some 70 ms of
 * CPU a document, so CI runs 300 (well under a minute); `npm run bench`
 * (bench/fuzz.mjs) runs 10,000 and more, and times each one.
 */
const COUNT = 300;
const SEED = 0x5eed;
/** The errors a document may rightly give; anything else is a crash caught by the batch. */
const EXPECTED_ERRORS = /^(no article text found in|\S+ is empty$)/;

describe('annotate on generated documents', () => {
  it(`gives every one of ${COUNT} documents its line, with offsets that hold`, async () => {
    const next = random(SEED);
    const files: Record<string, string> = {
      [BUNDLED_REFSET_PATH]: readFileSync(BUNDLED_REFSET_PATH, 'utf8'),
    };
    const names: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      names.push(`doc-${i}.html`);
      files[`doc-${i}.html`] = generateDocument(next);
    }
    const out: string[] = [];
    const io: CliIo = {
      stdout: (text) => out.push(text),
      stderr: () => {},
      readStdin: async () => '',
      readFile: async (path) => files[path]!,
      writeFile: async () => {},
    };
    await annotate(names, io);
    const lines = out
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.input)).toEqual(names);
    const crashes = lines.filter((line) => line.error && !EXPECTED_ERRORS.test(line.error));
    expect(crashes.slice(0, 3)).toEqual([]);
    let findings = 0;
    for (const line of lines) {
      if (line.error) continue;
      for (const finding of [...line.quotes, ...line.claims]) {
        findings++;
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeLessThanOrEqual(line.article.length);
        expect(finding.text.length, `${line.input} ${finding.id}`).toBe(
          finding.end - finding.start,
        );
      }
    }
    // The generator must produce articles with findings, or the test proves little.
    expect(lines.filter((line) => !line.error).length).toBeGreaterThan(COUNT / 4);
    expect(findings).toBeGreaterThan(COUNT / 4);
  }, 300_000);
});
