/**
 * The one entry for bringing a set in: a Backstory set, ClaimReview JSON-LD
 * or CSV, all ending in the same validator and the same result type. Pure and
 * synchronous, so the options page can run it in a worker and the CLI as is.
 */
import { convertClaimReview } from './claimreview.ts';
import { convertCsv } from './csv.ts';
import type { Draft } from './draft.ts';
import { capMessages, LIMITS, MAX_ERRORS } from './limits.ts';
import type { RefSetResult } from './schema.ts';
import { parseJson, validateRefSet } from './schema.ts';
import { hash53 } from './speakers.ts';
import { REFSET_FORMAT, REFSET_VERSION } from './types.ts';

export type ImportFormat = 'backstory' | 'claimreview' | 'csv';

export interface ImportOptions {
  /** The file's format; `auto` tells them apart by content. */
  from: ImportFormat | 'auto';
  /** The set's id and title for converted files (a Backstory set keeps its own). */
  id?: string;
  title?: string;
}

/** A JSON document is a Backstory set if it says so or looks like one; otherwise JSON-LD. */
function jsonFormat(document: unknown): ImportFormat {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return 'claimreview';
  const keys = Object.keys(document);
  return keys.includes('format') || !keys.some((key) => key.startsWith('@'))
    ? 'backstory'
    : 'claimreview';
}

const STATEMENT_PLACE = /^statements\[(\d+)\]\.?/;

/** Validates a converter's output; messages name the file's own places instead of statements[i]. */
function finish(
  draft: Draft,
  text: string,
  options: ImportOptions,
  from: ImportFormat,
): RefSetResult {
  const warnings = [...draft.warnings];
  if (draft.errors.length) return { ok: false, errors: capMessages(draft.errors) };
  const set = {
    format: REFSET_FORMAT,
    version: REFSET_VERSION,
    id: options.id ?? `imported-${hash53(text)}`,
    title: options.title ?? `Imported from ${from === 'csv' ? 'CSV' : 'ClaimReview'}`,
    topics: [],
    speakers: draft.speakers,
    statements: draft.statements,
  };
  const first = validateRefSet(set, {
    maxErrors: draft.skipInvalid ? Number.POSITIVE_INFINITY : MAX_ERRORS,
  });
  const relocate = (message: string) =>
    message.replace(
      STATEMENT_PLACE,
      (_, index: string) => `${draft.places[Number(index)] ?? `statement ${index}`}: `,
    );
  if (first.ok) {
    const all = [...warnings, ...first.warnings.map(relocate)];
    return { ...first, warnings: capMessages(all, MAX_ERRORS, 'warning') };
  }
  if (!draft.skipInvalid) return { ok: false, errors: first.errors.map(relocate) };
  // Feeds the user cannot edit: drop the statements the validator rejects, keep the rest.
  const rejected = new Set<number>();
  for (const error of first.errors) {
    const index = STATEMENT_PLACE.exec(error)?.[1];
    if (index === undefined) return { ok: false, errors: capMessages(first.errors.map(relocate)) };
    rejected.add(Number(index));
    warnings.push(`${relocate(error)}; skipped`);
  }
  const statements = set.statements.filter((_, index) => !rejected.has(index));
  if (statements.length === 0) return { ok: false, errors: capMessages(warnings) };
  const second = validateRefSet({ ...set, statements });
  if (!second.ok) return second;
  const all = [...warnings, ...second.warnings.map(relocate)];
  return { ...second, warnings: capMessages(all, MAX_ERRORS, 'warning') };
}

/** The last part of a path, so a name from the CLI and a browser's File name read alike. */
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/**
 * The id and title a converted file gets when the user names none, from its
 * file name: "Fact checks 2023.csv" -> "fact-checks-2023", "Fact checks 2023.csv".
 */
export function namesFromFileName(name: string): { id: string; title: string } {
  const base = baseName(name);
  const id = base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, LIMITS.id)
    .replace(/^-|-$/g, '');
  return { id: id || 'imported', title: base || 'Imported statements' };
}

const megabytes = (n: number) => `${Math.round(n / 1_000_000)} MB`;
const tooLarge = (size: number) =>
  `the file is too large (${megabytes(size)}; at most ${megabytes(LIMITS.importChars)})`;

/**
 * Refuses a file from its size in bytes, before it is read, when even the
 * fewest characters it can hold (a third of its UTF-8 bytes) are over the
 * limit; a smaller file is measured by importRefSet once read.
 */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > 3 * LIMITS.importChars ? tooLarge(bytes) : null;
}

/** Reads a file in any supported format into a validated set, or says exactly what is wrong. */
export function importRefSet(text: string, options: ImportOptions): RefSetResult {
  if (text.length > LIMITS.importChars) return { ok: false, errors: [tooLarge(text.length)] };
  const body = text.replace(/^\uFEFF/, '');
  const looksLikeJson = /^\s*[[{]/.test(body);
  if (options.from === 'csv' || (options.from === 'auto' && !looksLikeJson)) {
    return finish(convertCsv(body), text, options, 'csv');
  }
  const parsed = parseJson(body);
  if (!parsed.ok) return parsed;
  const from = options.from === 'auto' ? jsonFormat(parsed.value) : options.from;
  if (from === 'backstory') return validateRefSet(parsed.value);
  return finish(convertClaimReview(parsed.value), text, options, 'claimreview');
}
