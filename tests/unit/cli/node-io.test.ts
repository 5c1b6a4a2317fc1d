import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeIo } from '../../../src/cli/node-io.ts';
import { LATIN1_WARNING } from '../../../src/core/refset/encoding.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'backstory-node-io-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the CLI reads files in the encodings people save them in', () => {
  it('reads UTF-16 JSON as Windows tools write it', async () => {
    const file = path.join(folder, 'set.json');
    const text = '{"title": "Kim Yo-jong — “Statements”"}';
    await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await nodeIo.readFile(file)).toBe(text);
  });

  it('reads a Latin-1 CSV and says it did', async () => {
    const file = path.join(folder, 'old.csv');
    await writeFile(file, Buffer.from('speaker,text\nJosé,Olé\n', 'latin1'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await nodeIo.readFile(file)).toBe('speaker,text\nJosé,Olé\n');
      expect(stderr).toHaveBeenCalledWith(`${file}: warning: ${LATIN1_WARNING}\n`);
    } finally {
      stderr.mockRestore();
    }
  });
});
