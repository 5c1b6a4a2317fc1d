import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REFSET_PATH } from '../../../src/cli/bundled-refset.ts';
import { annotate } from '../../../src/cli/commands/annotate.ts';
import { remember } from '../../../src/cli/commands/remember.ts';
import type { CliIo } from '../../../src/cli/io.ts';
import { parseRefSet } from '../../../src/core/refset/index.ts';

const page = (slug: string) =>
  readFileSync(path.resolve('tests/fixtures/remember', `${slug}.html`), 'utf8');

/** Files in memory, the bundled set among them, and what the commands print. */
function world() {
  const files: Record<string, string> = {
    [BUNDLED_REFSET_PATH]: readFileSync(BUNDLED_REFSET_PATH, 'utf8'),
    'a.html': page('cod-quota-warning'),
    'b.html': page('cod-quota-decision'),
    'section.html': readFileSync('tests/fixtures/pages/section-front.html', 'utf8').replace(
      '<head>',
      '<head><link rel="canonical" href="https://news.example/">',
    ),
  };
  let out: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => {},
    readStdin: async () => '',
    readFile: async (file) => {
      if (files[file] === undefined) throw new Error(`ENOENT: ${file}`);
      return files[file];
    },
    writeFile: async (file, text) => {
      files[file] = text;
    },
  };
  const lines = () => {
    const printed = out
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    out = [];
    return printed;
  };
  return { io, files, lines };
}

describe('backstory remember', () => {
  it('creates the set, adds each page once, and annotate then matches against it', async () => {
    const { io, files, lines } = world();
    expect(await remember(['--into', 'mine.json', 'a.html', 'section.html'], io)).toBe(0);
    expect(lines()).toEqual([
      { input: 'a.html', status: 'added', statements: 4 },
      { input: 'section.html', status: 'nothing', reason: 'not an article' },
    ]);
    const set = parseRefSet(files['mine.json']!);
    expect(set.ok && set.set.statements.map((s) => s.source.url)).toEqual(
      Array(4).fill('https://harbour.example/coast/cod-quota-warning'),
    );
    const first = files['mine.json'];
    expect(await remember(['--into', 'mine.json', 'a.html'], io)).toBe(0);
    expect(lines()).toEqual([
      { input: 'a.html', status: 'duplicate', reason: 'already in the set' },
    ]);
    expect(files['mine.json']).toBe(first);

    expect(await annotate(['--refs', 'mine.json', 'b.html'], io)).toBe(0);
    const [annotated] = lines();
    const statement = annotated.notes[0].statements[0];
    expect(statement).toMatchObject({
      speaker: 'Mara Ellison',
      relation: 'same-speaker',
      date: '2026-09-14',
      setId: 'your-reading',
      source: { url: 'https://harbour.example/coast/cod-quota-warning' },
    });
  });

  it('says which page gives no address, and records the others', async () => {
    const { io, files, lines } = world();
    files['bare.html'] = page('cod-quota-decision').replace(/<link rel="canonical"[^>]*>/, '');
    expect(await remember(['--into', 'mine.json', 'bare.html', 'a.html'], io)).toBe(1);
    expect(lines().map((line) => line.status ?? 'error')).toEqual(['error', 'added']);
  });
});
