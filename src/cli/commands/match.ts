/**
 * `backstory match [--refs FILE]... [--no-bundled] [--top K]`: JSON Lines
 * queries `{"id", "text", "speaker"?, "date"?}` on stdin, one
 * `{"id", "matches": [{"id", "score"}]}` line per query on stdout, best first.
 *
 * `--candidates N` sets how many first-stage candidates each set re-ranks;
 * `--features` adds each match's re-ranking features (for training the
 * ranker, see bench/train-ranker.mjs).
 */
import { buildIndex } from '../../core/match/build-index.ts';
import { FEATURE_NAMES } from '../../core/match/features.ts';
import type { MatchQuery } from '../../core/match/query.ts';
import { DEFAULT_CANDIDATES, searchIndexes } from '../../core/match/search.ts';
import { StatementIndex } from '../../core/match/statement-index.ts';
import { type Command, UsageError } from '../io.ts';
import { readReferenceSets } from '../reference-sets.ts';

interface MatchOptions {
  refs: string[];
  bundled: boolean;
  top: number;
  candidates: number;
  features: boolean;
}

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} expects a positive integer`);
  return n;
}

function parseArgs(args: string[]): MatchOptions {
  const options: MatchOptions = {
    refs: [],
    bundled: true,
    top: 5,
    candidates: DEFAULT_CANDIDATES,
    features: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--refs') {
      const file = args[++i];
      if (!file) throw new UsageError('--refs expects a file');
      options.refs.push(file);
    } else if (arg === '--no-bundled') options.bundled = false;
    else if (arg === '--top') options.top = positiveInteger(arg, args[++i]);
    else if (arg === '--candidates') options.candidates = positiveInteger(arg, args[++i]);
    else if (arg === '--features') options.features = true;
    else
      throw new UsageError(
        `unknown option ${arg}\nusage: backstory match [--refs FILE]... [--no-bundled] [--top K]`,
      );
  }
  if (!options.bundled && options.refs.length === 0) {
    throw new UsageError('nothing to match against: give --refs FILE or drop --no-bundled');
  }
  return options;
}

/** One query line, or a message saying what is wrong with it. */
function parseQuery(line: string): { id: string; query: MatchQuery } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  const record = value as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null) return 'expected an object';
  const { id, text, speaker, date } = record;
  if (typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or number';
  if (typeof text !== 'string') return '"text" must be a string';
  if (speaker != null && typeof speaker !== 'string') return '"speaker" must be a string';
  if (date != null && typeof date !== 'string') return '"date" must be a string';
  return { id: String(id), query: { text, speaker: speaker ?? null, date: date ?? null } };
}

export const match: Command = async (args, io) => {
  const options = parseArgs(args);
  const sets = await readReferenceSets(io, options);
  const indexes = sets.map((set) => StatementIndex.load(buildIndex(set)));

  let failed = false;
  const lines = (await io.readStdin()).split('\n');
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    const parsed = parseQuery(line);
    if (typeof parsed === 'string') {
      io.stderr(`backstory match: line ${n + 1}: ${parsed}\n`);
      failed = true;
      return;
    }
    const found = searchIndexes(indexes, parsed.query, {
      top: options.top,
      candidates: options.candidates,
    });
    const matches = found.map((m) => ({
      id: m.statementId,
      score: m.score,
      ...(sets.length > 1 ? { set: m.setId } : {}),
      ...(options.features
        ? { features: Object.fromEntries(FEATURE_NAMES.map((name, f) => [name, m.features[f]])) }
        : {}),
    }));
    io.stdout(`${JSON.stringify({ id: parsed.id, matches })}\n`);
  });
  return failed ? 1 : 0;
};
