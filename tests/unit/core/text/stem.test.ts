import { describe, expect, it } from 'vitest';
import { stem } from '../../../../src/core/text/stem.ts';
import { isStopWord } from '../../../../src/core/text/stopwords.ts';

describe('stem', () => {
  it('conflates inflections with Porter2', () => {
    expect(stem('negotiations')).toBe(stem('negotiating'));
    expect(stem('talks')).toBe('talk');
    expect(stem('sanctions')).toBe('sanction');
    expect(stem('generously')).toBe('generous');
  });

  it('leaves numbers, short words and non-Latin words alone', () => {
    expect(stem('2024')).toBe('2024');
    expect(stem('covid19')).toBe('covid19');
    expect(stem('gas')).toBe('gas');
    expect(stem('평양')).toBe('평양');
  });
});

describe('stop words', () => {
  it('drops function words and folded contractions but keeps topic words', () => {
    expect(isStopWord('the')).toBe(true);
    expect(isStopWord('dont')).toBe(true);
    expect(isStopWord('talks')).toBe(false);
    expect(isStopWord('against')).toBe(false);
  });
});
