/**
 * The reference-set API the rest of Backstory calls: the options page and
 * the CLI import and validate, the matcher reads typed sets and compares
 * stances. Everything here is pure and synchronous (run it in a worker for
 * large files).
 */
export { formatRefSet } from './canonical.ts';
export type { ImportFormat, ImportOptions } from './import.ts';
export { fileSizeProblem, importRefSet, namesFromFileName } from './import.ts';
export { capMessages, LIMITS, MAX_ERRORS, splitCapped } from './limits.ts';
export type { SpeakerIndex } from './membership.ts';
export { indexSpeakers } from './membership.ts';
export type { RefSetResult } from './schema.ts';
export { parseRefSet, validateRefSet } from './schema.ts';
export { stanceRelation } from './stance.ts';
export * from './types.ts';
