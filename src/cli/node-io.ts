import { readFile, writeFile } from 'node:fs/promises';
import { decodeText } from '../core/refset/encoding.ts';
import type { CliIo } from './io.ts';
import { escapeForTerminal } from './terminal.ts';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file's bytes as text in whatever encoding it was saved in; a guess is said on stderr. */
async function readText(path: string): Promise<string> {
  const bytes = path === '-' ? await readStdin() : await readFile(path);
  const { text, warnings } = decodeText(bytes);
  for (const warning of warnings)
    process.stderr.write(escapeForTerminal(`${path}: warning: ${warning}\n`));
  return text;
}

/** The real world, for the installed command. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readText('-'),
  readFile: readText,
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};
