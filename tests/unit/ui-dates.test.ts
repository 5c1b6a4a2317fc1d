import { describe, expect, it } from 'vitest';
import { formatRecordedDate, formatStatementDate } from '../../src/ui/dates.ts';

describe('formatStatementDate', () => {
  it.each([
    ['2023', 'en-GB', '2023'],
    ['2024-03', 'en-GB', 'March 2024'],
    ['2024-03-07', 'en-GB', '7 March 2024'],
    ['2024-03-07', 'en-US', 'March 7, 2024'],
    ['2024-03-07', 'ko', '2024년 3월 7일'],
  ])('says %s in %s as %s, at the precision it has', (date, locale, expected) => {
    expect(formatStatementDate(date, locale)).toBe(expected);
  });

  it('gives no date for none, and a malformed one as it was stored', () => {
    expect(formatStatementDate(null, 'en')).toBeNull();
    expect(formatStatementDate('2024-13', 'en')).toBe('2024-13');
    expect(formatStatementDate('last spring', 'en')).toBe('last spring');
  });

  it('never moves a day across a time zone', () => {
    expect(formatStatementDate('2024-01-01', 'en-GB')).toBe('1 January 2024');
  });
});

describe('formatRecordedDate', () => {
  it('writes a timestamp as a short local date', () => {
    expect(formatRecordedDate('2026-12-03T12:00:00.000Z', 'en-GB')).toBe('3 Dec 2026');
    expect(formatRecordedDate('garbage', 'en-GB')).toBe('garbage');
  });
});
