/** Small sets and documents the reference-set tests build on, written for the tests. */
import type { CliIo } from '../../src/cli/io.ts';

/** A valid set with two speakers, a topic with a scale and two statements; tests break one thing at a time. */
export function validSet(): Record<string, unknown> & {
  speakers: Record<string, unknown>[];
  statements: Record<string, unknown>[];
  topics: Record<string, unknown>[];
} {
  return {
    format: 'backstory-refset',
    version: 1,
    id: 'test-set',
    title: 'Test set',
    topics: [{ id: 'talks', label: 'Talks', positions: ['refuses', 'conditional', 'open'] }],
    speakers: [
      {
        id: 'gov',
        name: 'Government',
        aliases: ['the capital'],
        kind: 'government',
        memberOf: [],
        description: '',
      },
      {
        id: 'minister',
        name: 'A Minister',
        aliases: [],
        kind: 'person',
        memberOf: ['gov'],
        description: 'Minister.',
      },
    ],
    statements: [
      {
        id: 's1',
        speakerId: 'minister',
        kind: 'quote',
        text: 'We will never talk.',
        date: '2023-11-30',
        context: 'A statement',
        source: { title: 'An article', outlet: 'An outlet', url: 'https://example.com/a' },
        topics: ['talks'],
        stance: { talks: 'refuses' },
      },
      {
        id: 's2',
        speakerId: null,
        kind: 'paraphrase',
        text: 'talks may resume',
        date: null,
        context: '',
        source: { title: null, outlet: null, url: null },
        topics: ['free-tag'],
        stance: {},
      },
    ],
  };
}

/** A CliIo over an in-memory file map, recording what a command prints. */
export function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: async () => files['-'] ?? '',
    readFile: async (path) => {
      const text = path === '-' ? files['-'] : files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, text) => {
      files[path] = text;
    },
  };
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') };
}
