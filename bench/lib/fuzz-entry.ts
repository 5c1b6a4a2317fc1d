// The fuzz bench's view of the project: the real annotate command and the test's generator.
export { BUNDLED_REFSET_PATH } from '../../src/cli/bundled-refset.ts';
export { annotate } from '../../src/cli/commands/annotate.ts';
export { generateDocument, random } from '../../tests/fuzz/documents.ts';
