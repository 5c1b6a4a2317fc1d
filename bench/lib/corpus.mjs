// The news pages of ../shared/corpus (third-party text: read here, never copied
// into the repository). BACKSTORY_CORPUS points elsewhere if needed.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { root } from './source.mjs';

export const corpusDir =
  process.env.BACKSTORY_CORPUS ?? path.resolve(root, '../shared/corpus/news-pages');

/** Page names (folder names), sorted. */
export async function listPages() {
  const entries = await readdir(corpusDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function readPage(page) {
  return readFile(path.join(corpusDir, page, 'source.html'), 'utf8');
}

/** A quiet jsdom document for a page's HTML (pages carry CSS jsdom cannot parse). */
export function parsePage(html) {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole }).window.document;
}
