// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  locateLabels,
  matchQuotes,
  sameSpeaker,
  type TextLabel,
} from '../../../bench/lib/scoring.mjs';
import { readArticle } from '../../../src/core/read.ts';
import { extractArticle } from '../../../src/dom/extract.ts';

/** Our own labelled news pages (tests/fixtures/reading/README.md). */
const dir = path.resolve('tests/fixtures/reading');
const pages = readdirSync(dir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

interface PageLabels {
  quotes: TextLabel[];
  /** Speech reported without marks: the reported clause's words. */
  reported?: TextLabel[];
  /** What the reader still gets wrong on the page, as `problemsOf` words it. */
  knownProblems?: string[];
}

/** Every way the direct quotations read from a page differ from its labels, one line each. */
function problemsOf(page: string): string[] {
  const html = readFileSync(path.join(dir, `${page}.html`), 'utf8');
  const labels: PageLabels = JSON.parse(readFileSync(path.join(dir, `${page}.json`), 'utf8'));
  const article = extractArticle(new DOMParser().parseFromString(html, 'text/html'));
  if (!article) return ['not extracted'];
  const { text, blocks } = article.map;
  const truths = locateLabels(text, labels.quotes);
  const reading = readArticle(text, article.meta, blocks);
  const found = reading.quotes.filter((q) => q.kind === 'direct');
  const { pairs, missed, extra } = matchQuotes(truths, found);
  // A reported finding counts when it covers half the labelled clause, as in bench/reading.mjs.
  const reports = matchQuotes(
    locateLabels(text, labels.reported ?? []),
    reading.quotes.filter((q) => q.kind === 'reported'),
    0.5,
  );
  return [
    ...missed.map((truth) => `missed ${JSON.stringify(text.slice(truth.start, truth.end))}`),
    ...extra.map((quote) => `extra ${JSON.stringify(quote.text)}`),
    ...pairs
      .filter(([truth, quote]) => !sameSpeaker(quote.speaker, truth))
      .map(
        ([truth, quote]) =>
          `speaker of ${JSON.stringify(quote.text)}: ${quote.speaker}, not ${truth.speaker}`,
      ),
    ...reports.missed.map(
      (truth) => `missed reported ${JSON.stringify(text.slice(truth.start, truth.end))}`,
    ),
    ...reports.pairs
      .filter(([truth, quote]) => !sameSpeaker(quote.speaker, truth))
      .map(
        ([truth, quote]) =>
          `reporter of ${JSON.stringify(quote.text)}: ${quote.speaker}, not ${truth.speaker}`,
      ),
  ];
}

/**
 * What the reader makes of a page, as a reviewer reads it: the metadata, every
 * finding with its kind and speaker, and every claim. Kept beside the page
 * (`<page>.expected.txt`, regenerated with `vitest -u`) so a change to the
 * reader shows as a diff of what it finds.
 */
function readingOf(page: string): string {
  const html = readFileSync(path.join(dir, `${page}.html`), 'utf8');
  const article = extractArticle(new DOMParser().parseFromString(html, 'text/html'));
  if (!article) return 'not extracted\n';
  const { text, blocks } = article.map;
  const { quotes, claims } = readArticle(text, article.meta, blocks);
  const { title, byline, site, published } = article.meta;
  return [
    `title: ${title}`,
    `byline: ${byline}`,
    `site: ${site}`,
    `published: ${published}`,
    '',
    `findings (${quotes.length}):`,
    ...quotes.map(
      (q) => `  ${q.kind.padEnd(8)} ${q.speaker ?? '(nobody)'} — ${JSON.stringify(q.text)}`,
    ),
    '',
    `claims (${claims.length}):`,
    ...claims.map((c) => `  ${JSON.stringify(c.text)}`),
    '',
  ].join('\n');
}

describe('reading our own news pages', () => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s: every quotation found, each with its speaker', (page) => {
    const labels: PageLabels = JSON.parse(readFileSync(path.join(dir, `${page}.json`), 'utf8'));
    expect(problemsOf(page)).toEqual(labels.knownProblems ?? []);
  });

  it.each(pages)('%s: findings, speakers and claims as expected', async (page) => {
    await expect(readingOf(page)).toMatchFileSnapshot(path.join(dir, `${page}.expected.txt`));
  });
});
