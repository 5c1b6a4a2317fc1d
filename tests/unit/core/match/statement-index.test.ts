import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../src/core/match/build-index.ts';
import { searchIndexes } from '../../../../src/core/match/search.ts';
import { StaleIndexError, StatementIndex } from '../../../../src/core/match/statement-index.ts';
import type { RefSet } from '../../../../src/core/refset/types.ts';
import { matchRefSet } from '../../../support/match-refset.ts';

const top = (index: StatementIndex, text: string, extra: object = {}) =>
  searchIndexes([index], { text, ...extra }, { top: 3 }).map((m) => m.statementId);

describe('statement index', () => {
  const index = StatementIndex.load(buildIndex(matchRefSet()));

  it('ranks the statement a paraphrase restates first', () => {
    expect(
      top(
        index,
        'Kim Yo Jong said they are not interested in talks with Washington during war games',
      )[0],
    ).toBe('s1');
    expect(
      top(index, 'Satellite pictures show construction at the Sohae rocket launch site')[0],
    ).toBe('s6');
    expect(top(index, 'rice prices in the markets of Pyongyang jumped by 40%')[0]).toBe('s8');
  });

  it('finds nothing for words the set has never seen or only stop words', () => {
    expect(top(index, 'quantum chromodynamics lattice')).toEqual([]);
    expect(top(index, 'and then it was the')).toEqual([]);
  });

  it('scores are probabilities, best first', () => {
    const matches = searchIndexes(
      [index],
      { text: 'door to diplomacy remains open without preconditions' },
      { top: 5 },
    );
    expect(matches[0]!.statementId).toBe('s4');
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    for (const m of matches) expect(m.score).toBeLessThan(1);
    for (let i = 1; i < matches.length; i++)
      expect(matches[i]!.score).toBeLessThanOrEqual(matches[i - 1]!.score);
  });

  it('uses the speaker and the date as evidence', () => {
    // Both statements speak of talks; the speaker names which one.
    const byKim = searchIndexes([index], { text: 'talks', speaker: 'Kim Yo-jong' }, { top: 10 });
    const bySpokesman = searchIndexes(
      [index],
      { text: 'talks', speaker: 'the State Department' },
      { top: 10 },
    );
    const rank = (list: typeof byKim, id: string) => list.findIndex((m) => m.statementId === id);
    expect(rank(byKim, 's1')).toBeLessThan(rank(byKim, 's5'));
    expect(rank(bySpokesman, 's5')).toBeLessThan(rank(bySpokesman, 's1'));
  });

  it('survives a structured clone (the IndexedDB round trip) with identical results', () => {
    const stored = buildIndex(matchRefSet());
    const cloned = StatementIndex.load(structuredClone(stored));
    const query = {
      text: 'North Korea must take steps toward denuclearization before sanctions are lifted',
    };
    const before = searchIndexes([index], query, { top: 5 });
    const after = searchIndexes([cloned], query, { top: 5 });
    expect(after.map((m) => [m.statementId, m.score])).toEqual(
      before.map((m) => [m.statementId, m.score]),
    );
    expect(stored.postings).toBeInstanceOf(Uint8Array);
    expect(stored.vocabulary.table).toBeInstanceOf(Uint32Array);
  });

  it('refuses a stored index of another version or format', () => {
    const stored = buildIndex(matchRefSet());
    expect(() => StatementIndex.load({ ...stored, version: stored.version + 1 })).toThrow(
      StaleIndexError,
    );
    expect(() => StatementIndex.load({ format: 'other' } as never)).toThrow(StaleIndexError);
  });

  it('merges several sets on one scale and says where each match came from', () => {
    const other: RefSet = {
      ...matchRefSet(),
      id: 'other-set',
      statements: [
        {
          ...matchRefSet().statements[5]!,
          id: 'o1',
          text: 'Fishing boats from the north drift ashore every winter.',
        },
      ],
    };
    const both = [index, StatementIndex.load(buildIndex(other))];
    const matches = searchIndexes(both, { text: 'boats drift ashore in winter' }, { top: 2 });
    expect(matches[0]).toMatchObject({ setId: 'other-set', statementId: 'o1' });
  });

  it('indexes an empty set', () => {
    const empty = StatementIndex.load(buildIndex({ ...matchRefSet(), statements: [] }));
    expect(empty.size).toBe(0);
    expect(top(empty, 'talks')).toEqual([]);
  });
});
