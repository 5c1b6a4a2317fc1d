import { describe, expect, it } from 'vitest';
import { searchStatements } from '../../../../src/core/refset/browse.ts';
import { parseRefSet, type RefSet } from '../../../../src/core/refset/index.ts';
import { sideStatements, withPageQuotes } from '../../../../src/core/refset/timeline.ts';
import { validSet } from '../../../support/refset-fixtures.ts';

/** The fixture set with a second minister and an outsider, and dated statements by each. */
function set(): RefSet {
  const base = validSet();
  const speaker = (id: string, name: string, memberOf: string[]) => ({
    id,
    name,
    aliases: [],
    kind: 'person',
    memberOf,
    description: '',
  });
  const statement = (id: string, speakerId: string, date: string | null, text: string) => ({
    id,
    speakerId,
    kind: 'quote',
    text,
    date,
    context: '',
    source: { title: null, outlet: null, url: null },
    topics: [],
    stance: {},
  });
  const parsed = parseRefSet(
    JSON.stringify({
      ...base,
      speakers: [
        ...base.speakers,
        speaker('deputy', 'Deputy Minister Park', ['gov']),
        speaker('outsider', 'An Outsider', []),
      ],
      statements: [
        ...base.statements,
        statement('s3', 'deputy', '2024-05', 'Talks are possible.'),
        statement('s4', 'outsider', '2023-01-01', 'Nobody asked me.'),
        statement('s5', 'gov', '2022', 'The government speaks.'),
        statement('s6', 'deputy', null, 'An undated remark.'),
      ],
    }),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.set;
}

describe('a speaker’s timeline', () => {
  it('holds the speaker and their side by date, undated last, and leaves others out', () => {
    const timeline = sideStatements([set()], 'A Minister');
    expect(timeline.resolved).toEqual({ id: 'minister', name: 'A Minister' });
    expect(timeline.items.map((item) => [item.kind === 'statement' && item.id, item.date])).toEqual(
      [
        ['s5', '2022'],
        ['s1', '2023-11-30'],
        ['s3', '2024-05'],
        ['s6', null],
      ],
    );
    expect(timeline.items.map((item) => item.kind === 'statement' && item.relation)).toEqual([
      'same-government',
      'same-speaker',
      'same-government',
      'same-government',
    ]);
  });

  it('is empty for a speaker no set knows', () => {
    expect(sideStatements([set()], 'Someone Else')).toEqual({
      name: 'Someone Else',
      resolved: null,
      items: [],
    });
  });

  it('places the page’s quotes at the article’s date, after what was said up to that day', () => {
    const timeline = sideStatements([set()], 'A Minister');
    const placed = withPageQuotes(
      timeline,
      [{ id: 'q1', text: 'We might talk.' }],
      '2024-02-14T09:30:00Z',
    );
    expect(placed.items.map((item) => (item.kind === 'page' ? item.findingId : item.id))).toEqual([
      's5',
      's1',
      'q1',
      's3',
      's6',
    ]);
    expect(placed.items[2]).toMatchObject({ kind: 'page', date: '2024-02-14' });
    const undated = withPageQuotes(timeline, [{ id: 'q1', text: 'x' }], null);
    expect(undated.items.map((item) => (item.kind === 'page' ? item.findingId : item.id))).toEqual([
      's5',
      's1',
      's3',
      'q1',
      's6',
    ]);
  });
});

describe('browsing a set’s statements', () => {
  it('finds statements by every word of the query, in text, speaker names and dates', () => {
    const texts = (query: string, limit = 10) =>
      searchStatements(set(), query, limit).rows.map((row) => row.statement.id);
    expect(texts('')).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(texts('talk')).toEqual(['s1', 's2', 's3']);
    expect(texts('park TALKS')).toEqual(['s3']);
    expect(texts('2023')).toEqual(['s1', 's4']);
    expect(searchStatements(set(), 'talk', 1)).toMatchObject({
      total: 3,
      rows: [{ speaker: 'A Minister' }],
    });
  });
});
