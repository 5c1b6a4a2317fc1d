import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexSpeakers } from '../../../../src/core/refset/membership.ts';
import type { RefSet } from '../../../../src/core/refset/types.ts';

const bundled: RefSet = JSON.parse(
  readFileSync(new URL('../../../../data/refsets/bundled.json', import.meta.url), 'utf8'),
);
const index = indexSpeakers(bundled.speakers);

describe('indexSpeakers on the bundled speakers', () => {
  it.each([
    ['kim-yo-jong', 'kim-yo-jong', 'same-speaker'],
    ['kim-yo-jong', 'kcna', 'same-government'],
    ['kim-jong-un', 'dprk', 'same-government'],
    ['white-house', 'state-department', 'same-government'],
    ['matthew-miller', 'state-department', 'same-organisation'],
    ['matthew-miller', 'white-house', 'same-government'],
    ['kim-yo-jong', 'white-house', null],
    ['suzanne-dimaggio', 'us-government', null],
  ])('%s and %s: %s', (a, b, relation) => {
    expect(index.relation(a, b)).toBe(relation);
    expect(index.relation(b, a)).toBe(relation);
  });

  it('lists whom a speaker speaks for, nearest first', () => {
    expect(index.lineage('matthew-miller')).toEqual([
      'matthew-miller',
      'state-department',
      'us-government',
    ]);
    expect(index.lineage('nobody')).toEqual(['nobody']);
  });
});
