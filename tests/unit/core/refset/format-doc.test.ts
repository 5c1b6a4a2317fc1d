import { describe, expect, it } from 'vitest';
import { formatRefSet } from '../../../../src/core/refset/canonical.ts';
import { parseRefSet, validateRefSet } from '../../../../src/core/refset/schema.ts';
import { stanceRelation } from '../../../../src/core/refset/stance.ts';
import type { RefSet } from '../../../../src/core/refset/types.ts';
import { validSet } from '../../../support/refset-fixtures.ts';

function typedSet(): RefSet {
  const result = validateRefSet(validSet());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.set;
}

describe('formatRefSet', () => {
  it('writes fixed key order whatever order the input had, and reads back to the same set', () => {
    const set = typedSet();
    const shuffled = JSON.parse(JSON.stringify(set), (_, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    const text = formatRefSet(shuffled);
    expect(text).toBe(formatRefSet(set));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'id',
      'title',
      'topics',
      'speakers',
      'statements',
    ]);
    const reread = parseRefSet(text);
    expect(reread.ok && reread.set).toEqual(set);
  });

  it('omits optional fields that are absent and keeps those present', () => {
    const set = typedSet();
    set.description = 'About the set';
    set.statements[0]!.attribution = 'a spokesperson';
    set.statements[0]!.review = { rating: 'False', reviewer: null, url: null, date: null };
    const text = formatRefSet(set);
    expect(text).toContain('"description": "About the set"');
    expect(text).toContain('"attribution": "a spokesperson"');
    expect(text).not.toContain('"license"');
    expect(Object.keys(JSON.parse(text).statements[1])).not.toContain('review');
  });
});

describe('stanceRelation', () => {
  const topic = { id: 'talks', label: 'Talks', positions: ['refuses', 'conditional', 'open'] };
  it.each([
    ['refuses', 'refuses', 'repeats'],
    ['refuses', 'conditional', 'shifts'],
    ['open', 'conditional', 'shifts'],
    ['refuses', 'open', 'contradicts'],
    ['refuses', 'maybe', null],
  ])('%s then %s: %s', (earlier, later, relation) => {
    expect(stanceRelation(topic, earlier, later)).toBe(relation);
  });
});
