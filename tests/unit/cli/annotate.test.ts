import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_REFSET_PATH } from '../../../src/cli/bundled-refset.ts';
import { annotate } from '../../../src/cli/commands/annotate.ts';
import { type CliIo, UsageError } from '../../../src/cli/io.ts';
import { readTestPage } from '../../support/pages.ts';
import { validSet } from '../../support/refset-fixtures.ts';

const BUNDLED = readFileSync(BUNDLED_REFSET_PATH, 'utf8');

/** A fake world: files by name (and the bundled set where it lives), standard input, and what the command prints. */
function fakeIo(given: Record<string, string>, stdin = '') {
  const files: Record<string, string> = { [BUNDLED_REFSET_PATH]: BUNDLED, ...given };
  const out: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => {},
    readStdin: async () => stdin,
    readFile: async (path) => {
      if (path === '-') return stdin;
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    writeFile: async () => {},
  };
  const lines = () =>
    out
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  return { io, lines };
}

const PAGE = readTestPage('north-korea-rejects-dialogue');

describe('backstory annotate', () => {
  it('prints one JSON line per page: article, quotations with speakers, claims, notes', async () => {
    const { io, lines } = fakeIo({ 'page.html': PAGE });
    expect(await annotate(['page.html'], io)).toBe(0);
    const [line] = lines();
    expect(Object.keys(line)).toEqual(['input', 'article', 'quotes', 'claims', 'notes']);
    expect(line.input).toBe('page.html');
    expect(line.article).toMatchObject({
      title: 'North Korea Rejects Dialogue With Washington and Seoul',
      site: 'The Peninsula Ledger',
      published: '2024-02-14T09:30:00.000Z',
    });
    expect(line.article.length).toBeGreaterThan(2000);
    const dimaggio = line.quotes.find(
      (q: { text: string }) => q.text === 'It’s a dangerous inflection point,',
    );
    expect(dimaggio).toMatchObject({
      speaker: 'Suzanne DiMaggio',
      speakerId: 'suzanne-dimaggio',
      cue: 'said',
      kind: 'direct',
    });
    expect(Object.keys(dimaggio)).toEqual([
      'id',
      'text',
      'speaker',
      'speakerId',
      'cue',
      'kind',
      'start',
      'end',
    ]);
    expect(line.quotes.map((q: { id: string }) => q.id)).toEqual(
      line.quotes.map((_: unknown, i: number) => `q${i + 1}`),
    );
    expect(line.claims.length).toBeGreaterThan(0);
    expect(Object.keys(line.claims[0])).toEqual(['id', 'text', 'start', 'end']);
    // The KCNA quote meets Kim Yo-jong's refusal in the bundled set: same government, same position.
    const kcna = line.quotes.find((q: { text: string }) => q.text.startsWith('has no intention'));
    expect(kcna.speakerId).toBe('kcna');
    const note = line.notes.find((n: { target: string }) => n.target === kcna.id);
    expect(note.statements[0]).toMatchObject({
      speaker: 'Kim Yo-jong',
      relation: 'same-government',
      stance: 'repeats',
      date: '2023-11-30',
    });
    for (const statement of line.notes.flatMap((n: { statements: unknown[] }) => n.statements)) {
      expect(Object.keys(statement)).toEqual(
        expect.arrayContaining([
          'id',
          'speakerId',
          'speaker',
          'text',
          'date',
          'source',
          'relation',
          'score',
        ]),
      );
    }
  });

  it('keeps going past inputs it cannot read, in order, and exits non-zero', async () => {
    const { io, lines } = fakeIo({ 'a.html': PAGE, 'empty.html': '  \n', 'b.html': PAGE });
    expect(await annotate(['a.html', 'missing.html', 'empty.html', 'b.html'], io)).toBe(1);
    const output = lines();
    expect(output.map((line) => line.input)).toEqual([
      'a.html',
      'missing.html',
      'empty.html',
      'b.html',
    ]);
    expect(output[1].error).toMatch(/cannot read missing\.html: ENOENT/);
    expect(output[2].error).toMatch(/empty/);
    expect(output[3].quotes).toEqual(output[0].quotes);
  });

  it.each([
    ['an empty doctype', '<!doctype>'],
    ['a doctype with a stray character', '<!doctype html\u2039>'],
    ['a doctype with a no-break space', '<!doctype\u00a0html>'],
  ])('reads a page with %s, and the inputs after it', async (_, doctype) => {
    const { io, lines } = fakeIo({
      'odd.html': PAGE.replace(/^\s*<!doctype[^>]*>/i, doctype),
      'b.html': PAGE,
    });
    expect(PAGE).toMatch(/^\s*<!doctype/i);
    expect(await annotate(['odd.html', 'b.html'], io)).toBe(0);
    const [odd, b] = lines();
    expect(odd.input).toBe('odd.html');
    expect(odd.quotes).toEqual(b.quotes);
  });

  it('gives an error line, not a crash, when reading a page throws', async () => {
    const { io, lines } = fakeIo({ 'a.html': PAGE, 'b.html': PAGE });
    const throwing = {
      ...io,
      readFile: async (path: string) =>
        path === 'a.html' ? (null as unknown as string) : io.readFile(path),
    };
    expect(await annotate(['a.html', 'b.html'], throwing)).toBe(1);
    const output = lines();
    expect(output.map((line) => line.input)).toEqual(['a.html', 'b.html']);
    expect(output[0].error).toMatch(/a\.html/);
    expect(output[1].quotes.length).toBeGreaterThan(0);
  });

  it('reports a page with no article text as an error', async () => {
    const { io, lines } = fakeIo({
      'blank.html': '<html><head><title>Home</title></head><body><script>1</script></body></html>',
    });
    expect(await annotate(['blank.html'], io)).toBe(1);
    expect(lines()[0].error).toMatch(/no article text/);
  });

  it('reads a page from standard input', async () => {
    const { io, lines } = fakeIo({}, PAGE);
    expect(await annotate(['-'], io)).toBe(0);
    expect(lines()[0]).toMatchObject({ input: '-' });
    expect(lines()[0].quotes.length).toBeGreaterThan(5);
  });

  it('matches against the sets given, without the bundled one when told', async () => {
    const { io, lines } = fakeIo({ 'page.html': PAGE, 'refs.json': JSON.stringify(validSet()) });
    expect(await annotate(['--refs', 'refs.json', '--no-bundled', 'page.html'], io)).toBe(0);
    // The test set knows none of the article's speakers.
    expect(lines()[0].quotes.every((q: { speakerId: null }) => q.speakerId === null)).toBe(true);
    expect(lines()[0].notes).toEqual([]);
  });

  it.each([
    [['--refs'], /--refs needs a file/],
    [['--refs', 'missing.json', 'page.html'], /cannot read reference set missing\.json/],
    [['--refs', 'bad.json', 'page.html'], /bad\.json is not a valid reference set/],
    [['--frobnicate', 'page.html'], /unknown option --frobnicate/],
    [[], /no input files/],
    [['-', '-'], /standard input/],
  ])('rejects %j with a usage error', async (args, message) => {
    const { io } = fakeIo({ 'page.html': PAGE, 'bad.json': '{nope' });
    await expect(annotate(args, io)).rejects.toThrow(UsageError);
    await expect(annotate(args, io)).rejects.toThrow(message);
  });
});
