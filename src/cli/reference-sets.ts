import { parseRefSet } from '../core/refset/schema.ts';
import type { RefSet } from '../core/refset/types.ts';
import { BUNDLED_REFSET_PATH } from './bundled-refset.ts';
import { type CliIo, UsageError } from './io.ts';

/** How many of a bad set's problems a command prints before it says how many more there are. */
const SHOWN_ERRORS = 10;

/** A reference set from a file, through the one validator; a bad file stops the command with its problems. */
export async function readRefSet(io: CliIo, file: string, what = 'reference set'): Promise<RefSet> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
  const result = parseRefSet(text);
  if (result.ok) return result.set;
  const shown = result.errors.slice(0, SHOWN_ERRORS).map((message) => `  ${message}`);
  const more = result.errors.length > SHOWN_ERRORS ? [`  … and more`] : [];
  throw new UsageError(`${file} is not a valid reference set:\n${[...shown, ...more].join('\n')}`);
}

/** The sets a matching command uses: the bundled one (unless `bundled` is false), then each `--refs` file. */
export async function readReferenceSets(
  io: CliIo,
  { refs, bundled }: { refs: readonly string[]; bundled: boolean },
): Promise<RefSet[]> {
  const sets: RefSet[] = [];
  if (bundled) {
    sets.push(
      await readRefSet(
        io,
        BUNDLED_REFSET_PATH,
        'the bundled reference set (use --no-bundled to go without)',
      ),
    );
  }
  for (const file of refs) sets.push(await readRefSet(io, file));
  return sets;
}
