import { fileURLToPath } from 'node:url';

/**
 * The bundled reference set. This module sits one level under the package
 * root both as source (src/cli/) and once built (dist/cli/backstory.mjs), so
 * the same relative path finds data/refsets/ from either.
 */
export const BUNDLED_REFSET_PATH = fileURLToPath(
  new URL('../../data/refsets/bundled.json', import.meta.url),
);
