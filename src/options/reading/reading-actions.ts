/**
 * What the options page does with "Your reading" beyond the store's own
 * calls: a file into the set (merged without duplicates), the set out as a
 * file.
 */
import { importedArticles, SpeakerFolder } from '../../core/reading/index.ts';
import { formatRefSet } from '../../core/refset/canonical.ts';
import { parseRefSet } from '../../core/refset/index.ts';
import type { ReadingStore } from '../../shared/reading-store/index.ts';
import { buildReadingSegment } from '../../shared/reading-store/segments.ts';

/** Reads a Backstory set file into "Your reading"; what it holds already is skipped. */
export async function importReadingFile(
  store: ReadingStore,
  text: string,
): Promise<{ articles: number; statements: number }> {
  const parsed = parseRefSet(text);
  if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join('; '));
  const folder = new SpeakerFolder(await store.speakers());
  const articles = importedArticles(parsed.set, folder);
  return store.importArticles(articles, folder.takeAdopted(), buildReadingSegment);
}

export async function exportReadingFile(store: ReadingStore): Promise<Blob> {
  return new Blob([formatRefSet(await store.exportSet())], { type: 'application/json' });
}
