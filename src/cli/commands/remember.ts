import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from '../../core/read.ts';
import {
  articleIdOf,
  articlesOfSet,
  newArticles,
  readingArticle,
  readingRefSet,
  SpeakerFolder,
  speakersUsed,
} from '../../core/reading/index.ts';
import { formatRefSet } from '../../core/refset/canonical.ts';
import type { RefSet } from '../../core/refset/types.ts';
import { extractArticle } from '../../dom/extract.ts';
import { type CliIo, type Command, UsageError } from '../io.ts';
import { readReferenceSets, readRefSet } from '../reference-sets.ts';

const USAGE =
  'usage: backstory remember [--into SET] [--refs FILE]... [--no-bundled] PAGE...  (SET: your-reading.json)';
const DEFAULT_SET = 'your-reading.json';

interface Options {
  into: string;
  pages: string[];
  refs: string[];
  bundled: boolean;
}

type RememberLine =
  | { input: string; status: 'added'; statements: number }
  | { input: string; status: 'duplicate' | 'nothing'; reason: string }
  | { input: string; error: string };

/**
 * `backstory remember`: adds the attributed statements of saved article
 * pages to a reading set (a Backstory set file, created if absent), the way
 * the extension records what its user reads: the same reading, the same
 * speaker folding, the same rule that an article already held (by address
 * or by text) is not added again, so running it twice changes nothing.
 * Speakers the bundled set and `--refs` sets know are reused. A page needs
 * its address (`<link rel="canonical">`, `og:url`, or the "saved from"
 * note browsers write); `backstory annotate --refs SET` then matches
 * against the set.
 */
export const remember: Command = async (args, io) => {
  const options = parseArgs(args);
  const known = await readReferenceSets(io, { refs: options.refs, bundled: options.bundled });
  let set = await readOrCreate(io, options.into);
  const folder = new SpeakerFolder(
    set.speakers,
    known.map((k) => k.speakers),
  );
  let failed = 0;
  let added = 0;
  for (const input of options.pages) {
    const line = await rememberPage(input, io, set, folder, known);
    if ('error' in line) failed++;
    if ('set' in line) {
      set = line.set;
      added++;
      io.stdout(`${JSON.stringify(line.line)}\n`);
    } else {
      io.stdout(`${JSON.stringify(line)}\n`);
    }
  }
  if (added > 0 || !(await exists(io, options.into))) {
    // The speakers the statements name: a page found already held may have met new ones.
    const speakers = speakersUsed(
      set.statements.map((s) => s.speakerId),
      [...set.speakers, ...folder.speakers],
    );
    await io.writeFile(options.into, formatRefSet({ ...set, speakers }));
  }
  return failed > 0 ? 1 : 0;
};

async function exists(io: CliIo, file: string): Promise<boolean> {
  return io.readFile(file).then(
    () => true,
    () => false,
  );
}

async function readOrCreate(io: CliIo, file: string): Promise<RefSet> {
  if (!(await exists(io, file))) return readingRefSet([], []);
  return readRefSet(io, file, 'reading set');
}

function parseArgs(args: string[]): Options {
  const options: Options = { into: DEFAULT_SET, pages: [], refs: [], bundled: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--into' || arg === '--refs') {
      const file = args[++i];
      if (!file) throw new UsageError(`${arg} needs a file\n${USAGE}`);
      if (arg === '--into') options.into = file;
      else options.refs.push(file);
    } else if (arg === '--no-bundled') {
      options.bundled = false;
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(USAGE);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    } else {
      options.pages.push(arg);
    }
  }
  if (options.pages.length === 0) throw new UsageError(`no pages\n${USAGE}`);
  return options;
}

/** The address a saved page was read at. */
function pageAddress(document: Document, html: string): string | null {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
  return canonical || og || savedFrom || null;
}

async function rememberPage(
  input: string,
  io: CliIo,
  set: RefSet,
  folder: SpeakerFolder,
  known: readonly RefSet[],
): Promise<RememberLine | { set: RefSet; line: RememberLine }> {
  let html: string;
  try {
    html = await io.readFile(input);
  } catch (error) {
    return { input, error: `cannot read ${input}: ${(error as Error).message}` };
  }
  let document: Document;
  try {
    document = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  } catch (error) {
    return { input, error: `cannot parse ${input}: ${(error as Error).message}` };
  }
  const url = pageAddress(document, html);
  if (!url) {
    return {
      input,
      error: `${input} does not say its address (<link rel="canonical"> or og:url)`,
    };
  }
  const article = extractArticle(document);
  if (!article) return { input, status: 'nothing', reason: 'not an article' };
  const { quotes } = readArticle(article.map.text, article.meta, article.map.blocks);
  const built = readingArticle(
    {
      url,
      meta: article.meta,
      articleId: articleIdOf(article.map.text),
      quotes,
      visitedAt: new Date().toISOString(),
    },
    folder,
    known,
  );
  if (!built) return { input, status: 'nothing', reason: 'no attributed statement' };
  const held = articlesOfSet(set);
  const fresh = newArticles(
    { ids: new Set(held.map((a) => a.id)), urls: new Set(held.map((a) => a.url)) },
    [built.article],
  );
  if (fresh.length === 0) return { input, status: 'duplicate', reason: 'already in the set' };
  return {
    set: { ...set, statements: [...set.statements, ...built.article.statements] },
    line: { input, status: 'added', statements: built.article.statements.length },
  };
}
