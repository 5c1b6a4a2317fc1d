import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/match/analyze.ts';

const terms = (text: string) => analyze(text).terms;

describe('spellings of one word meet in one term', () => {
  it.each([
    ['denuclearisation', 'denuclearization'],
    ['the programme', 'the program'],
    ['organised', 'organized'],
    ['behaviour', 'behavior'],
    ['diplomacy', 'diplomatic'],
    ['threaten', 'threat'],
    ['Pyeongyang', 'Pyongyang'],
    ['the United States', 'the U.S.'],
    ['the United States', 'the US'],
  ])('%s and %s', (a, b) => {
    expect(terms(a)).toEqual(terms(b));
    expect(terms(a)).toHaveLength(1);
  });

  it('keeps words that only look like the forms it merges', () => {
    expect(terms('four hours')).not.toEqual(terms('for hors'));
    expect(terms('tour')).toEqual(['tour']);
    expect(terms('open')).toEqual(['open']);
    // "US" as a pronoun is written "us" and stays a stop word; "U.S. officials" keeps its initials.
    expect(terms('U.S. officials said')).toContain('usa');
    expect(terms('a united front of states')).not.toContain('usa');
  });
});
