/** Real-world data: what scraped and hand-written sets carry, and what the import does with it. */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../src/core/refset/encoding.ts';
import { importRefSet } from '../../../../src/core/refset/import.ts';
import { refSetJsonSchema } from '../../../../src/core/refset/json-schema.ts';
import { parseRefSet, validateRefSet } from '../../../../src/core/refset/schema.ts';
import { validSet } from '../../../support/refset-fixtures.ts';

const HEADER = 'speaker,date,text,source_title,source_url';

describe('control characters in a set', () => {
  it('strips C0 and C1 controls with a warning naming the field and the character', () => {
    const set = validSet();
    set.statements[0]!.text = 'We will\u0090 never talk.';
    set.speakers[1]!.name = 'A\u0007 Minister';
    set.statements[1]!.context = '\u009bBriefing\u007f';
    const result = parseRefSet(JSON.stringify(set));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.set.statements[0]!.text).toBe('We will never talk.');
    expect(result.set.speakers[1]!.name).toBe('A Minister');
    expect(result.set.statements[1]!.context).toBe('Briefing');
    expect(result.warnings).toEqual([
      'speakers[1].name: removed control character U+0007',
      'statements[0].text: removed control character U+0090',
      'statements[1].context: removed control characters U+009B, U+007F',
    ]);
  });

  it('keeps tab and newline where free text allows them', () => {
    const set = validSet();
    set.statements[0]!.text = 'One line.\nAnother\tline.';
    const result = parseRefSet(JSON.stringify(set));
    expect(result.ok && result.set.statements[0]!.text).toBe('One line.\nAnother\tline.');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('passes the warnings on through an import', () => {
    const csv = `${HEADER}\nKim Yo-jong,2023-07,We will\u0090 never sit down.,A report,https://news.example/1\n`;
    const result = importRefSet(csv, { from: 'csv' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      'line 2: text: removed control character U+0090',
    ]);
  });
});

describe('fields documented as empty by default', () => {
  it('may be left out of a hand-written set; the validator fills them', () => {
    const set = validSet();
    delete set.speakers[0]!.description;
    const statement = set.statements[1]!;
    delete statement.topics;
    delete statement.stance;
    statement.source = { title: null };
    const result = parseRefSet(JSON.stringify(set));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.set.speakers[0]!.description).toBe('');
    expect(result.set.statements[1]).toMatchObject({
      topics: [],
      stance: {},
      source: { title: null, outlet: null, url: null },
    });
  });

  it('and the JSON Schema says so: not required, with the default', () => {
    const schema = JSON.parse(refSetJsonSchema());
    const { Statement, Source, Speaker } = schema.$defs;
    expect(Statement.required).not.toContain('topics');
    expect(Statement.required).not.toContain('stance');
    expect(Statement.properties.topics.default).toEqual([]);
    expect(Statement.properties.stance.default).toEqual({});
    expect(Source.required).toEqual(['title']);
    expect(Source.properties.outlet.default).toBeNull();
    expect(Source.properties.url.default).toBeNull();
    expect(Speaker.required).not.toContain('description');
    expect(Speaker.properties.description.default).toBe('');
  });

  it('still refuses a set without the fields that carry meaning', () => {
    const set = validSet();
    delete set.statements[0]!.date;
    const result = validateRefSet(set);
    expect(result.ok ? [] : result.errors).toEqual(['statements[0].date: is missing']);
  });
});

describe('CSV dates', () => {
  it('reports every bad date in one round, impossible days included', () => {
    const csv = [
      HEADER,
      'A,last week,One.,t,https://news.example/1',
      'A,2023-02-30,Two.,t,https://news.example/2',
      'A,2023-13,Three.,t,https://news.example/3',
      'A,2023-04-05,Four.,t,https://news.example/4',
    ].join('\n');
    const result = importRefSet(csv, { from: 'csv' });
    expect(result.ok ? [] : result.errors).toEqual([
      'line 2: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last week"',
      'line 3: date: no such day: "2023-02-30"',
      'line 4: date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"',
    ]);
  });
});

describe('ClaimReview', () => {
  it('is an error when no item in the file is usable', () => {
    const reviews = [
      { '@type': 'ClaimReview', url: 'https://factcheck.example/1' },
      { '@type': 'ClaimReview', claimReviewed: '   ' },
    ];
    const result = importRefSet(JSON.stringify(reviews), { from: 'claimreview' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors[0]).toMatch(
      /^no usable ClaimReview: none of the 2 found has a claim/,
    );
  });
});

describe('decodeText', () => {
  const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const all = `${bom ? '\uFEFF' : ''}${text}`;
    for (let i = 0; i < all.length; i++) {
      const code = all.charCodeAt(i);
      bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
      bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    }
    return bytes;
  };
  const JSON_TEXT = '{"format": "backstory-refset", "title": "Ünïcödé — ok"}';

  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON_TEXT}`);
    expect(decodeText(bytes)).toEqual({ text: JSON_TEXT, warnings: [] });
    expect(decodeText(bytes.slice(3))).toEqual({ text: JSON_TEXT, warnings: [] });
  });

  it.each([
    ['little-endian with a mark', false, true],
    ['big-endian with a mark', true, true],
    ['little-endian without one', false, false],
    ['big-endian without one', true, false],
  ])('reads UTF-16 %s', (_, bigEndian, bom) => {
    expect(decodeText(utf16(JSON_TEXT, bigEndian, bom))).toEqual({ text: JSON_TEXT, warnings: [] });
  });

  it('reads a Latin-1 (Windows-1252) file as such, and says so', () => {
    const latin1 = Uint8Array.from(
      [...'speaker,text\nJos', 0xe9, ...' Mar', 0xed, ...'a,', 0x93, ...'No', 0x94, ...'\n'].map(
        (c) => (typeof c === 'string' ? c.charCodeAt(0) : c),
      ),
    );
    const result = decodeText(latin1);
    expect(result.text).toBe('speaker,text\nJosé María,“No”\n');
    expect(result.warnings).toEqual([
      'the file is not UTF-8: read as Latin-1 (Windows-1252); if letters look wrong, save it as UTF-8',
    ]);
  });
});
