import type { Speaker, Statement } from './types.ts';

/**
 * What a converter hands back before validation: the statements it built,
 * where each came from (for messages: "line 14", "ClaimReview 3 (url)"), and
 * what it noticed on the way.
 */
export interface Draft {
  speakers: Speaker[];
  statements: Statement[];
  /** places[i] says where statements[i] came from. */
  places: string[];
  warnings: string[];
  /** Problems with the file as a whole or a row; any error fails the import. */
  errors: string[];
  /**
   * Whether a statement the validator rejects is dropped with a warning
   * (published feeds the user cannot fix) instead of failing the import
   * (the user's own CSV, which they can).
   */
  skipInvalid: boolean;
}

export function emptyDraft(skipInvalid: boolean): Draft {
  return { speakers: [], statements: [], places: [], warnings: [], errors: [], skipInvalid };
}
