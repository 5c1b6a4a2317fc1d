/** How the reference-set section words sizes, counts, dates and progress. */
import type { RefSetEntry } from '../../shared/refset-store/index.ts';
import { formatRecordedDate } from '../../ui/dates.ts';
import type { ImportStage } from './import-protocol.ts';

const whole = new Intl.NumberFormat('en');
const megabytes = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "1 statement", "100,000 statements". */
export function counted(n: number, noun: string): string {
  return `${whole.format(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** File sizes in decimal units, as file managers show them. */
export function fileSize(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${megabytes.format(bytes / 1_000_000)} MB`;
}

/** A stored date in the reader's own way of writing dates. */
export const storedOn = (iso: string): string => formatRecordedDate(iso);

/** Where the set came from and when. */
export function provenance(entry: RefSetEntry): string {
  return entry.origin === 'bundled'
    ? `Comes with Backstory ${entry.packageVersion ?? ''}`.trimEnd()
    : `Imported from ${entry.fileName ?? 'a file'} on ${storedOn(entry.importedAt)}`;
}

export const STAGE_LABELS: Record<ImportStage, string> = {
  reading: 'Reading the file',
  checking: 'Checking every statement',
  indexing: 'Building the matching index',
  saving: 'Saving',
};
