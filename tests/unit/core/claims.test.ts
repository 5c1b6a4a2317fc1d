import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/read.ts';

const claimsIn = (text: string) => readArticle(text).claims.map((c) => c.text);

describe('claims worth checking', () => {
  it.each([
    [
      'an event with a number and a date',
      'Gunmen killed at least 19 people at the museum on Wednesday.',
    ],
    [
      'a measured change',
      'Interest payments rose 50 percent in 2017, according to the budget office.',
    ],
    ['a record', 'The deficit reached $1 trillion, the largest since 2012.'],
    ['a cause', 'The embargo was lifted in 1997 because Sudan stopped supporting the rebels.'],
    [
      'a government’s position',
      'The Unification Ministry rejected the proposal and reiterated that dialogue remains open.',
    ],
    ['a dated event', 'Pyongyang launched two missiles toward the Sea of Japan last week.'],
  ])('%s', (_name, sentence) => {
    expect(claimsIn(sentence)).toEqual([sentence]);
  });

  it.each([
    ['an opinion', 'I think the plan is a fine one, and we should all be proud of it.'],
    ['a question', 'Is this the end of meaningful engagement between the two countries?'],
    [
      'a sentence that is a quotation',
      '“We will not negotiate under pressure,” said the minister on Monday.',
    ],
    ['page furniture', 'Read more: The 10 things to know about the 2024 election.'],
    ['a byline note', 'Heba Habib contributed to this report from Cairo in 2015.'],
    ['too short', 'It rose 5%.'],
    ['a plain description', 'The sea was calm and the sky was grey over the harbour.'],
  ])('not %s', (_name, sentence) => {
    expect(claimsIn(sentence)).toEqual([]);
  });

  it('picks the checkable sentences of an article and gives exact offsets', () => {
    const text =
      'The talks collapsed on Tuesday after 14 hours.\n\nIt was a long night for everyone.\n\nThe ministry said 300 troops were withdrawn in March.';
    const { claims } = readArticle(text);
    expect(claims.map((c) => c.text)).toEqual([
      'The talks collapsed on Tuesday after 14 hours.',
      'The ministry said 300 troops were withdrawn in March.',
    ]);
    for (const claim of claims) {
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.selector.exact).toBe(claim.text);
    }
    expect(claims.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});
