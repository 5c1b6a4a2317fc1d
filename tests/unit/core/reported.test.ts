import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/read.ts';

/** The speech an article reports without marks, as [speaker, cue, what was said]. */
function reportedIn(text: string): [string | null, string | null, string][] {
  return readArticle(text)
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      return [q.speaker, q.cue, q.text];
    });
}

describe('reported speech, without quotation marks', () => {
  it.each([
    [
      'X said that …',
      'Ana Ruiz said that the bridge would reopen in May.',
      [['Ana Ruiz', 'said', 'the bridge would reopen in May']],
    ],
    [
      'X said …, without “that”',
      'The mayor said the bridge would reopen in May.',
      [['The mayor', 'said', 'the bridge would reopen in May']],
    ],
    [
      'a time between the cue and “that”',
      'American officials said on Thursday that the embargo would be lifted.',
      [['American officials', 'said', 'the embargo would be lifted']],
    ],
    [
      'told a listener that …',
      'Ana Ruiz told reporters that the bridge would reopen in May.',
      [['Ana Ruiz', 'told', 'the bridge would reopen in May']],
    ],
    [
      'according to X, …',
      'According to the fire service, three homes were destroyed overnight.',
      [['the fire service', 'according to', 'three homes were destroyed overnight']],
    ],
    [
      '…, according to X',
      'Three homes were destroyed overnight, according to the fire service.',
      [['the fire service', 'according to', 'Three homes were destroyed overnight']],
    ],
    [
      '…, X said',
      'The plant will close next year, company officials said on Friday.',
      [['company officials', 'said', 'The plant will close next year']],
    ],
    [
      'a dateline is not part of what was said',
      'SEOUL — The talks have collapsed after weeks of negotiation, officials said.',
      [['officials', 'said', 'The talks have collapsed after weeks of negotiation']],
    ],
    [
      'a pronoun resolved',
      'Lena Park spoke after the vote. She said the result was a mandate for change.',
      [['Lena Park', 'said', 'the result was a mandate for change']],
    ],
    [
      'announcing a thing is not reporting speech',
      'The ministry will announce a new strategy on Friday.',
      [],
    ],
    [
      'a clause that says little beyond its quotation is left to the quotation',
      'Ana Ruiz said the plan was “a disgrace to the town.”',
      [],
    ],
    [
      'a sentence half paraphrase, half quotation reports its paraphrase',
      'Lena Vogt said the clinics would open in May and would be “staffed around the clock.”',
      [
        [
          'Lena Vogt',
          'said',
          'the clinics would open in May and would be “staffed around the clock.”',
        ],
      ],
    ],
    [
      'a cue inside the quotation is the quoted speaker’s, not the reporter’s',
      '“Ana Ruiz said the plan would fail,” a neighbour recalled.',
      [],
    ],
    [
      'a quotation and its own cue report nothing more',
      '“The clinics will open in May and will be staffed,” Lena Vogt said.',
      [],
    ],
    ['too little said to note', 'Ana Ruiz said so.', []],
  ])('%s', (_name, text, expected) => {
    expect(reportedIn(text)).toEqual(expected);
  });
});
