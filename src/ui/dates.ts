import { uiLanguage } from '../shared/i18n.ts';

/**
 * Dates as the reader's browser writes them (`Intl.DateTimeFormat` in the
 * UI language), in one place for the note card and the options page alike.
 */

const PRECISION: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'long' },
  3: { year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * A reference-set date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision it
 * has: "2023", "March 2024", "3 March 2024" in English. Null for no date;
 * a date that does not parse is shown as it was stored rather than hidden.
 */
export function formatStatementDate(date: string | null, locale = uiLanguage()): string | null {
  if (!date) return null;
  const parts = date.split('-').map(Number);
  const [year, month = 1, day = 1] = parts;
  const options = PRECISION[parts.length];
  if (!options || parts.some((n) => !Number.isInteger(n)) || month < 1 || month > 12) return date;
  // Noon UTC and a UTC formatter: no time zone can move the day.
  const instant = new Date(Date.UTC(year!, month - 1, day, 12));
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(instant);
}

/** A moment the extension recorded (an ISO timestamp), as a short local date. */
export function formatRecordedDate(iso: string, locale = uiLanguage()): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(instant);
}
