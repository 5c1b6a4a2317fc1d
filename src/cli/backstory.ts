import type { Command } from './io.ts';
import { UsageError } from './io.ts';
import { nodeIo } from './node-io.ts';
import { terminalSafe } from './terminal.ts';

/** Every command prints through this: what a file holds can be read in a terminal, never obeyed by it. */
const io = terminalSafe(nodeIo);

const USAGE = `usage: backstory <command> [options]

commands:
`;

/** Each command lives in its own module and is loaded only when asked for. */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  annotate: {
    summary: 'read saved pages: quotations, speakers, claims (JSON Lines)',
    load: async () => (await import('./commands/annotate.ts')).annotate,
  },
  match: {
    summary: 'match JSON Lines queries against reference sets',
    load: async () => (await import('./commands/match.ts')).match,
  },
  remember: {
    summary: "add saved pages' attributed statements to a reading set",
    load: async () => (await import('./commands/remember.ts')).remember,
  },
  refset: {
    summary: 'validate, import, build reference sets',
    load: async () => (await import('./commands/refset.ts')).refset,
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const entry = name ? commands[name] : undefined;
  if (!entry) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
      .join('\n');
    io.stderr(`${USAGE}${list}\n`);
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`backstory ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
