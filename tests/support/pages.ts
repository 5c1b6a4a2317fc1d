import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The committed end-to-end test pages (tests/fixtures/pages), by slug. */
export function readTestPage(slug: string): string {
  return readFileSync(path.resolve('tests/fixtures/pages', `${slug}.html`), 'utf8');
}

/** A test page parsed into a document of the current DOM environment. */
export function loadTestPage(slug: string): Document {
  return new DOMParser().parseFromString(readTestPage(slug), 'text/html');
}
