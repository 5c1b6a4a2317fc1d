import { JSDOM, VirtualConsole } from 'jsdom';
import { buildNotes, resolveSpeaker } from '../../core/match/index.ts';
import { readArticle } from '../../core/read.ts';
import type { RefSet } from '../../core/refset/types.ts';
import type { Annotation, ClaimFinding, QuoteFinding } from '../../core/types.ts';
import { extractArticle } from '../../dom/extract.ts';
import { type CliIo, type Command, UsageError } from '../io.ts';
import { readReferenceSets } from '../reference-sets.ts';

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
  const references = await readReferenceSets(io, { refs: options.refs, bundled: options.bundled });
  let failed = 0;
  for (const input of options.inputs) {
    // Every input gets its line: whatever a page does to the reader fails that page alone.
    const line = await annotateInput(input, io, references).catch(
      (error): AnnotateLine => ({ input, error: `cannot annotate ${input}: ${messageOf(error)}` }),
    );
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

async function annotateInput(
  input: string,
  io: CliIo,
  references: readonly RefSet[],
): Promise<AnnotateLine> {
  let html: string;
  try {
    html = await io.readFile(input);
  } catch (error) {
    return { input, error: `cannot read ${input}: ${messageOf(error)}` };
  }
  if (html.trim() === '') return { input, error: `${input} is empty` };
  let dom: JSDOM;
  try {
    // Scripts never run and page errors stay quiet: only the markup is read.
    dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  } catch (error) {
    return { input, error: `cannot parse ${input}: ${messageOf(error)}` };
  }
  try {
    return annotateDocument(input, dom.window.document, references);
  } finally {
    // An open window keeps its whole document alive: a batch of thousands ran out of memory.
    dom.window.close();
  }
}

function annotateDocument(
  input: string,
  document: Document,
  references: readonly RefSet[],
): AnnotateLine {
  dropUncloneableDoctype(document);
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
 * jsdom parses `<!doctype>` or `<!doctype html‹>` as browsers do, but then
 * refuses to clone the doctype, and extraction reads a clone. The doctype
 * only chose the parsing mode, already spent, so an uncloneable one goes.
 */
function dropUncloneableDoctype(document: Document): void {
  try {
    document.doctype?.cloneNode();
  } catch {
    document.doctype?.remove();
  }
}

/** Fills each quote's reference-set speaker and adds the context notes, best first. */
function matchReferences(annotation: Annotation, references: readonly RefSet[]): Annotation {
  if (references.length === 0) return annotation;
  const quotes = annotation.quotes.map((quote) => ({
    ...quote,
    speakerId: resolveSpeaker(quote.speaker, references),
  }));
  const notes = buildNotes([...quotes, ...annotation.claims], annotation.article, references);
  return { ...annotation, quotes, notes };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
