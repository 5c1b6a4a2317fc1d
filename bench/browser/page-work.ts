// The page-side half of bench/browser.mjs, bundled into an IIFE and added to
// each page under test. Every measure runs the shipped code on the live page,
// so Readability alone and Backstory's work meet the same DOM, in the same
// browser, in the same process.
import { Readability } from '@mozilla/readability';
import { readArticle } from '../../src/core/read.ts';
import { isArticlePage } from '../../src/dom/article-signals.ts';
import { extractArticle } from '../../src/dom/extract.ts';

type Measure = 'readability' | 'backstory' | 'treeWalk' | 'gate';

function pageTextLength(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  while (walker.nextNode()) length += walker.currentNode.nodeValue?.length ?? 0;
  return length;
}

/** Milliseconds one call of `fn` takes, by the page's own clock. */
function timed(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

const measures: Record<Measure, () => unknown> = {
  // Readability needs a copy it may rewrite; Backstory's extraction clones too, so both pay for it.
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
  backstory: () => {
    const article = extractArticle(document, { requireArticle: false });
    if (article) readArticle(article.map.text, article.meta, article.map.blocks);
  },
  // The floor: any tool that looks at a page's text walks it once.
  treeWalk: () => pageTextLength(),
  gate: () => isArticlePage(document),
};

(globalThis as { __backstoryBench?: unknown }).__backstoryBench = {
  run: (measure: Measure) => timed(measures[measure]),
  textLength: pageTextLength,
};
