// The news pages of ../shared/corpus (third-party text: read here, never copied
// into the repository). BACKSTORY_SHARED points at another copy of ../shared;
// BACKSTORY_CORPUS replaces the first corpus (news-pages) alone.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { root } from './source.mjs';

const shared = process.env.BACKSTORY_SHARED ?? path.resolve(root, '../shared');

/** The folder of a corpus of ../shared/corpus by name. */
export function corpusDirOf(corpus = 'news-pages') {
  if (corpus === 'news-pages' && process.env.BACKSTORY_CORPUS) return process.env.BACKSTORY_CORPUS;
  return path.join(shared, 'corpus', corpus);
}

export const corpusDir = corpusDirOf();

/** Page names (folder names) of a corpus, sorted. */
export async function listPages(corpus) {
  const entries = await readdir(corpusDirOf(corpus), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function readPage(page, corpus) {
  return readFile(path.join(corpusDirOf(corpus), page, 'source.html'), 'utf8');
}

/** A quiet jsdom document for a page's HTML (pages carry CSS jsdom cannot parse). */
export function parsePage(html) {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole }).window.document;
}
