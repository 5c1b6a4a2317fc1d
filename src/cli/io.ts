/**
 * What a command may touch of the outside world. Commands take it as an
 * argument so tests can run them in-process with fake streams and files.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
}

/** A command gets its own arguments (after its name) and returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** An error whose message is meant for the user as it stands: no stack trace. */
export class UsageError extends Error {}
