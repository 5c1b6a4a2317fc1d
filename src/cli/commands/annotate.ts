import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from '../../core/read.ts';
import type { Annotation, ClaimFinding, QuoteFinding } from '../../core/types.ts';
import { extractArticle } from '../../dom/extract.ts';
import { type CliIo, type Command, UsageError } from '../io.ts';

const USAGE =
  'usage: backstory annotate [--refs FILE]... [--no-bundled] FILE...  (FILE may be - for stdin)';

interface Options {
  inputs: string[];
  /** Reference sets to match against, besides the bundled one unless `bundled` is false. */
  refs: string[];
  bundled: boolean;
}

/** One line of output: an annotation, or why an input could not be read. */
type AnnotateLine =
  | ({ input: string } & Omit<Annotation, 'quotes' | 'claims'> & {
        quotes: Omit<QuoteFinding, 'selector'>[];
        claims: Omit<ClaimFinding, 'selector'>[];
      })
  | { input: string; error: string };

/**
 * `backstory annotate`: reads saved news pages and prints, for each, one JSON
 * line with the article's metadata, its quotations (direct and reported, with
 * speakers), its claims, and context notes. The page goes through the same
 * extraction as in the browser (Readability on a clone, the text map) and the
 * same reading core. Inputs that cannot be read give an `error` line; the
 * others still run, and the exit code says whether any failed.
 */
export const annotate: Command = async (args, io) => {
  const options = parseArgs(args);
  const references = await loadReferences(options, io);
  let failed = 0;
  for (const input of options.inputs) {
    const line = await annotateInput(input, io, references);
    if ('error' in line) failed++;
    io.stdout(`${JSON.stringify(line)}\n`);
  }
  return failed > 0 ? 1 : 0;
};

function parseArgs(args: string[]): Options {
  const options: Options = { inputs: [], refs: [], bundled: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--refs') {
      const file = args[++i];
      if (!file) throw new UsageError(`--refs needs a file\n${USAGE}`);
      options.refs.push(file);
    } else if (arg.startsWith('--refs=')) {
      options.refs.push(arg.slice('--refs='.length));
    } else if (arg === '--no-bundled') {
      options.bundled = false;
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(USAGE);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}\n${USAGE}`);
    } else {
      options.inputs.push(arg);
    }
  }
  if (options.inputs.length === 0) throw new UsageError(`no input files\n${USAGE}`);
  if (options.inputs.filter((input) => input === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once');
  }
  return options;
}

/** The reference sets a run matches against: the files given, as parsed JSON, and the bundled flag. */
interface References {
  bundled: boolean;
  sets: { file: string; data: unknown }[];
}

async function loadReferences(options: Options, io: CliIo): Promise<References> {
  const sets: References['sets'] = [];
  for (const file of options.refs) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      throw new UsageError(`cannot read reference set ${file}: ${messageOf(error)}`);
    }
    try {
      sets.push({ file, data: JSON.parse(text) });
    } catch (error) {
      throw new UsageError(`reference set ${file} is not JSON: ${messageOf(error)}`);
    }
  }
  return { bundled: options.bundled, sets };
}

async function annotateInput(
  input: string,
  io: CliIo,
  references: References,
): Promise<AnnotateLine> {
  let html: string;
  try {
    html = await io.readFile(input);
  } catch (error) {
    return { input, error: `cannot read ${input}: ${messageOf(error)}` };
  }
  if (html.trim() === '') return { input, error: `${input} is empty` };
  let document: Document;
  try {
    // Scripts never run and page errors stay quiet: only the markup is read.
    document = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  } catch (error) {
    return { input, error: `cannot parse ${input}: ${messageOf(error)}` };
  }
  // Asked for by name, a page is read even where it does not look like an article.
  const article = extractArticle(document, { requireArticle: false });
  if (!article) return { input, error: `no article text found in ${input}` };
  const { quotes, claims } = readArticle(article.map.text, article.meta, article.map.blocks);
  const annotation = matchReferences(
    { article: article.meta, quotes, claims, notes: [] },
    references,
  );
  return {
    input,
    article: annotation.article,
    quotes: annotation.quotes.map(({ selector: _, ...quote }) => quote),
    claims: annotation.claims.map(({ selector: _, ...claim }) => claim),
    notes: annotation.notes,
  };
}

/**
 * The seam where matching plugs in (the matching issue's `resolveSpeaker` and
 * `buildNotes`): it will fill each quote's `speakerId` from the reference
 * sets and add context notes. Until then speaker ids stay null and there are
 * no notes.
 */
function matchReferences(annotation: Annotation, _references: References): Annotation {
  return annotation;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
