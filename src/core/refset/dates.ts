/**
 * Reading the dates that imported files carry into the format's YYYY,
 * YYYY-MM or YYYY-MM-DD. Only unambiguous forms are read: ISO 8601 (a time
 * part is dropped) and English month names. "03/04/2023" means March or
 * April depending on the country, so it is refused rather than guessed.
 */

import { dateProblem } from './schema.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date read is held to the validator's rule here, so a file's every bad date is named in one round. */
function checked(date: string): { date: string } | { problem: string } {
  const problem = dateProblem(date);
  return problem ? { problem } : { date };
}

/** `{ date }` in the format's form, or `{ problem }` saying why the text is not read as a date. */
export function readDate(text: string): { date: string } | { problem: string } {
  const value = text.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value,
  );
  if (iso) return checked([iso[1], iso[2], iso[3]].filter(Boolean).join('-'));
  // "May 12, 2023", "May 2023", "12 May 2023"
  const monthFirst = /^([A-Za-z]+\.?)\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(value);
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(value);
  const [month, day, year] = monthFirst
    ? [monthNumber(monthFirst[1]!), monthFirst[2], monthFirst[3]!]
    : dayFirst
      ? [monthNumber(dayFirst[2]!), dayFirst[1], dayFirst[3]!]
      : [0, undefined, ''];
  if (month > 0)
    return checked(day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`);
  return {
    problem: `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 60))}`,
  };
}
