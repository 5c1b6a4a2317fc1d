import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../../../src/core/text/tokenize.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('folds case and diacritics', () => {
    expect(terms('Māori LEADERS in Séoul')).toEqual(['maori', 'leaders', 'in', 'seoul']);
    expect(fold('Jōng-Ün')).toBe('jong-un');
  });

  it('splits hyphenated names and keeps the joined form, so both spellings meet', () => {
    expect(terms('Kim Jong-un')).toEqual(['kim', 'jong', 'un', 'jongun']);
    expect(terms('Kim Jong Un')).toEqual(['kim', 'jong', 'un']);
    expect(terms('e-mail')).toContain('email');
  });

  it("drops possessives and short contractions, joins n't", () => {
    expect(terms("Kim's sister won't talk; they're ready, we'll see")).toEqual([
      'kim',
      'sister',
      'wont',
      'talk',
      'they',
      'ready',
      'we',
      'see',
    ]);
    expect(terms('the regime’s envoy')).toEqual(['the', 'regime', 'envoy']);
  });

  it('normalises numbers: thousands, decimals, percent', () => {
    expect(terms('4,300 jobs, 2.5 trillion, 10% and 1,234,567')).toEqual([
      '4300',
      'jobs',
      '2.5',
      'trillion',
      '10',
      'percent',
      'and',
      '1234567',
    ]);
    expect(tokenize('4,300').every((t) => t.numeric)).toBe(true);
  });

  it('reads dotted and capital US as the country, not the pronoun', () => {
    expect(terms('the U.S. and US forces told us')).toEqual([
      'the',
      'usa',
      'and',
      'usa',
      'forces',
      'told',
      'us',
    ]);
  });

  it('skips links and splits hashtags and handles into words', () => {
    expect(terms('Read https://t.co/abc123 now')).toEqual(['read', 'now']);
    expect(terms('#MakeAmericaGreatAgain')).toEqual([
      'make',
      'america',
      'great',
      'again',
      'makeamericagreatagain',
    ]);
    expect(terms('@IlhanMN said')).toEqual(['ilhan', 'mn', 'ilhanmn', 'said']);
    expect(terms('#DefundTheCBChttps://t.co/x')).toEqual(['defund', 'the', 'cbc', 'defundthecbc']);
  });

  it('marks capitals and sentence starts, so names can be told from first words', () => {
    const [first, , name] = tokenize('Officials met Kim. Then they left.');
    expect(first).toMatchObject({ term: 'officials', capitalised: true, initial: true });
    expect(name).toMatchObject({ term: 'kim', capitalised: true, initial: false });
    expect(tokenize('Officials met Kim. Then')[3]).toMatchObject({ term: 'then', initial: true });
  });

  it('gives offsets into the text', () => {
    const text = 'He said “no talks” in 2024.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['he', 'said', 'no', 'talks', 'in', '2024']);
    for (const token of tokens) expect(fold(text.slice(token.start, token.end))).toBe(token.term);
  });

  it('never throws and keeps offsets inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.start).toBeLessThan(token.end);
          expect(token.term.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
