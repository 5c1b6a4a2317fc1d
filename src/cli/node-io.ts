import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real world, for the installed command. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  readFile: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};
