import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { readArticle } from '../../src/core/read.ts';
import { articleIdOf, type ReadPage } from '../../src/core/reading/index.ts';
import type { ArticleMeta, QuoteFinding } from '../../src/core/types.ts';
import { extractArticle } from '../../src/dom/extract.ts';

/** Article A (Mara Ellison on the cod quota, September) and B (the same, weeks later). */
export const ARTICLE_A = 'cod-quota-warning';
export const ARTICLE_B = 'cod-quota-decision';

/** A page of tests/fixtures/remember read as the browser reads it: what the background gets. */
export function readFixture(
  slug: string,
  url = `https://news.example/${slug}?utm_source=newsletter`,
): ReadPage & { quotes: QuoteFinding[]; meta: ArticleMeta } {
  const html = readFileSync(path.resolve('tests/fixtures/remember', `${slug}.html`), 'utf8');
  const dom = new JSDOM(html, { url });
  const article = extractArticle(dom.window.document);
  if (!article) throw new Error(`${slug} is not read as an article`);
  const { quotes } = readArticle(article.map.text, article.meta, article.map.blocks);
  return {
    url,
    meta: article.meta,
    articleId: articleIdOf(article.map.text),
    quotes,
    visitedAt: '2026-12-01T10:00:00Z',
  };
}
