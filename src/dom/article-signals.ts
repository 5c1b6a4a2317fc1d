import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleNode, type PageDeclarations, readDeclarations } from './declarations.ts';

/**
 * Whether the page is an article worth reading. Readability's own check
 * misses short news items, so the page's declarations count too: an
 * `og:type` of article or JSON-LD that says it is a news article.
 */
export function isArticlePage(
  doc: Document,
  declarations: PageDeclarations = readDeclarations(doc),
): boolean {
  if (declaresArticle(declarations)) return true;
  return isProbablyReaderable(doc);
}

function declaresArticle({ meta, jsonLd }: PageDeclarations): boolean {
  if (meta.get('property:og:type')?.toLowerCase() === 'article') return true;
  return jsonLd.some(isArticleNode);
}
