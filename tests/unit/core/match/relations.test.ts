import { describe, expect, it } from 'vitest';
import { parseDay, relativeTime } from '../../../../src/core/match/dates.ts';
import { cuedPositions } from '../../../../src/core/match/stance.ts';
import { whenPhrase } from '../../../../src/core/match/why.ts';
import { indexSpeakers } from '../../../../src/core/refset/membership.ts';
import { DIALOGUE, matchRefSet } from '../../../support/match-refset.ts';

const { speakers, topics } = matchRefSet();
const relation = (a: string, b: string) => indexSpeakers(speakers).tie(a, b);

describe('speaker relations through memberOf', () => {
  it('tells the same speaker, organisation, government and topic apart', () => {
    expect(relation('kim-yo-jong', 'kim-yo-jong')?.relation).toBe('same-speaker');
    expect(relation('kim-yo-jong', 'kcna')).toMatchObject({
      relation: 'same-government',
      group: { id: 'dprk' },
    });
    expect(relation('white-house', 'state-dept')).toMatchObject({
      relation: 'same-government',
      group: { id: 'us' },
    });
    expect(relation('spokesman', 'state-dept')).toMatchObject({
      relation: 'same-organisation',
      group: { id: 'state-dept' },
    });
    expect(relation('kim-yo-jong', 'dprk')?.relation).toBe('same-government');
    // Strangers share no group: the notes call them the same topic.
    expect(relation('kim-yo-jong', 'white-house')).toBeNull();
  });

  it('follows memberOf transitively and survives cycles', () => {
    expect(relation('spokesman', 'white-house')).toMatchObject({
      relation: 'same-government',
      group: { id: 'us' },
    });
    const cyclic = [
      { ...speakers[0]!, id: 'a', memberOf: ['b'], kind: 'organisation' as const },
      { ...speakers[0]!, id: 'b', memberOf: ['a'], kind: 'organisation' as const },
      { ...speakers[0]!, id: 'c', memberOf: ['b'], kind: 'person' as const },
    ];
    expect(indexSpeakers(cyclic).tie('c', 'a')?.relation).toBe('same-organisation');
  });

  it("names a speaker's side: everyone tied to them, and nobody else", () => {
    const side = indexSpeakers(speakers).side('kim-yo-jong');
    expect(side).toEqual(expect.arrayContaining(['kim-yo-jong', 'kcna', 'dprk']));
    expect(side).not.toContain('white-house');
  });
});

describe('stances on an ordered scale', () => {
  const dialogue = topics[0]!;
  it("reads a finding's position from cue phrases, stop words and all", () => {
    const cued = [
      {
        ...dialogue,
        cues: {
          refuses: ['no intention of talks', 'will never negotiate'],
          open: ['ready to talk'],
        },
      },
    ];
    expect(cuedPositions(cued, 'Pyongyang has no intention of talks with the US')).toEqual(
      new Map([[0, 0]]),
    );
    expect(cuedPositions(cued, 'Officials said they are ready to talk.')).toEqual(
      new Map([[0, 2]]),
    );
    // "intention of talks" without the "no" is not the refusal.
    expect(cuedPositions(cued, 'a clear intention of talks')).toEqual(new Map());
    // A cue's words may have a few others between them; a negation before it turns it around.
    expect(cuedPositions(cued, 'We remain ready, as always, to talk.')).toEqual(new Map([[0, 2]]));
    expect(cuedPositions(cued, 'They are not ready to talk.')).toEqual(new Map());
    expect(cuedPositions(cued, 'ready to go on holiday and then perhaps talk')).toEqual(new Map());
    // Cues of two positions at once decide nothing.
    expect(cuedPositions(cued, 'ready to talk, but will never negotiate')).toEqual(new Map());
    expect(cuedPositions(topics, 'no intention of talks')).toEqual(new Map());
    expect(DIALOGUE).toBe(dialogue.id);
  });
});

describe('dates', () => {
  it('parses every precision and rejects impossible dates', () => {
    expect(parseDay('2024')?.precision).toBe(1);
    expect(parseDay('2024-02')).toMatchObject({ precision: 2 });
    expect(parseDay('2024-02')!.last - parseDay('2024-02')!.first).toBe(28);
    expect(parseDay('2024-03-05T10:00:00Z')).toMatchObject({ precision: 3 });
    expect(parseDay('2023-02-30')).toBeNull();
    expect(parseDay('last month')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });

  it('says before, after or the same day only when the precision allows', () => {
    const article = parseDay('2024-03-05');
    expect(relativeTime(parseDay('2024-03-04'), article)).toBe('before');
    expect(relativeTime(parseDay('2024-09'), article)).toBe('after');
    expect(relativeTime(parseDay('2024-03-05'), article)).toBe('same-day');
    expect(relativeTime(parseDay('2024'), article)).toBeUndefined();
    expect(relativeTime(null, article)).toBeUndefined();
  });

  it('words the distance with the precision it has', () => {
    const article = parseDay('2024-03-05');
    expect(whenPhrase(parseDay('2024-03-04'), article)).toBe('1 day earlier');
    expect(whenPhrase(parseDay('2023-11-20'), article)).toBe('3 months earlier');
    expect(whenPhrase(parseDay('2024-09'), article)).toBe('6 months later');
    expect(whenPhrase(parseDay('2021'), article)).toBe('2 years earlier');
    expect(whenPhrase(parseDay('2024'), article)).toBeNull();
  });
});
