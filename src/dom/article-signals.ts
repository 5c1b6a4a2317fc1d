import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleNode, type JsonLdNode, jsonLdNodes } from './json-ld.ts';

/**
 * Whether the page is an article worth reading. Readability's own check
 * misses short news items, so the page's declarations count too: an
 * `og:type` of article or JSON-LD that says it is a news article.
 */
export function isArticlePage(doc: Document, jsonLd: JsonLdNode[] = jsonLdNodes(doc)): boolean {
  if (declaresArticle(doc, jsonLd)) return true;
  return isProbablyReaderable(doc);
}

function declaresArticle(doc: Document, jsonLd: JsonLdNode[]): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return true;
  return jsonLd.some(isArticleNode);
}
