import { describe, expect, it } from 'vitest';
import {
  feedbackExport,
  type NoteFeedback,
  parseFeedback,
  withFeedback,
  withoutFeedback,
} from '../../../src/shared/note-feedback.ts';

const item = (overrides: Partial<NoteFeedback> = {}): NoteFeedback => ({
  verdict: 'hidden',
  statementId: 's1',
  setId: 'bundled',
  statementText: 'Dialogue remains possible.',
  speaker: 'Kim Jong-un',
  shownFor: 'has no intention of participating',
  at: '2026-12-03T12:00:00.000Z',
  ...overrides,
});

describe('note feedback', () => {
  it('keeps one word per statement: the latest', () => {
    const list = withFeedback(withFeedback([], item()), item({ verdict: 'wrong' }));
    expect(list).toEqual([item({ verdict: 'wrong' })]);
  });

  it('tells the same statement id in two sets apart, and undoes one', () => {
    const list = withFeedback([item()], item({ setId: 'mine' }));
    expect(list).toHaveLength(2);
    expect(withoutFeedback(list, { setId: 'mine', statementId: 's1' })).toEqual([item()]);
  });

  it('keeps the good entries of damaged storage and drops the rest', () => {
    expect(parseFeedback(null)).toEqual([]);
    expect(
      parseFeedback([item(), { verdict: 'maybe', statementId: 'x' }, 7, { verdict: 'hidden' }]),
    ).toEqual([item()]);
  });

  it('exports a stable file a set’s maintainer can read', () => {
    const file = JSON.parse(feedbackExport([item({ setId: 'z' }), item()], '2026-12-03'));
    expect(file).toMatchObject({ format: 'backstory-note-feedback', version: 1 });
    expect(file.items.map((i: NoteFeedback) => i.setId)).toEqual(['bundled', 'z']);
  });
});
