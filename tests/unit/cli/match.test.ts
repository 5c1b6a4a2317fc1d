import { describe, expect, it } from 'vitest';
import { BUNDLED_REFSET_PATH } from '../../../src/cli/bundled-refset.ts';
import { match } from '../../../src/cli/commands/match.ts';
import { type CliIo, UsageError } from '../../../src/cli/io.ts';
import { matchRefSet } from '../../support/match-refset.ts';

function fakeIo(files: Record<string, string>, stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
    writeFile: async () => {},
  };
  const lines = () =>
    out
      .join('')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  return { io, lines, err };
}

const refs = { 'set.json': JSON.stringify(matchRefSet()) };
const queries = [
  { id: 'a', text: 'Satellite pictures show construction at the Sohae launch site' },
  {
    id: 'b',
    text: 'Kim Yo-jong rejects talks with Washington over drills',
    speaker: 'Kim Yo-jong',
    date: '2024-03-06',
  },
  { id: 7, text: 'quantum chromodynamics' },
]
  .map((q) => JSON.stringify(q))
  .join('\n');

describe('backstory match', () => {
  it('writes one line per query, matches best first, at most --top', async () => {
    const { io, lines } = fakeIo(refs, queries);
    expect(await match(['--no-bundled', '--refs', 'set.json', '--top', '2'], io)).toBe(0);
    const out = lines();
    expect(out.map((l) => l.id)).toEqual(['a', 'b', '7']);
    expect(out[0].matches[0].id).toBe('s6');
    expect(out[1].matches[0].id).toBe('s1');
    expect(out[0].matches.length).toBeLessThanOrEqual(2);
    expect(out[2].matches).toEqual([]);
    for (const line of out) {
      for (const m of line.matches) expect(Object.keys(m).sort()).toEqual(['id', 'score']);
    }
  });

  it('reports bad lines on stderr, answers the rest and exits 1', async () => {
    const { io, lines, err } = fakeIo(refs, `not json\n{"id":"x"}\n${queries}`);
    expect(await match(['--no-bundled', '--refs', 'set.json'], io)).toBe(1);
    expect(err.join('')).toContain('line 1: not JSON');
    expect(err.join('')).toContain('line 2: "text" must be a string');
    expect(lines()).toHaveLength(3);
  });

  it("names each match's set when several are given, and can print features", async () => {
    const other = { ...matchRefSet(), id: 'other' };
    const { io, lines } = fakeIo({ ...refs, 'other.json': JSON.stringify(other) }, queries);
    expect(
      await match(['--no-bundled', '--refs', 'set.json', '--refs', 'other.json', '--features'], io),
    ).toBe(0);
    const first = lines()[0].matches[0];
    expect(['test-set', 'other']).toContain(first.set);
    expect(first.features).toHaveProperty('queryCover');
  });

  it('says clearly when the bundled set is missing', async () => {
    const { io } = fakeIo(refs, queries);
    await expect(match([], io)).rejects.toThrow(UsageError);
    await expect(match([], io)).rejects.toThrow(
      `cannot read the bundled reference set (use --no-bundled to go without) ${BUNDLED_REFSET_PATH}`,
    );
  });

  it('rejects bad options and files with usage errors', async () => {
    const { io } = fakeIo(
      { ...refs, 'bad.json': '{"format":"something-else"}', 'broken.json': '{' },
      '',
    );
    await expect(match(['--no-bundled'], io)).rejects.toThrow('nothing to match against');
    await expect(match(['--no-bundled', '--refs', 'set.json', '--top', '0'], io)).rejects.toThrow(
      '--top expects a positive integer',
    );
    await expect(match(['--no-bundled', '--refs', 'bad.json'], io)).rejects.toThrow(
      'bad.json is not a valid reference set:\n  format: expected "backstory-refset"',
    );
    await expect(match(['--no-bundled', '--refs', 'broken.json'], io)).rejects.toThrow(
      'broken.json',
    );
    await expect(match(['--frobnicate'], io)).rejects.toThrow('unknown option --frobnicate');
  });
});

describe('backstory match on a malformed set', () => {
  it('goes through the one validator and names the place of each problem', async () => {
    const set = matchRefSet();
    const broken = { ...set, statements: [...set.statements, { id: 'x', text: 42 }] };
    const { io } = fakeIo({ 'broken.json': JSON.stringify(broken) }, '');
    await expect(match(['--no-bundled', '--refs', 'broken.json'], io)).rejects.toThrow(
      /broken\.json is not a valid reference set:\n {2}statements\[10\]/,
    );
  });
});
