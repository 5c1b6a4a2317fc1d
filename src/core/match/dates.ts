/**
 * Dates as day numbers (days since 1970-01-01, UTC) with their precision, so
 * that "2023" and "2023-07-14" compare honestly: a year-precision statement
 * is neither before nor after an article of that same year.
 */

export enum DatePrecision {
  None = 0,
  Year = 1,
  Month = 2,
  Day = 3,
}

export interface DayRange {
  /** First and last day the date can mean. */
  first: number;
  last: number;
  precision: DatePrecision;
}

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * Parses YYYY, YYYY-MM, YYYY-MM-DD, or an ISO date-time (its date part);
 * anything else, or an impossible date, gives null.
 */
export function parseDay(value: string | null | undefined): DayRange | null {
  const match = value ? DATE_PATTERN.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return {
      first: dayNumber(year, 1, 1),
      last: dayNumber(year, 12, 31),
      precision: DatePrecision.Year,
    };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return {
      first: dayNumber(year, month, 1),
      last: dayNumber(year, month + 1, 1) - 1,
      precision: DatePrecision.Month,
    };
  }
  const day = Number(match[3]);
  const first = dayNumber(year, month, day);
  // Date.UTC rolls 2023-02-30 over into March; such a date is a typo, not a day.
  if (new Date(first * MS_PER_DAY).getUTCDate() !== day) return null;
  return { first, last: first, precision: DatePrecision.Day };
}

/** Rebuilds a range from its first day and precision (how the index stores dates). */
export function rangeFrom(first: number, precision: DatePrecision): DayRange | null {
  if (precision === DatePrecision.None) return null;
  if (precision === DatePrecision.Day) return { first, last: first, precision };
  const start = new Date(first * MS_PER_DAY);
  const year = start.getUTCFullYear();
  const last =
    precision === DatePrecision.Year
      ? dayNumber(year, 12, 31)
      : dayNumber(year, start.getUTCMonth() + 2, 1) - 1;
  return { first, last, precision };
}

/** Days between two ranges (0 when they overlap). */
export function daysApart(a: DayRange, b: DayRange): number {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

/** Whether `statement` came before or after `reference`, when the dates can tell. */
export function relativeTime(
  statement: DayRange | null,
  reference: DayRange | null,
): 'before' | 'after' | 'same-day' | undefined {
  if (!statement || !reference) return undefined;
  if (statement.last < reference.first) return 'before';
  if (statement.first > reference.last) return 'after';
  if (statement.precision === DatePrecision.Day && reference.precision === DatePrecision.Day) {
    return 'same-day';
  }
  return undefined;
}
