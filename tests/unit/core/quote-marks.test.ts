import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../../src/core/quotes/scan.ts';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import type { TextBlock } from '../../../src/core/types.ts';

/** The quoted stretches the scanner finds, outermost only, checking the marks around each. */
function spansOf(text: string, blocks: TextBlock[] = []): string[] {
  return scanQuotes(text, splitParagraphs(text, blocks)).map((span) => {
    // Only spaces stand between a mark and the words it quotes.
    if (span.open >= 0) expect(text.slice(span.open + 1, span.start).trim()).toBe('');
    if (span.close >= 0) expect(text.slice(span.end, span.close).trim()).toBe('');
    return text.slice(span.start, span.end);
  });
}

describe('quotation marks of every style', () => {
  it.each([
    ['straight double', 'He said "we will not back down" today.', ['we will not back down']],
    ['curly double', '“We will rebuild,” the mayor said.', ['We will rebuild,']],
    ['single, British style', '‘We will rebuild,’ the mayor said.', ['We will rebuild,']],
    ['straight single', "'We will rebuild,' the mayor said.", ['We will rebuild,']],
    [
      'single nested in double',
      '“He told me ‘never again’ and left,” she said.',
      ['He told me ‘never again’ and left,'],
    ],
    [
      'double nested in single',
      '‘He told me “never again” and left,’ she said.',
      ['He told me “never again” and left,'],
    ],
    [
      'French guillemets',
      'Le ministre a dit : « Nous ne céderons pas ».',
      ['Nous ne céderons pas'],
    ],
    ['guillemets, no spaces', 'The minister said: «We will not give in».', ['We will not give in']],
    ['German guillemets', 'Er sagte: »Wir geben nicht auf«.', ['Wir geben nicht auf']],
    ['German low-high', 'Er sagte: „Wir geben nicht auf“.', ['Wir geben nicht auf']],
    ['German low-high single', 'Er sagte: ‚Wir geben nicht auf‘.', ['Wir geben nicht auf']],
    ['Polish low-high', 'Powiedział: „Nie poddamy się”.', ['Nie poddamy się']],
    ['Swedish', 'Han sa: ”Vi ger inte upp”.', ['Vi ger inte upp']],
    [
      'single guillemets nested',
      'Il a dit : « Ils l’ont appelé ‹ une erreur › hier ».',
      ['Ils l’ont appelé ‹ une erreur › hier'],
    ],
    ['CJK corner brackets', '他说：「我们不会让步」。', ['我们不会让步']],
    ['CJK white corner brackets', '她说：『不要放弃』。', ['不要放弃']],
    [
      'straight mixed with curly',
      '"We must remain vigilant,” he declared.',
      ['We must remain vigilant,'],
    ],
    [
      'two quotations round an attribution',
      '“It is over,” she said. “We lost.”',
      ['It is over,', 'We lost.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('apostrophes are not quotation marks', () => {
  it.each([
    ['contractions and possessives', "Kim’s aide didn’t say it; it wasn’t Park's.", []],
    ['plural possessive', 'The Koreas’ talks and the officials’ hopes faded.', []],
    [
      'plural possessive inside a quotation',
      '‘The Koreas’ talks have failed,’ he said.',
      ['The Koreas’ talks have failed,'],
    ],
    ['decade', "It felt like the ’90s, or the '80s.", []],
    [
      'decade inside a quotation',
      "'It's the '90s all over again,' said Ana Ruiz.",
      ["It's the '90s all over again,"],
    ],
    ['elisions', "Rock 'n' roll, 'til dawn, 'cause they said so.", []],
    ['inch and foot signs', 'A 12" pipe and a 6\' wall.', []],
  ])('%s', (_name, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('unbalanced marks', () => {
  it.each([
    [
      'a quotation never closed runs to its paragraph’s end',
      'He said “the bridge will reopen in May.\n\nOfficials declined to comment.',
      ['the bridge will reopen in May.'],
    ],
    [
      'a second opening mark ends the first quotation',
      '“Never again, he said. “We mean it.”',
      ['Never again, he said.', 'We mean it.'],
    ],
    ['a lone closing mark is ignored', 'The plan,” officials said, “is sound.”', ['is sound.']],
    ['a lone single mark is ignored', 'The plan ‘is sound, officials said.', []],
    [
      'an inner quotation left open is closed with the outer one',
      '“They called it ‘a mistake, and moved on,” she said.',
      ['They called it ‘a mistake, and moved on,'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('quotations over several paragraphs', () => {
  it('continues while each paragraph opens with a mark, until one closes', () => {
    const text =
      'The senator said: “First, we will vote.\n\n“Then we will wait.\n\n“And then we will see,” she added.\n\nThe vote is on Friday.';
    expect(spansOf(text)).toEqual([
      'First, we will vote.\n\n“Then we will wait.\n\n“And then we will see,',
    ]);
  });

  it('ends with its paragraph when the next one does not open with a mark', () => {
    const text = '“First, we will vote.\n\nThe vote is on Friday.';
    expect(spansOf(text)).toEqual(['First, we will vote.']);
  });

  it('does not run into a heading or a caption', () => {
    const text = '“First, we will vote.\n\n“Elections” ahead\n\nThe vote is on Friday.';
    const heading = text.indexOf('“Elections”');
    const blocks: TextBlock[] = [{ kind: 'heading', start: heading, end: heading + 19 }];
    expect(spansOf(text, blocks)).toEqual(['First, we will vote.', 'Elections']);
  });
});

describe('block quotes', () => {
  const quoteBlock = (text: string, from: string, to: string): TextBlock => ({
    kind: 'quote',
    start: text.indexOf(from),
    end: text.indexOf(to) + to.length,
  });

  it('takes a block quote without marks as one quotation', () => {
    const text =
      'The mayor wrote on Facebook:\n\nWe will rebuild the bridge.\n\nIt will take two years.\n\nOfficials agreed.';
    const blocks = [quoteBlock(text, 'We will', 'two years.')];
    expect(spansOf(text, blocks)).toEqual([
      'We will rebuild the bridge.\n\nIt will take two years.',
    ]);
  });

  it('leaves out the signature line', () => {
    const text = 'We will rebuild the bridge.\n\n— Ana Ruiz';
    expect(spansOf(text, [quoteBlock(text, 'We will', 'Ruiz')])).toEqual([
      'We will rebuild the bridge.',
    ]);
  });

  it('leaves out an embedded post’s signature', () => {
    const text = 'Rebuilding starts today. — Ana Ruiz (@anaruiz) March 3, 2024';
    expect(spansOf(text, [quoteBlock(text, 'Rebuilding', '2024')])).toEqual([
      'Rebuilding starts today.',
    ]);
  });

  it('keeps the marks of a block quote that has them', () => {
    const text = '"We will rebuild the bridge."\n\nAna Ruiz, mayor';
    expect(spansOf(text, [quoteBlock(text, '"We', 'mayor')])).toEqual([
      'We will rebuild the bridge.',
    ]);
  });

  it('reads no quotation marks in code', () => {
    const text = 'The exploit sends:\n\nlist: [ "a", "b" ]';
    const start = text.indexOf('list');
    expect(spansOf(text, [{ kind: 'code', start, end: text.length }])).toEqual([]);
  });
});
