import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refset } from '../../../src/cli/commands/refset.ts';
import { UsageError } from '../../../src/cli/io.ts';
import { refSetJsonSchema } from '../../../src/core/refset/json-schema.ts';
import { memoryIo, validSet } from '../../support/refset-fixtures.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The repository's build inputs and outputs as an in-memory file map. */
function repositoryFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'data/refsets/curated.json': read('data/refsets/curated.json'),
    'data/refsets/bundled.json': read('data/refsets/bundled.json'),
    'docs/refset.schema.json': read('docs/refset.schema.json'),
  };
  for (const name of readdirSync(new URL('data/seeds/', root))) {
    if (name.endsWith('.txt')) files[`data/seeds/${name}`] = read(`data/seeds/${name}`);
  }
  return files;
}

describe('backstory refset validate', () => {
  it('exits 0 and counts a good set', async () => {
    const { io, stdout } = memoryIo({ 'good.json': JSON.stringify(validSet()) });
    expect(await refset(['validate', 'good.json'], io)).toBe(0);
    expect(stdout()).toBe('good.json: ok (2 speakers, 2 statements)\n');
  });

  it('says what it removed from a set it accepts', async () => {
    const set = validSet();
    set.statements[0]!.text = 'We will\u0090 never talk.';
    const { io, stdout, stderr } = memoryIo({ 'scraped.json': JSON.stringify(set) });
    expect(await refset(['validate', 'scraped.json'], io)).toBe(0);
    expect(stdout()).toBe('scraped.json: ok (2 speakers, 2 statements)\n');
    expect(stderr()).toBe(
      'scraped.json: warning: statements[0].text: removed control character U+0090\n',
    );
  });

  it('exits 1 with each problem named by place', async () => {
    const set = validSet();
    set.statements[0]!.date = 'last month';
    const { io, stderr } = memoryIo({ 'bad.json': JSON.stringify(set) });
    expect(await refset(['validate', 'bad.json'], io)).toBe(1);
    expect(stderr()).toBe(
      'bad.json: statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last month"\n',
    );
  });

  it('says so when a file cannot be read, and when arguments are wrong', async () => {
    const { io } = memoryIo();
    await expect(refset(['validate', 'missing.json'], io)).rejects.toThrow(
      'cannot read missing.json: ENOENT',
    );
    await expect(refset(['validate'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(refset(['frobnicate'], io)).rejects.toThrow('unknown subcommand frobnicate');
    await expect(refset(['import', '--from', 'xml', 'a'], io)).rejects.toThrow(
      '--from must be one of',
    );
  });
});

describe('backstory refset import', () => {
  it('writes a canonical set named after the file', async () => {
    const { io, files, stderr } = memoryIo({
      'my quotes.csv': 'speaker,date,text\nSeoul,2023,Dialogue remains open.\n',
    });
    expect(await refset(['import', '--from', 'csv', 'my quotes.csv', '-o', 'out.json'], io)).toBe(
      0,
    );
    const written = JSON.parse(files['out.json']!);
    expect(written).toMatchObject({
      id: 'my-quotes',
      title: 'my quotes.csv',
      statements: [{ text: 'Dialogue remains open.' }],
    });
    expect(stderr()).toBe('out.json: 1 speakers, 1 statements\n');
  });

  it('writes nothing when the import fails, and says where', async () => {
    const { io, files, stderr } = memoryIo({ 'in.csv': 'speaker,date,text\nSeoul,yesterday,x\n' });
    expect(await refset(['import', '--from', 'csv', 'in.csv', '-o', 'out.json'], io)).toBe(1);
    expect(files['out.json']).toBeUndefined();
    expect(stderr()).toBe(
      'in.csv: line 2: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "yesterday"\n',
    );
  });
});

describe('backstory refset build and schema', () => {
  it('builds the committed bundled set and --check passes on it', async () => {
    const files = repositoryFiles();
    const committed = files['data/refsets/bundled.json'];
    const { io, stdout } = memoryIo(files);
    expect(await refset(['build', '--check'], io)).toBe(0);
    expect(stdout()).toBe('data/refsets/bundled.json: up to date\n');
    expect(await refset(['build'], io)).toBe(0);
    expect(files['data/refsets/bundled.json']).toBe(committed);
  });

  it('--check fails on a stale set and shows the first difference', async () => {
    const files = repositoryFiles();
    files['data/refsets/bundled.json'] = files['data/refsets/bundled.json']!.replace(
      '"title": "Backstory',
      '"title": "Old',
    );
    const { io, stderr } = memoryIo(files);
    expect(await refset(['build', '--check'], io)).toBe(1);
    expect(stderr()).toMatch(
      /^data\/refsets\/bundled\.json is out of date: run `backstory refset build`\nfirst difference at line 5:/,
    );
  });

  it('fails when the reader finds a quote the curated file skips, naming it', async () => {
    const files = repositoryFiles();
    const curated = JSON.parse(files['data/refsets/curated.json']!);
    for (const article of curated.articles) {
      article.statements = article.statements.filter(
        (statement: { text: string }) => statement.text !== 'deep regret',
      );
    }
    files['data/refsets/curated.json'] = JSON.stringify(curated);
    const { io, stderr } = memoryIo(files);
    expect(await refset(['build', '-o', 'out.json'], io)).toBe(1);
    expect(stderr()).toMatch(/quotes “deep regret” .*neither a statement nor in notStatements/);
    expect(files['out.json']).toBeUndefined();
  });

  it('reports curated entries that do not match their seed, and writes nothing', async () => {
    const files = repositoryFiles();
    files['data/refsets/curated.json'] = files['data/refsets/curated.json']!.replace(
      '"text": "deep regret"',
      '"text": "deep regrets"',
    );
    delete files['data/refsets/bundled.json'];
    const { io, stderr } = memoryIo(files);
    expect(await refset(['build'], io)).toBe(1);
    expect(stderr()).toMatch(
      /statements\[2\]: quote not found verbatim in the seed: "deep regrets"/,
    );
    expect(files['data/refsets/bundled.json']).toBeUndefined();
  });

  it('the published JSON Schema is what the validator generates now', async () => {
    expect(read('docs/refset.schema.json')).toBe(refSetJsonSchema());
    const { io } = memoryIo(repositoryFiles());
    expect(await refset(['schema', '--check'], io)).toBe(0);
  });
});
