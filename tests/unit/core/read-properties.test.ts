import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Reading, readArticle } from '../../../src/core/read.ts';
import type { TextBlock } from '../../../src/core/types.ts';

/** What must hold of any reading of any text; the problems found, none if all is well. */
function problemsOf(text: string, reading: Reading): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const finding of [...reading.quotes, ...reading.claims]) {
    const { id, start, end, selector } = finding;
    if (!(start >= 0 && end >= start && end <= text.length))
      problems.push(`${id}: [${start}, ${end})`);
    if (text.slice(start, end) !== finding.text) problems.push(`${id}: text is not its slice`);
    if (selector.exact !== finding.text) problems.push(`${id}: selector.exact`);
    if (text.slice(start - selector.prefix.length, start) !== selector.prefix) {
      problems.push(`${id}: selector.prefix`);
    }
    if (ids.has(id)) problems.push(`${id}: duplicate id`);
    ids.add(id);
  }
  for (const quote of reading.quotes) {
    if (quote.text.length === 0) problems.push(`${quote.id}: empty`);
    if (quote.kind !== 'direct' && quote.kind !== 'reported') problems.push(`${quote.id}: kind`);
  }
  return problems;
}

function checkReading(text: string, reading: Reading): void {
  expect(problemsOf(text, reading)).toEqual([]);
}

/** Characters that stress a reader of quotations: every mark, apostrophes, breaks, controls. */
const TRICKY = [
  ...'"“”„‟＂〝〞\'‘’‚‛«»‹›「」『』',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  ';',
  '—',
  '-',
  '?',
  '…',
  '\u0000',
  '\u0007',
  '\u200b',
  '\u00ad',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  'é',
  '中',
];
const WORDS = [
  'said',
  'says',
  'told',
  'according to',
  'he',
  'she',
  'it',
  'the',
  'Mr.',
  'Dr.',
  'Ana',
  'Ruiz',
  'Kim',
  'Yo-jong',
  'officials',
  'a',
  'senior',
  'official',
  'that',
  'U.S.',
  '1999',
  '50%',
  'who',
  'and',
  'so-called',
];

const trickyText = fc
  .array(
    fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })),
    {
      maxLength: 200,
    },
  )
  .map((parts) => parts.join(''));

const blocksFor = (length: number) =>
  fc.array(
    fc.record({
      kind: fc.constantFrom('quote', 'heading', 'caption', 'item', 'code') as fc.Arbitrary<
        TextBlock['kind']
      >,
      start: fc.integer({ min: -5, max: length + 5 }),
      end: fc.integer({ min: -5, max: length + 5 }),
    }),
    { maxLength: 6 },
  );

describe('reading any text', () => {
  it('never throws, and every finding slices exactly to its text', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        checkReading(text, readArticle(text));
      }),
      { numRuns: 400 },
    );
  });

  it('takes any blocks, even ones that make no sense', () => {
    fc.assert(
      fc.property(
        trickyText.chain((text) => fc.tuple(fc.constant(text), blocksFor(text.length))),
        ([text, blocks]) => {
          checkReading(text, readArticle(text, {}, blocks));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkReading(text, readArticle(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile text', () => {
  const cases: [string, () => string][] = [
    ['a megabyte line without a space', () => 'a'.repeat(1 << 20)],
    ['a megabyte line of words and no full stop', () => 'Ana Ruiz said that '.repeat(55_000)],
    ['a megabyte of opening marks', () => '“'.repeat(1 << 20)],
    ['a megabyte of straight double marks', () => '"'.repeat(1 << 20)],
    ['a megabyte of apostrophes and letters', () => "s' ".repeat(350_000)],
    [
      'quotation marks nested a hundred thousand deep',
      () => `${'“‘'.repeat(50_000)}x${'’”'.repeat(50_000)}`,
    ],
    ['unbalanced marks in every paragraph', () => 'He said “no.\n\n'.repeat(40_000)],
    [
      'a hundred thousand short quotations in one paragraph',
      () => '“A,” he said. '.repeat(100_000),
    ],
    ['a hundred thousand names', () => 'Ana Ruiz met Tom Reyes. '.repeat(50_000)],
    ['control characters', () => '\u0000\u0001\u0002“\u0003”\u0004'.repeat(100_000)],
    ['surrogate pairs and lone halves', () => '\ud83d\ude00“\ud800”\udc00 '.repeat(100_000)],
    ['only whitespace', () => ' \n\n\t '.repeat(100_000)],
    ['the empty string', () => ''],
  ];

  it.each(cases)('%s', (_name, make) => {
    const text = make();
    checkReading(text, readArticle(text));
  });
});
