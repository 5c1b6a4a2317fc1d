/** A JSON-LD node: an object with string keys, as the page declared it. */
export type JsonLdNode = Record<string, unknown>;

/** How deep a page's JSON-LD may nest before the rest is ignored (it is page-controlled). */
const MAX_DEPTH = 6;

/**
 * Every JSON-LD node the page declares at the top level of its
 * `application/ld+json` scripts, however they are wrapped (arrays,
 * `@graph`). Malformed blocks are skipped.
 */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collect(data, 0, nodes);
  }
  return nodes;
}

function collect(value: unknown, depth: number, into: JsonLdNode[]): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, into);
    return;
  }
  const node = value as JsonLdNode;
  into.push(node);
  collect(node['@graph'], depth + 1, into);
}

/** A node's `@type`s (a string or a list of strings). */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Report|Review|Background|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting)$/;

/** Whether a node declares an article of some kind. */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((type) => ARTICLE_TYPES.test(type));
}
