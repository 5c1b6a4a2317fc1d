import { describe, expect, it } from 'vitest';
import { quotesOf } from './read-helpers.ts';

/**
 * Which quoted stretches are quotations: someone's words, in full or in part,
 * and not scare quotes, terms, titles, nicknames or headings.
 */
describe('quotations and what only looks like one', () => {
  it.each([
    // Quotations, however short, when someone is said to have said them.
    [
      'a full sentence',
      'Ana Ruiz, the mayor, said: “We will rebuild the bridge.”',
      ['We will rebuild the bridge.'],
    ],
    [
      'a partial quotation woven in',
      'The mayor called the plan “a step backward from safety” on Monday.',
      ['a step backward from safety'],
    ],
    [
      'one word the speaker used',
      'Mr. Ortiz said the delay was “unacceptable” and left.',
      ['unacceptable'],
    ],
    [
      'one word, reported as a description',
      'The ministry described the decision as “regrettable”.',
      ['regrettable'],
    ],
    [
      'one word with a by-agent',
      'The collapse was described as “shocking” by the transport ministry.',
      ['shocking'],
    ],
    [
      'one word before an inverted cue',
      'The fire was “devastating,” said Chief Lena Park.',
      ['devastating,'],
    ],
    [
      'a quotation after “according to”',
      'The storm was “the worst in a decade,” according to the weather service.',
      ['the worst in a decade,'],
    ],
    ['a question', '“Who will pay for this?” asked Senator Ruth Bell.', ['Who will pay for this?']],
    // Not quotations.
    ['a scare quote', 'Officials celebrated a string of “wins” this year.', []],
    ['a term after “so-called”', 'The so-called “metadata” must be stored for two years.', []],
    ['a term after “dubbed”', 'The region, dubbed “the corridor”, saw heavy fighting.', []],
    ['a term after “known as”', 'A chemical known as “DNP” was found in the tablets.', []],
    ['a named term', 'She popularised the term “software engineering” in the 1960s.', []],
    [
      'a passive description with no one doing it',
      'A stranding that was described as “unprecedented” drew crowds.',
      [],
    ],
    [
      'the title of a book',
      'In her book “A Paradise Built in Hell,” Rebecca Solnit wrote of disasters.',
      [],
    ],
    [
      'the title of a paper',
      'Lorenz published a paper titled “Deterministic Nonperiodic Flow” in 1963.',
      [],
    ],
    ['a title in title case', 'The show “Hidden Figures of Science” aired on Sunday.', []],
    ['a nickname', 'Dwayne “The Rock” Johnson thanked his fans.', []],
    [
      'a term inside a noun phrase',
      'The report asked whether the country is the “jobs machine” it thinks it is.',
      [],
    ],
    ['imagined speech', 'He paused, as if to say “You think you got me?” and smiled.', []],
    [
      'a heading',
      '‘Unprecedented’ strandings\n\nWhales have beached in record numbers this year.',
      [],
    ],
    [
      'a short phrase with no one saying it',
      'The “freeze-thaw” cycles of winter crack the pipes.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text).map(([words]) => words)).toEqual(expected);
  });

  it('keeps every offset within the text and exact', () => {
    const text = 'He said “a” and “bb” and “the third one here,” then left.';
    for (const [words] of quotesOf(text)) expect(text).toContain(words);
  });
});
