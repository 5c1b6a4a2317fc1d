import { isProbablyReaderable } from '@mozilla/readability';

/**
 * Whether the page is an article worth reading. Readability's own check
 * misses short news items, so the page's declarations count too: an
 * `og:type` of article or JSON-LD that says it is a news article.
 */
export function isArticlePage(doc: Document): boolean {
  if (declaresArticle(doc)) return true;
  return isProbablyReaderable(doc);
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background)?Article$|^BlogPosting$/;

function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (jsonLdTypes(script.textContent ?? '').some((type) => ARTICLE_TYPES.test(type))) return true;
  }
  return false;
}

/** Every `@type` in a JSON-LD block, however it nests; malformed JSON has none. */
export function jsonLdTypes(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const types: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') types.push(type);
    else if (Array.isArray(type))
      types.push(...type.filter((t): t is string => typeof t === 'string'));
    visit(record['@graph'], depth + 1);
  };
  visit(data, 0);
  return types;
}
