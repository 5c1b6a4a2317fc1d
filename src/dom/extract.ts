import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../core/types.ts';
import { isArticlePage } from './article-signals.ts';
import { LiveTextTracer } from './clone-text.ts';
import { readDeclarations } from './declarations.ts';
import { readMetadata } from './metadata.ts';
import { buildTextMap, type TextMap } from './text-map.ts';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** The article text and where each piece of it lives in the live document. */
  map: TextMap;
}

export interface ExtractOptions {
  /**
   * Whether to read only pages that look like articles (the default, for
   * pages the reader merely visits); false reads any page with article-like
   * text, for pages someone asked to have read.
   */
  requireArticle?: boolean;
}

/**
 * Extracts the article from `doc` without touching it: Readability runs on a
 * clone (it rewrites the tree it reads), and the text it keeps is traced back
 * to the live text nodes, so findings can be highlighted in the article and
 * never in navigation, sidebars or footers. Returns null for pages that are
 * not articles.
 */
export function extractArticle(
  doc: Document,
  { requireArticle = true }: ExtractOptions = {},
): ExtractedArticle | null {
  if (!doc.body) return null;
  const declarations = readDeclarations(doc);
  if (requireArticle && !isArticlePage(doc, declarations)) return null;
  const clone = doc.cloneNode(true) as Document;
  const tracer = new LiveTextTracer(clone, doc);
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;
  const liveTextOf = tracer.trace(parsed.content);
  const map = buildTextMap(parsed.content, (node) => liveTextOf.get(node));
  if (map.text.length === 0) return null;
  return { map, meta: { ...readMetadata(declarations, parsed), length: map.text.length } };
}
