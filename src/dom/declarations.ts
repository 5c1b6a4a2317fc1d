/** A JSON-LD node: an object with string keys, as the page declared it. */
export type JsonLdNode = Record<string, unknown>;

/**
 * What a page says about itself, read in one pass over its elements (in
 * jsdom a selector query or a live collection costs a document scan each, and
 * a descendant selector tens of milliseconds on a large page):
 * - `jsonLd`: its JSON-LD nodes, however wrapped (arrays, `@graph`);
 * - `meta`: the `content` of its meta tags by `name`, `property` and
 *   `itemprop`, keyed as `"name:author"`, `"property:og:type"` (lowercased;
 *   the first tag wins);
 * - `times`: its `<time>` elements, in document order;
 * - `authorElements`: elements marked `rel="author"` or `itemprop="author"`.
 */
export interface PageDeclarations {
  jsonLd: JsonLdNode[];
  meta: Map<string, string>;
  times: Element[];
  authorElements: Element[];
}

const META_KEYS = ['name', 'property', 'itemprop'] as const;
const SHOW_ELEMENT = 1;

export function readDeclarations(doc: Document): PageDeclarations {
  const declarations: PageDeclarations = {
    jsonLd: [],
    meta: new Map(),
    times: [],
    authorElements: [],
  };
  const root = doc.documentElement;
  if (!root) return declarations;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const element = node as Element;
    switch (element.localName) {
      case 'meta':
        addMeta(element, declarations.meta);
        break;
      case 'script':
        if (element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') {
          addJsonLd(element.textContent ?? '', declarations.jsonLd);
        }
        break;
      case 'time':
        declarations.times.push(element);
        break;
    }
    if (element.getAttribute('rel') === 'author' || element.getAttribute('itemprop') === 'author') {
      declarations.authorElements.push(element);
    }
  }
  return declarations;
}

function addMeta(tag: Element, meta: Map<string, string>): void {
  const content = tag.getAttribute('content')?.trim();
  if (!content) return;
  for (const key of META_KEYS) {
    const value = tag.getAttribute(key)?.trim();
    if (!value) continue;
    const entry = `${key}:${value.toLowerCase()}`;
    if (!meta.has(entry)) meta.set(entry, content);
  }
}

/** How deep a page's JSON-LD may nest before the rest is ignored (it is page-controlled). */
const MAX_DEPTH = 6;

/** The nodes of one `application/ld+json` block; a malformed block has none. */
function addJsonLd(json: string, into: JsonLdNode[]): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  collect(data, 0, into);
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
function typesOf(node: JsonLdNode): string[] {
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
