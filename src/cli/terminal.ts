import type { CliIo } from './io.ts';

/**
 * Characters a terminal may act on rather than show: C0 controls but tab and
 * newline, DEL, C1 controls (U+009B is an 8-bit CSI to some terminals), and
 * the bidi controls that reorder what is shown.
 */
const ACTIVE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Writes every such character as a `\uXXXX` escape. Inside a JSON string that
 * is the same character, so JSON output stays valid and equal.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    ACTIVE_CHARACTERS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The same world, but what a command prints can only be read, never obeyed, by a terminal. */
export function terminalSafe(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(escapeForTerminal(text)),
    stderr: (text) => io.stderr(escapeForTerminal(text)),
  };
}
