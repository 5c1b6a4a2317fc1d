// Writes bench/labels/news-pages.json from hand-written label notes kept
// outside the repository (they quote the pages, which must stay out of it):
//
//   node bench/labels/make-labels.mjs --from DIR [--check]
//
// DIR holds one <page>.txt per corpus page, one quotation a line:
//   opening words of the quote [#N] [=> closing words] | speaker [| alternative; ...]
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
for (const page of await listPages()) {
  let notes;
  try {
    notes = await readFile(path.join(from, `${page}.txt`), 'utf8');
  } catch {
    continue;
  }
  const article = extractArticle(parsePage(await readPage(page)));
  const { text } = article.map;
  const quotes = [];
  for (const line of notes.split('\n').filter((l) => l.trim())) {
    const [spec, speaker, alternatives] = line.split(' | ').map((part) => part.trim());
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
      : endOf(text, start, text[start - 1]);
    if (closing && end < start + closing.length)
      throw new Error(`${page}: end not found: ${closing}`);
    const span = text.slice(start, end);
    const label = { start, end, sha256: hashOf(span), speaker };
    if (alternatives) label.alternatives = alternatives.split(';').map((a) => a.trim());
    quotes.push(label);
    if (check)
      console.log(
        `${page} ${start}-${end} [${speaker}]\n    ${JSON.stringify(span.length > 160 ? `${span.slice(0, 70)} … ${span.slice(-70)}` : span)}`,
      );
  }
  quotes.sort((a, b) => a.start - b.start);
  pages.push({ page, textLength: text.length, textSha256: hashOf(text), quotes });
}

const labels = {
  about:
    'Hand labels of the direct quotations in the article text that src/dom/extract.ts reads from ../shared/corpus/news-pages (bench/labels/README.md). Offsets are UTF-16 indexes into that text; sha256 is the first 12 hex digits of the span, to notice drift. No page text is kept here.',
  heldOut: ['guardian-1', 'nytimes-4', 'seattletimes-1', 'webmd-2', 'yahoo-3'],
  pages,
};
const out = path.join(root, 'bench/labels/news-pages.json');
await writeFile(out, `${JSON.stringify(labels, null, 2)}\n`);
// In the project's format, so a rebuild of the same labels leaves no diff.
spawnSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', out], {
  stdio: 'ignore',
});
console.log(`${pages.length} pages, ${pages.reduce((n, p) => n + p.quotes.length, 0)} quotes`);
