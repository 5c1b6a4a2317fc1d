/**
 * The published JSON Schema, checked with an independent validator (Ajv):
 * it accepts what our validator accepts (the bundled set, a small set) and
 * rejects the structural faults it can express.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validSet } from '../../../support/refset-fixtures.ts';

const root = new URL('../../../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('docs/refset.schema.json', root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);

describe('docs/refset.schema.json', () => {
  it('accepts the bundled set and a small valid set', () => {
    const bundled = JSON.parse(readFileSync(new URL('data/refsets/bundled.json', root), 'utf8'));
    expect(check(bundled), JSON.stringify(check.errors)).toBe(true);
    expect(check(validSet()), JSON.stringify(check.errors)).toBe(true);
  });

  it.each([
    ['a bad date', (set: ReturnType<typeof validSet>) => (set.statements[0]!.date = 'last month')],
    [
      'an ftp URL',
      (set: ReturnType<typeof validSet>) =>
        ((set.statements[0]!.source as { url: string }).url = 'ftp://x'),
    ],
    [
      'an unknown field',
      (set: ReturnType<typeof validSet>) => (set.statements[0]!.speakerID = 'gov'),
    ],
    ['empty text', (set: ReturnType<typeof validSet>) => (set.statements[0]!.text = '')],
    [
      'a control character in a name',
      (set: ReturnType<typeof validSet>) => (set.speakers[0]!.name = 'a\u0007b'),
    ],
    ['a future version', (set: ReturnType<typeof validSet>) => (set.version = 2)],
    ['an unknown kind', (set: ReturnType<typeof validSet>) => (set.speakers[0]!.kind = 'party')],
  ])('rejects %s', (_, change) => {
    const set = validSet();
    change(set);
    expect(check(set)).toBe(false);
  });
});
