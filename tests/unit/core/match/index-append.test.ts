import { describe, expect, it } from 'vitest';
import {
  FANOUT,
  nextMerge,
  parseSegmentSetId,
  segmentSetId,
  tierOf,
} from '../../../../src/core/match/index-append.ts';

const segments = (...sizes: number[]) =>
  sizes.map((size, segment) => ({ segment, size, live: size }));

describe('segments of a growing set', () => {
  it('are named by set and number, and the name reads back', () => {
    expect(parseSegmentSetId(segmentSetId('your-reading', 12))).toEqual({
      setId: 'your-reading',
      segment: 12,
    });
    expect(parseSegmentSetId('backstory-bundled')).toBeNull();
  });

  it('merge nothing until a tier has gathered FANOUT segments', () => {
    expect(nextMerge(segments(30, 25, 40))).toBeNull();
    expect(nextMerge(segments(30, 25, 40, 10))).toEqual([0, 1, 2, 3]);
  });

  it('merge the lowest full tier first, oldest first', () => {
    const big = Array.from({ length: FANOUT }, () => 300);
    const list = segments(...big, 20, 20, 20, 20, 20);
    expect(nextMerge(list)).toEqual([4, 5, 6, 7]);
  });

  it('rebuild a segment alone once it has lost half its statements', () => {
    expect(nextMerge([{ segment: 3, size: 500, live: 200 }])).toEqual([3]);
  });

  it('keep a few segments per tier however large the set grows', () => {
    let list: { segment: number; size: number; live: number }[] = [];
    let next = 0;
    for (let article = 0; article < 3500; article++) {
      list.push({ segment: next++, size: 30, live: 30 });
      for (let merge = nextMerge(list); merge; merge = nextMerge(list)) {
        const size = list.filter((s) => merge.includes(s.segment)).reduce((n, s) => n + s.live, 0);
        list = [
          ...list.filter((s) => !merge.includes(s.segment)),
          { segment: next++, size, live: size },
        ];
      }
    }
    expect(list.reduce((n, s) => n + s.live, 0)).toBe(105_000);
    expect(list.length).toBeLessThanOrEqual((FANOUT - 1) * (tierOf(105_000) + 1));
  });
});
