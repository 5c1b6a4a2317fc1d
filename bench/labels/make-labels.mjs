// Writes bench/labels/news-pages.json from hand-written label notes kept
// outside the repository (they quote the pages, which must stay out of it):
//
//   node bench/labels/make-labels.mjs --from DIR [--corpus news-pages-2] [--check]
//
// DIR holds one <page>.txt per corpus page, one quotation a line:
//   opening words of the quote [#N] [=> closing words] | speaker [| alternative; ...]
// A line that starts with "R " labels speech reported without marks: the
// reported clause, from its first word to "=> closing words" (or the words
// given alone), and who the article says it is from.
// The opening words start right after the quote's opening mark (#N picks the
// Nth occurrence). The quote ends at its closing mark, found as a reader
// would: across paragraphs that each open with a mark, and at the paragraph's
// end if it is never closed; "=> closing words" ends it explicitly (block
// quotes have no marks). Each line is printed back with its context to check.
// The labels file keeps offsets, a hash of each span and the speaker names,
// never the text.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listPages, parsePage, readPage } from '../lib/corpus.mjs';
import { hashOf } from '../lib/scoring.mjs';
import { loadSource, root } from '../lib/source.mjs';

const args = process.argv.slice(2);
const from = args[args.indexOf('--from') + 1];
if (!args.includes('--from') || !from) {
  console.error('usage: node bench/labels/make-labels.mjs --from DIR [--check]');
  process.exit(2);
}
const check = args.includes('--check');
const { extractArticle } = await loadSource('labels', { 'src/dom/extract.ts': ['extractArticle'] });

/**
 * Each labelled corpus, its labels file and the pages held out from tuning,
 * fixed here before the reader ran on them (bench/labels/README.md).
 */
const CORPORA = {
  'news-pages': {
    file: 'news-pages.json',
    heldOut: ['guardian-1', 'nytimes-4', 'seattletimes-1', 'webmd-2', 'yahoo-3'],
    about:
      'Hand labels of the direct quotations in the article text that src/dom/extract.ts reads from ../shared/corpus/news-pages (bench/labels/README.md). Offsets are UTF-16 indexes into that text; sha256 is the first 12 hex digits of the span, to notice drift. No page text is kept here.',
  },
  'news-pages-2': {
    file: 'news-pages-2.json',
    heldOut: [
      'cnbc-1',
      'forward-1',
      'investmentexecutive-1',
      'oregonlive-1',
      'pagesix-1',
      'people-1',
      'reuters-1',
      'sduniontribune-1',
      'theatlantic-1',
      'wired-1',
    ],
    about:
      'Hand labels, written blind (before the reader ran on these pages), of the direct quotations and of speech reported without marks in the article text that src/dom/extract.ts reads from 21 pages of ../shared/corpus/news-pages-2 (bench/labels/README.md). The pages not in heldOut are the tuning part; heldOut is never tuned on. Offsets are UTF-16 indexes into that text; sha256 is the first 12 hex digits of the span, to notice drift. No page text is kept here.',
  },
};

const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : 'news-pages';
if (!CORPORA[corpus]) {
  console.error(`unknown corpus ${corpus}: one of ${Object.keys(CORPORA).join(', ')}`);
  process.exit(2);
}

const CLOSERS = {
  '“': '”"',
  '"': '"”',
  '„': '“”',
  '‘': "’'",
  "'": "'’",
  '«': '»',
  '»': '«',
};
const isLetter = (ch) => ch !== undefined && /\p{L}/u.test(ch);

function endOf(text, start, open) {
  const closers = CLOSERS[open];
  if (!closers)
    throw new Error(`no opening mark before ${JSON.stringify(text.slice(start, start + 30))}`);
  const single = open === '‘' || open === "'";
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (text.startsWith('\n\n', i)) {
      const next = text.slice(i + 2).match(/^\s*(.)/u)?.[1];
      if (next === open) {
        i += 2;
        continue;
      }
      return i;
    }
    if (closers.includes(ch) && !(single && isLetter(text[i + 1]))) return i;
  }
  return text.length;
}

const pages = [];
for (const page of await listPages(corpus)) {
  let notes;
  try {
    notes = await readFile(path.join(from, `${page}.txt`), 'utf8');
  } catch {
    continue;
  }
  const article = extractArticle(parsePage(await readPage(page, corpus)));
  const { text } = article.map;
  const quotes = [];
  const reported = [];
  for (const line of notes.split('\n').filter((l) => l.trim())) {
    const isReported = line.startsWith('R ');
    const [spec, speaker, alternatives] = (isReported ? line.slice(2) : line)
      .split(' | ')
      .map((part) => part.trim());
    const [opening, closing] = spec.split(' => ');
    const occurrence = opening.match(/ #(\d+)$/);
    const needle = occurrence ? opening.slice(0, occurrence.index) : opening;
    let start = -1;
    for (let n = occurrence ? Number(occurrence[1]) : 1; n > 0; n--) {
      start = text.indexOf(needle, start + 1);
      if (start < 0) throw new Error(`${page}: not found: ${needle}`);
    }
    const end = closing
      ? text.indexOf(closing, start) + closing.length
      : isReported
        ? start + needle.length
        : endOf(text, start, text[start - 1]);
    if (closing && end < start + closing.length)
      throw new Error(`${page}: end not found: ${closing}`);
    const span = text.slice(start, end);
    const label = { start, end, sha256: hashOf(span), speaker };
    if (alternatives) label.alternatives = alternatives.split(';').map((a) => a.trim());
    (isReported ? reported : quotes).push(label);
    if (check)
      console.log(
        `${page}${isReported ? ' reported' : ''} ${start}-${end} [${speaker}]\n    ${JSON.stringify(span.length > 160 ? `${span.slice(0, 70)} … ${span.slice(-70)}` : span)}`,
      );
  }
  quotes.sort((a, b) => a.start - b.start);
  reported.sort((a, b) => a.start - b.start);
  const entry = { page, textLength: text.length, textSha256: hashOf(text), quotes };
  if (reported.length > 0) entry.reported = reported;
  pages.push(entry);
}

const { file, heldOut, about } = CORPORA[corpus];
const labels = { about, heldOut, pages };
const out = path.join(root, 'bench/labels', file);
await writeFile(out, `${JSON.stringify(labels, null, 2)}\n`);
// In the project's format, so a rebuild of the same labels leaves no diff.
spawnSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', out], {
  stdio: 'ignore',
});
const count = (key) => pages.reduce((n, p) => n + (p[key]?.length ?? 0), 0);
console.log(`${pages.length} pages, ${count('quotes')} quotes, ${count('reported')} reported`);
