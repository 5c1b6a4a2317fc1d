import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../src/core/match/build-index.ts';
import { buildNotes, MatchLibrary, type NoteFinding } from '../../../../src/core/match/notes.ts';
import { StatementIndex } from '../../../../src/core/match/statement-index.ts';
import type { Statement } from '../../../../src/core/refset/types.ts';
import { DIALOGUE, matchRefSet } from '../../../support/match-refset.ts';

const article = { published: '2024-03-06' };
const notesFor = (finding: NoteFinding, sets = [matchRefSet()]) =>
  buildNotes([finding], article, sets);
const shown = (finding: NoteFinding, sets = [matchRefSet()]) =>
  notesFor(finding, sets).flatMap((note) => note.statements.map((s) => s.id));

describe('context notes', () => {
  it('shows what the same speaker said before, with when and why', () => {
    const notes = notesFor({
      id: 'q1',
      text: 'There will be no talks with Washington as long as the war games go on, she warned',
      speaker: 'Kim Yo Jong',
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.target).toBe('q1');
    expect(notes[0]!.statements[0]).toMatchObject({
      id: 's1',
      relation: 'same-speaker',
      speakerId: 'kim-yo-jong',
      speaker: 'Kim Yo-jong',
      date: '2024-03-04',
      when: 'before',
      setId: 'test-set',
    });
    expect(notes[0]!.statements[0]!.why).toMatch(/^Same speaker, 2 days earlier/);
  });

  it('shows a verbatim statement when it was said well before the article, not as the quote itself', () => {
    const quote = {
      id: 'q1',
      text: 'We have no interest in sitting down for talks with Washington while it stages war games on our doorstep.',
      speaker: 'Kim Yo-jong',
    };
    expect(shown(quote)).not.toContain('s1');
    const weeksLater = buildNotes([quote], { published: '2024-04-20' }, [matchRefSet()]);
    expect(weeksLater[0]!.statements[0]).toMatchObject({
      id: 's1',
      relation: 'same-speaker',
      when: 'before',
    });
    expect(weeksLater[0]!.statements[0]!.why).toMatch(/^Same speaker, 7 weeks earlier/);
  });

  it('matches nothing on a single common word, or on unrelated sentences', () => {
    expect(shown({ id: 'c1', text: 'Talks are a good idea, people said this year.' })).toEqual([]);
    expect(
      shown({ id: 'c2', text: 'The weather in the capital was mild for the season.' }),
    ).toEqual([]);
    expect(shown({ id: 'c3', text: 'Prices of used cars rose sharply.' })).toEqual([]);
    // A two-word name is one thing in common, not two.
    expect(shown({ id: 'c4', text: 'The United States' })).toEqual([]);
  });

  it('never shows the quote itself, but takes its stance from the set to compare others', () => {
    // The article quotes s4 as the set records it.
    const notes = notesFor({
      id: 'q2',
      text: 'The door to diplomacy with Pyongyang remains open without preconditions.',
      speaker: 'the White House',
    });
    const statements = notes.flatMap((n) => n.statements);
    expect(statements.map((s) => s.id)).not.toContain('s4');
    expect(statements.find((s) => s.id === 's5')).toMatchObject({
      relation: 'same-government',
      stance: 'repeats',
    });
    expect(statements.find((s) => s.id === 's5')!.why).toContain(
      'the same position (Talks between the United States and North Korea)',
    );
  });

  it('says a statement contradicts when the finding takes the opposite position by a cue phrase', () => {
    const set = matchRefSet();
    Object.assign(set.topics[0]!, {
      cues: { open: ['ready to meet without preconditions'], refuses: ['no interest in talks'] },
    });
    const notes = notesFor(
      {
        id: 'q3',
        text: 'Pyongyang is ready to meet without preconditions, a North Korean envoy said.',
        speaker: 'North Korea',
      },
      [set],
    );
    const s1 = notes.flatMap((n) => n.statements).find((s) => s.id === 's1');
    expect(s1).toMatchObject({ relation: 'same-government', stance: 'contradicts' });
    expect(set.topics[0]!.id).toBe(DIALOGUE);
  });

  it('lets a statement serve several findings, saying which, and keeps notes few', () => {
    const findings = [
      {
        id: 'a',
        text: 'Kim Jong-un vowed to expand nuclear forces at an exponential rate',
        speaker: 'Kim Jong Un',
      },
      {
        id: 'b',
        text: 'Nuclear forces will grow at an exponential rate, Kim Jong-un said',
        speaker: 'Kim Jong-un',
      },
    ];
    const notes = buildNotes(findings, article, [matchRefSet()]);
    const ids = notes.flatMap((n) => n.statements.map((s) => s.id));
    expect(ids.filter((id) => id === 's7')).toHaveLength(2);
    const about = (target: string) =>
      notes.find((n) => n.target === target)!.statements.find((s) => s.id === 's7')!.alsoAbout;
    expect(about('a')).toEqual(['b']);
    expect(about('b')).toEqual(['a']);
    for (const note of notes) expect(note.statements.length).toBeLessThanOrEqual(3);
  });

  it('looks up only the statements it shows (the background keeps texts in storage)', async () => {
    const set = matchRefSet();
    const asked: string[] = [];
    const library = new MatchLibrary(
      [StatementIndex.load(buildIndex(set))],
      async (setId, positions) => {
        expect(setId).toBe('test-set');
        asked.push(...positions.map((p) => set.statements[p]!.id));
        return new Map(positions.map((p): [number, Statement] => [p, set.statements[p]!]));
      },
    );
    const notes = await library.matchFindings(
      [
        {
          id: 'q',
          text: 'No interest in talks with Washington while it stages war games',
          speaker: 'Kim Yo-jong',
        },
      ],
      article,
    );
    expect(notes[0]!.statements[0]!.id).toBe('s1');
    expect(asked).toEqual(notes.flatMap((n) => n.statements.map((s) => s.id)));
  });
});

describe('MatchLibrary.resolveSpeaker', () => {
  it('resolves names against the enabled sets it holds', () => {
    const library = new MatchLibrary(
      [StatementIndex.load(buildIndex(matchRefSet()))],
      () => new Map(),
    );
    expect(library.resolveSpeaker('Kim Yo Jong')).toBe('kim-yo-jong');
    expect(library.resolveSpeaker('Pyongyang')).toBe('dprk');
    expect(library.resolveSpeaker('Nobody Known')).toBeNull();
  });
});
