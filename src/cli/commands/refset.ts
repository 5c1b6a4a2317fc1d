/**
 * `backstory refset`: validate, import, build and publish reference sets.
 * Every subcommand calls the same core functions the extension uses.
 */
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { readArticle } from '../../core/read.ts';
import { buildRefSet } from '../../core/refset/build.ts';
import { formatRefSet } from '../../core/refset/canonical.ts';
import type { ImportFormat } from '../../core/refset/import.ts';
import { importRefSet, namesFromFileName } from '../../core/refset/import.ts';
import { refSetJsonSchema } from '../../core/refset/json-schema.ts';
import { parseJson, parseRefSet } from '../../core/refset/schema.ts';
import type { CliIo, Command } from '../io.ts';
import { UsageError } from '../io.ts';

const USAGE = `usage:
  backstory refset validate FILE...
  backstory refset import --from backstory|claimreview|csv|auto IN [-o OUT] [--id ID] [--title TITLE]
  backstory refset build [--check] [--seeds DIR] [--curated FILE] [-o FILE]
  backstory refset schema [--check] [-o FILE]`;

const DEFAULTS = {
  seeds: 'data/seeds',
  curated: 'data/refsets/curated.json',
  bundled: 'data/refsets/bundled.json',
  schema: 'docs/refset.schema.json',
};

function options<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], spec: T) {
  try {
    return parseArgs({
      args,
      options: spec,
      allowPositionals: true as const,
      strict: true as const,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

/** Reads a file, turning "no such file" into a message for the user. */
async function read(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

const validate: Command = async (args, io) => {
  const { positionals } = options(args, {});
  if (positionals.length === 0) throw new UsageError(`validate needs a FILE\n${USAGE}`);
  let failed = 0;
  for (const file of positionals) {
    const result = parseRefSet(await read(io, file));
    if (result.ok) {
      for (const warning of result.warnings) io.stderr(`${file}: warning: ${warning}\n`);
      io.stdout(
        `${file}: ok (${result.set.speakers.length} speakers, ${result.set.statements.length} statements)\n`,
      );
    } else {
      failed++;
      for (const error of result.errors) io.stderr(`${file}: ${error}\n`);
    }
  }
  return failed ? 1 : 0;
};

const FORMATS = ['backstory', 'claimreview', 'csv', 'auto'];

const importCommand: Command = async (args, io) => {
  const { values, positionals } = options(args, {
    from: { type: 'string' },
    output: { type: 'string', short: 'o' },
    id: { type: 'string' },
    title: { type: 'string' },
  });
  const from = values.from ?? 'auto';
  if (!FORMATS.includes(from))
    throw new UsageError(`--from must be one of ${FORMATS.join(', ')}\n${USAGE}`);
  if (positionals.length !== 1)
    throw new UsageError(`import needs exactly one input file (or - for stdin)\n${USAGE}`);
  const input = positionals[0]!;
  const named = namesFromFileName(input === '-' ? '' : input);
  const result = importRefSet(await read(io, input), {
    from: from as ImportFormat | 'auto',
    id: values.id ?? named.id,
    title: values.title ?? named.title,
  });
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${input}: ${error}\n`);
    return 1;
  }
  for (const warning of result.warnings) io.stderr(`${input}: warning: ${warning}\n`);
  const json = formatRefSet(result.set);
  if (values.output) {
    await io.writeFile(values.output, json);
    io.stderr(
      `${values.output}: ${result.set.speakers.length} speakers, ${result.set.statements.length} statements\n`,
    );
  } else io.stdout(json);
  return 0;
};

/** Says where two texts first differ, so a stale file's problem is visible in CI logs. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return `first difference at line ${at + 1}:\n  fresh:     ${a[at] ?? '(end)'}\n  committed: ${b[at] ?? '(end)'}`;
}

/** Writes `text` to `path`, or with --check compares and fails when they differ. */
async function writeOrCheck(
  io: CliIo,
  path: string,
  text: string,
  check: boolean,
  how: string,
): Promise<number> {
  if (!check) {
    await io.writeFile(path, text);
    return 0;
  }
  let committed = '';
  try {
    committed = await io.readFile(path);
  } catch {
    io.stderr(`${path} is missing: run \`${how}\`\n`);
    return 1;
  }
  if (committed === text) {
    io.stdout(`${path}: up to date\n`);
    return 0;
  }
  io.stderr(`${path} is out of date: run \`${how}\`\n${firstDifference(text, committed)}\n`);
  return 1;
}

const build: Command = async (args, io) => {
  const { values } = options(args, {
    check: { type: 'boolean' },
    seeds: { type: 'string' },
    curated: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const curatedPath = values.curated ?? DEFAULTS.curated;
  const curatedText = await read(io, curatedPath);
  const curated = parseJson(curatedText);
  if (!curated.ok) {
    for (const error of curated.errors) io.stderr(`${curatedPath}: ${error}\n`);
    return 1;
  }
  const seedNames = ((curated.value as { articles?: { seed?: unknown }[] }).articles ?? [])
    .map((article) => article.seed)
    .filter((seed): seed is string => typeof seed === 'string');
  const seeds = new Map<string, string>();
  for (const name of seedNames)
    seeds.set(name, await read(io, `${values.seeds ?? DEFAULTS.seeds}/${name}.txt`));
  // The reader cross-checks the curated file: a quote it finds that the file
  // neither lists nor sets aside would be a statement skipped.
  const result = buildRefSet(curated.value, seeds, (text) => readArticle(text).quotes);
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${curatedPath}: ${error}\n`);
    return 1;
  }
  const { notCurated, notExtracted } = result.report;
  for (const quote of values.check ? [] : notExtracted) {
    io.stderr(`note: the reader does not find ${quote.id} in ${quote.seed}: “${quote.text}”\n`);
  }
  if (notCurated.length > 0) {
    for (const quote of notCurated) {
      io.stderr(
        `${curatedPath}: ${quote.seed} quotes “${quote.text}” (${quote.speaker ?? 'no speaker'}), which is neither a statement nor in notStatements\n`,
      );
    }
    return 1;
  }
  const output = values.output ?? DEFAULTS.bundled;
  const code = await writeOrCheck(
    io,
    output,
    result.json,
    values.check ?? false,
    'backstory refset build',
  );
  if (!values.check) {
    const counts = Object.entries(result.report.counts).map(([seed, n]) => `${seed} ${n}`);
    io.stderr(
      `${output}: ${result.set.speakers.length} speakers, ${result.set.statements.length} statements (${counts.join(', ')})\n`,
    );
  }
  return code;
};

const schema: Command = async (args, io) => {
  const { values } = options(args, {
    check: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  });
  return writeOrCheck(
    io,
    values.output ?? DEFAULTS.schema,
    refSetJsonSchema(),
    values.check ?? false,
    'backstory refset schema',
  );
};

const subcommands: Record<string, Command> = { validate, import: importCommand, build, schema };

export const refset: Command = async (args, io) => {
  const [name, ...rest] = args;
  const subcommand = name ? subcommands[name] : undefined;
  if (!subcommand) {
    if (name === '--help' || name === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    throw new UsageError(
      `${name ? `unknown subcommand ${name}` : 'a subcommand is needed'}\n${USAGE}`,
    );
  }
  return subcommand(rest, io);
};
