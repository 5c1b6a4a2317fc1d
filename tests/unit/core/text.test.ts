import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { sentencesIn } from '../../../src/core/text/sentences.ts';
import { wordsIn } from '../../../src/core/text/words.ts';

const sentences = (text: string) =>
  sentencesIn(text, 0, text.length).map((s) => text.slice(s.start, s.end));
const words = (text: string) => wordsIn(text).map((w) => w.text);

describe('sentences', () => {
  it.each([
    [
      'two plain sentences',
      'The talks failed. Both sides left.',
      ['The talks failed.', 'Both sides left.'],
    ],
    [
      'a title does not end one',
      'Mr. Reeves and Dr. Nam spoke. They agreed.',
      ['Mr. Reeves and Dr. Nam spoke.', 'They agreed.'],
    ],
    [
      'an initial does not end one',
      'C. Eugene Steuerle said so. He left.',
      ['C. Eugene Steuerle said so.', 'He left.'],
    ],
    [
      'a dotted abbreviation mid-sentence',
      'The U.S. and Japan met. They talked.',
      ['The U.S. and Japan met.', 'They talked.'],
    ],
    [
      'a dotted abbreviation at the end',
      'The troops left the U.S. The war was over.',
      ['The troops left the U.S.', 'The war was over.'],
    ],
    [
      'closing marks stay with their sentence',
      '“We lost.” Then she left.',
      ['“We lost.”', 'Then she left.'],
    ],
    [
      'a question and an exclamation',
      'Why now? Because! It is time.',
      ['Why now?', 'Because!', 'It is time.'],
    ],
    ['a line break ends one', '1. Finland\n2. Norway', ['1. Finland', '2. Norway']],
    [
      'decimals and lowercase after a period',
      'It grew 4.2 percent. e.g. more than before.',
      ['It grew 4.2 percent. e.g. more than before.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('words', () => {
  it.each([
    [
      'contractions and possessives stay whole',
      'Kim’s aide didn’t go.',
      ['Kim’s', 'aide', 'didn’t', 'go', '.'],
    ],
    [
      'hyphens and abbreviations',
      'Ji-Hoon Nam of the U.S. said so.',
      ['Ji-Hoon', 'Nam', 'of', 'the', 'U.S.', 'said', 'so', '.'],
    ],
    ['titles keep their period, words do not', 'Dr. Nam left.', ['Dr.', 'Nam', 'left', '.']],
    [
      'numbers',
      'It cost $1.4 billion, or 50%.',
      ['It', 'cost', '$', '1.4', 'billion', ',', 'or', '50', '%', '.'],
    ],
    [
      'quotation marks are their own tokens',
      '“Yes,” he said.',
      ['“', 'Yes', ',', '”', 'he', 'said', '.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives each word its exact offsets', () => {
    const text = '  Mr. Reeves said: “No.”  ';
    for (const word of wordsIn(text)) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines and trims', () => {
    const text = 'First one.\n\n  Second one.\nSame paragraph.  \n\n\n\nThird.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First one.',
      'Second one.\nSame paragraph.',
      'Third.',
    ]);
  });

  it('gives each paragraph its innermost block, and the block quote it sits in', () => {
    const text = 'Intro.\n\nQuoted one.\n\nQuoted two.\n\nA caption\n\nOutro.';
    const at = (s: string) => text.indexOf(s);
    const paragraphs = splitParagraphs(text, [
      { kind: 'quote', start: at('Quoted one'), end: at('Quoted two') + 11 },
      { kind: 'item', start: at('Quoted two'), end: at('Quoted two') + 11 },
      { kind: 'caption', start: at('A caption'), end: at('A caption') + 9 },
    ]);
    expect(paragraphs.map((p) => [p.kind, p.quoteBlock])).toEqual([
      ['paragraph', -1],
      ['quote', 0],
      ['item', 0],
      ['caption', -1],
      ['paragraph', -1],
    ]);
  });
});

describe('pages that lost the space after a full stop (issue 10)', () => {
  it('split into sentences and words at "Wednesday.According"', async () => {
    const { sentencesIn } = await import('../../../src/core/text/sentences.ts');
    const { wordsIn } = await import('../../../src/core/text/words.ts');
    const text =
      'The plan passed on Wednesday.According to Mr.Smith, the U.S.Army agreed.“Good,” he said.';
    expect(sentencesIn(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      'The plan passed on Wednesday.',
      'According to Mr.Smith, the U.S.Army agreed.',
      '“Good,” he said.',
    ]);
    expect(wordsIn(text, 0, text.length).map((w) => w.text)).toContain('Wednesday');
    expect(wordsIn(text, 0, text.length).map((w) => w.text)).toContain('U.S.Army');
  });
});
