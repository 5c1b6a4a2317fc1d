import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../src/core/read.ts';
import { parseRefSet } from '../../../../src/core/refset/index.ts';
import { withoutBidiControls } from '../../../../src/core/text/bidi.ts';
import { validSet } from '../../../support/refset-fixtures.ts';

const ARTICLE =
  'The minister spoke first. "We will not move," said Ahmed Khan.\n\n"The talks are over," said Laila Nouri of the opposition.';

/** Each kind of control, as a page might wrap a right-to-left name. */
const WRAPPINGS = [
  ['an isolate', '\u2067', '\u2069'],
  ['an embedding', '\u202b', '\u202c'],
  ['an override', '\u202e', '\u202c'],
  ['marks', '\u200f', '\u200e'],
  ['a first-strong isolate and an Arabic letter mark', '\u2068\u061c', '\u2069'],
] as const;

describe('withoutBidiControls', () => {
  it('replaces every bidi control and nothing else', () => {
    expect(withoutBidiControls('a\u2067b\u2069c\u200fd\u202ee\u061c', ' ')).toBe('a b c d e ');
    expect(withoutBidiControls('\u2067Laila Nouri\u2069')).toBe('Laila Nouri');
    expect(withoutBidiControls('ليلى نوري — “quotes”')).toBe('ليلى نوري — “quotes”');
  });
});

describe('reading text with bidi controls', () => {
  it.each(WRAPPINGS)('gives a quote to the speaker named inside %s', (_, open, close) => {
    const text = ARTICLE.replace('Laila Nouri', `${open}Laila Nouri${close}`);
    const { quotes, claims } = readArticle(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ahmed Khan', 'Laila Nouri']);
    // Offsets and texts are the page's own, controls and all, so highlights still anchor.
    for (const finding of [...quotes, ...claims]) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.selector.exact).toBe(finding.text);
    }
  });
});

describe('reference-set names with bidi controls', () => {
  it('drops them from speaker names and aliases', () => {
    const set = validSet();
    set.speakers[0]!.name = `\u2067${set.speakers[0]!.name}\u2069`;
    set.speakers[0]!.aliases = ['\u202bThe \u202eMinister\u202c'];
    const result = parseRefSet(JSON.stringify(set));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.set.speakers[0]!.name).toBe(validSet().speakers[0]!.name);
    expect(result.set.speakers[0]!.aliases).toEqual(['The Minister']);
  });
});
