import type { NoteStatement, Relation, StanceRelation } from '../../core/types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A reference-set date as a reader says it, at the precision it has: "2023", "March 2024", "3 March 2024". */
export function formatStatementDate(date: string | null): string | null {
  if (!date) return null;
  const [year, month, day] = date.split('-');
  if (!month) return year ?? null;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export const RELATION_LABELS: Record<Relation, string> = {
  'same-speaker': 'Same speaker',
  'same-organisation': 'Same organisation',
  'same-government': 'Same government',
  'same-topic': 'Same subject',
};

export const STANCE_LABELS: Record<StanceRelation, string> = {
  repeats: 'Repeats',
  shifts: 'Shifts',
  contradicts: 'Contradicts',
};

/** How a statement that is not the speaker's own words is introduced. */
export const KIND_LABELS = {
  paraphrase: 'Paraphrase:',
  claim: 'Claim:',
  report: 'Report:',
} as const;

export const WHEN_LABELS: Record<NonNullable<NoteStatement['when']>, string> = {
  before: 'before this article',
  after: 'after this article',
  'same-day': 'the same day',
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The card's title line: how many statements, and whether any were made later. */
export function noteTitle(statements: NoteStatement[]): string {
  const later = statements.filter((s) => s.when === 'after').length;
  if (later === statements.length && later > 0) return plural(later, 'later statement');
  if (later === 0) return plural(statements.length, 'related statement');
  return `${plural(statements.length, 'related statement')}, ${later} later`;
}
