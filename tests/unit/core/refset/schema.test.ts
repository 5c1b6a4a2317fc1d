import { describe, expect, it } from 'vitest';
import { capMessages, MAX_ERRORS, splitCapped } from '../../../../src/core/refset/limits.ts';
import { parseRefSet, validateRefSet } from '../../../../src/core/refset/schema.ts';
import { validSet } from '../../../support/refset-fixtures.ts';

/** Validates a copy of the valid set after `change`, returning the errors (none if it passed). */
function errorsAfter(change: (set: ReturnType<typeof validSet>) => void): string[] {
  const set = validSet();
  change(set);
  const result = validateRefSet(set);
  return result.ok ? [] : result.errors;
}

describe('validateRefSet', () => {
  it('accepts a valid set and returns it typed, trimmed and with CRLF made LF', () => {
    const set = validSet();
    set.statements[1]!.text = '  two lines\r\nof text  ';
    const result = validateRefSet(set);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.set.statements[1]!.text).toBe('two lines\nof text');
      expect(result.set.speakers.map((s) => s.id)).toEqual(['gov', 'minister']);
      expect(result.warnings).toEqual([]);
    }
  });

  it.each([
    ['last month', 'statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last month"'],
    ['2023/11/30', 'statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2023/11/30"'],
    ['2023-13', 'statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"'],
    ['2023-02-29', 'statements[0].date: no such day: "2023-02-29"'],
    [2023, 'statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD or null, got 2023'],
  ])('rejects the date %j', (date, message) => {
    expect(errorsAfter((set) => (set.statements[0]!.date = date))).toEqual([message]);
  });

  it.each(['2024-02-29', '2023', '2023-11', null])('accepts the date %j', (date) => {
    expect(errorsAfter((set) => (set.statements[0]!.date = date))).toEqual([]);
  });

  it.each([
    'ftp://example.com/a',
    'javascript:alert(1)',
    '/relative/path',
    'example.com',
    'https://',
  ])('rejects the URL %j', (url) => {
    const errors = errorsAfter(
      (set) => ((set.statements[0]!.source as { url: unknown }).url = url),
    );
    expect(errors).toEqual([
      `statements[0].source.url: expected an http(s) URL, got ${JSON.stringify(url)}`,
    ]);
  });

  it('rejects empty and blank text', () => {
    expect(errorsAfter((set) => (set.statements[0]!.text = ''))).toEqual([
      'statements[0].text: is empty',
    ]);
    expect(errorsAfter((set) => (set.statements[0]!.text = ' \n\t '))).toEqual([
      'statements[0].text: is empty',
    ]);
  });

  it('allows tab and newline only in free text (other controls are stripped with a warning)', () => {
    expect(errorsAfter((set) => (set.statements[0]!.text = 'a\tb\nc'))).toEqual([]);
    expect(errorsAfter((set) => (set.statements[0]!.text = 'a\u0000b'))).toEqual([]);
    expect(errorsAfter((set) => (set.speakers[0]!.name = 'Gov\nernment'))).toEqual([
      'speakers[0].name: text contains a control character',
    ]);
    expect(errorsAfter((set) => (set.speakers[0]!.id = 'g ov'))).toEqual([
      'speakers[0].id: expected an id without spaces or control characters, got "g ov"',
    ]);
  });

  it('caps absurd lengths', () => {
    const errors = errorsAfter((set) => (set.statements[0]!.text = 'x'.repeat(20_001)));
    expect(errors).toEqual(['statements[0].text: is too long (20001 characters, at most 20000)']);
  });

  it('names missing, unknown and mistyped fields', () => {
    expect(errorsAfter((set) => delete set.statements[0]!.context)).toEqual([
      'statements[0].context: is missing',
    ]);
    expect(errorsAfter((set) => (set.statements[0]!.speakerID = 'gov'))).toEqual([
      'statements[0].speakerID: unknown field (not part of format version 1)',
    ]);
    expect(errorsAfter((set) => (set.statements[0]!.kind = 'quotation'))).toEqual([
      'statements[0].kind: expected "quote", "paraphrase", "claim" or "report", got "quotation"',
    ]);
    expect(errorsAfter((set) => (set.speakers[0]!.aliases = 'the capital'))).toEqual([
      'speakers[0].aliases: expected an array, got "the capital"',
    ]);
    expect(errorsAfter((set) => (set.statements = {} as never))).toEqual([
      'statements: expected an array, got an object',
    ]);
  });

  it('reports duplicate ids with the first place', () => {
    expect(errorsAfter((set) => (set.statements[1]!.id = 's1'))).toEqual([
      'statements[1].id: duplicate id "s1" (first at statements[0])',
    ]);
    expect(errorsAfter((set) => (set.speakers[1]!.id = 'gov'))).toContain(
      'speakers[1].id: duplicate id "gov" (first at speakers[0])',
    );
    expect(
      errorsAfter((set) => set.topics.push({ id: 'talks', label: 'Again', positions: [] })),
    ).toEqual(['topics[1].id: duplicate id "talks" (first at topics[0])']);
  });

  it('reports unknown speakers and membership that loops', () => {
    expect(errorsAfter((set) => (set.statements[0]!.speakerId = 'nobody'))).toEqual([
      'statements[0].speakerId: unknown speaker id "nobody"',
    ]);
    expect(errorsAfter((set) => (set.speakers[1]!.memberOf = ['party']))).toEqual([
      'speakers[1].memberOf[0]: unknown speaker id "party"',
    ]);
    expect(errorsAfter((set) => (set.speakers[0]!.memberOf = ['gov']))).toEqual([
      'speakers[0].memberOf[0]: a speaker cannot be a member of itself',
    ]);
    expect(errorsAfter((set) => (set.speakers[0]!.memberOf = ['minister']))).toEqual([
      'speakers[0].memberOf: membership cycle: gov -> minister -> gov',
    ]);
  });

  it('holds stances to the topic scale', () => {
    expect(errorsAfter((set) => (set.statements[0]!.stance = { talks: 'maybe' }))).toEqual([
      'statements[0].stance.talks: position "maybe" is not on the scale of "talks" ("refuses", "conditional", "open")',
    ]);
    expect(errorsAfter((set) => (set.statements[1]!.stance = { 'free-tag': 'open' }))).toEqual([
      'statements[1].stance.free-tag: unknown topic "free-tag": a stance needs a topic defined in topics',
    ]);
    expect(errorsAfter((set) => (set.statements[0]!.topics = []))).toEqual([
      'statements[0].stance.talks: topic "talks" has a stance but is not in this statement\'s topics',
    ]);
    expect(errorsAfter((set) => (set.topics[0]!.positions = ['open', 'closed', 'open']))).toContain(
      'topics[0].positions[2]: position "open" appears twice',
    );
  });

  it('checks format and version first, with a useful word for a newer version', () => {
    expect(errorsAfter((set) => (set.version = 2))).toEqual([
      'version: this set uses format version 2, newer than this Backstory reads (1); update Backstory to use it',
    ]);
    expect(errorsAfter((set) => (set.version = '1'))).toEqual(['version: expected 1, got "1"']);
    const wrongFormat = errorsAfter((set) => (set.format = 'something-else'));
    expect(wrongFormat).toHaveLength(1);
    expect(wrongFormat[0]).toMatch(/^format: expected "backstory-refset", got "something-else"/);
    const notObject = validateRefSet([{ '@type': 'ClaimReview' }]);
    expect(notObject).toEqual({
      ok: false,
      errors: ['expected a JSON object with "format": "backstory-refset", got an array'],
    });
  });

  it('caps the list of errors for a huge bad file and counts the rest', () => {
    const set = validSet();
    const template = set.statements[0]!;
    set.statements = Array.from({ length: 500 }, (_, i) => ({
      ...template,
      id: `s${i}`,
      date: 'soon',
    }));
    const result = validateRefSet(set);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(MAX_ERRORS + 1);
      expect(result.errors.at(-1)).toBe(`... and ${500 - MAX_ERRORS} more errors`);
      expect(splitCapped(result.errors)).toEqual({
        shown: result.errors.slice(0, MAX_ERRORS),
        more: 500 - MAX_ERRORS,
      });
    }
  });

  it('tells a capped list from a short one, for errors and warnings', () => {
    expect(splitCapped(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 });
    expect(splitCapped([])).toEqual({ shown: [], more: 0 });
    expect(splitCapped(capMessages(['a', 'b', 'c'], 2, 'warning'))).toEqual({
      shown: ['a', 'b'],
      more: 1,
    });
  });
});

describe('parseRefSet', () => {
  it('says the text is not JSON', () => {
    const result = parseRefSet('{\n  "format": "backstory-refset",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^not valid JSON: /);
  });

  it('allows a byte-order mark', () => {
    expect(parseRefSet(`\uFEFF${JSON.stringify(validSet())}`).ok).toBe(true);
  });
});
