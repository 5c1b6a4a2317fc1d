/**
 * The reference set that ships with the extension lives in the store like
 * any imported set (with its index), so whatever reads sets for matching
 * treats them all alike. A new extension version stores its own copy.
 */
import { parseRefSet } from '../core/refset/index.ts';
import type { IndexBuilder, RefSetStore } from '../shared/refset-store/index.ts';

/** Where build.mjs puts data/refsets/bundled.json in each browser build. */
export const BUNDLED_SET_PATH = 'refsets/bundled.json';

export interface BundledSetSource {
  /** The running extension's version. */
  version: string;
  /** The packaged set's text. */
  read(): Promise<string>;
}

/**
 * Stores the packaged set, keeping the user's choice to switch it off. With
 * `ifMissing`, only when the stored copy is absent or from another version:
 * a start-up check that repairs a failed install.
 */
export async function installBundledSet(
  store: Pick<RefSetStore, 'list' | 'installBundled'>,
  buildIndex: IndexBuilder,
  source: BundledSetSource,
  { ifMissing = false } = {},
): Promise<void> {
  if (ifMissing) {
    const stored = (await store.list()).find((entry) => entry.origin === 'bundled');
    if (stored?.packageVersion === source.version) return;
  }
  const result = parseRefSet(await source.read());
  if (!result.ok) throw new Error(`${BUNDLED_SET_PATH}: ${result.errors.join('; ')}`);
  await store.installBundled(result.set, buildIndex(result.set), source.version);
}
