// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  highlightName,
  noteTitle,
  previewLine,
  whySentence,
} from '../../../src/content/overlay/format.ts';
import { NoteCard } from '../../../src/content/overlay/NoteCard.tsx';
import type { NoteStatement } from '../../../src/core/types.ts';
import type { FeedbackVerdict } from '../../../src/shared/note-feedback.ts';

const statement = (overrides: Partial<NoteStatement>): NoteStatement => ({
  id: 's1',
  speakerId: 'kim-jong-un',
  speaker: 'Kim Jong-un',
  text: 'Dialogue with Washington remains a possible pathway.',
  date: '2024-05',
  source: { title: 'Kim Jong-un Signals Openness', outlet: null, url: 'https://example.org/a' },
  relation: 'same-government',
  stance: 'contradicts',
  score: 0.8,
  why: 'also about United, States',
  when: 'before',
  setId: 'bundled',
  ...overrides,
});

afterEach(() => render(null, document.body));

function showCard(statements: NoteStatement[], { showStance = true } = {}) {
  const said: { id: string; verdict: FeedbackVerdict }[] = [];
  render(
    <NoteCard
      findingText="the quote"
      speaker="KCNA"
      statements={statements}
      showStance={showStance}
      status=""
      onFeedback={(s, verdict) => said.push({ id: s.id, verdict })}
      onClose={() => {}}
    />,
    document.body,
  );
  return { card: document.querySelector('.card')!, said };
}

describe('NoteCard', () => {
  it('shows speaker, date, relation, stance, a why sentence and a safe source link', () => {
    const { card } = showCard([statement({})]);
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toContain('KCNA');
    expect(card.querySelector('.title')!.textContent).toBe('1 related statement');
    expect(card.querySelector('.finding')!.textContent).toBe('the quote — KCNA');
    const item = card.querySelector('.statement')!;
    expect(item.querySelector('.who')!.textContent).toBe('Kim Jong-un');
    expect([...item.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
      'Contradicts',
      'Same government',
    ]);
    expect(item.querySelector('.date')!.textContent).toBe('May 2024');
    // A sentence about speaker and time, never the words the statements share.
    expect(item.querySelector('.why')!.textContent).toBe(
      'Said by Kim Jong-un, for the same government, in May 2024.',
    );
    const link = item.querySelector<HTMLAnchorElement>('a.source')!;
    expect(link.href).toBe('https://example.org/a');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'not a url',
  ])('shows a source at %s as plain text, never a link', (url) => {
    const { card } = showCard([statement({ source: { title: 'Somewhere', outlet: null, url } })]);
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('p.source')!.textContent).toBe('Somewhere');
  });

  it('shows a fact-check’s verdict, by whom, with a link to it', () => {
    const { card } = showCard([
      statement({
        kind: 'claim',
        review: {
          rating: 'Mostly true',
          reviewer: 'PolitiFact',
          url: 'https://example.org/review',
        },
      }),
    ]);
    const verdict = card.querySelector('.verdict')!;
    expect(verdict.textContent).toContain('Fact-check by PolitiFact: Mostly true');
    expect(verdict.querySelector('a')!.getAttribute('href')).toBe('https://example.org/review');
  });

  it('says plainly when a statement is undated, and hides stance labels when asked', () => {
    const { card } = showCard([statement({ date: null, when: undefined })], { showStance: false });
    expect(card.querySelector('.date')!.textContent).toBe('Date not known');
    expect(card.querySelector('.why')!.textContent).toContain('at a date the source does not give');
    expect([...card.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
      'Same government',
    ]);
  });

  it('marks a paraphrase, names an unnamed source as the source did, and falls back to the occasion', () => {
    const { card } = showCard([
      statement({
        kind: 'paraphrase',
        attribution: 'a senior official',
        text: 'talks could resume',
        context: 'Talks collapse',
        source: { title: null, outlet: null, url: null },
      }),
    ]);
    const item = card.querySelector('.statement')!;
    expect(item.querySelector('.who')!.textContent).toBe('a senior official');
    expect(item.querySelector('.said')!.textContent).toBe('Paraphrase: talks could resume');
    expect(item.querySelector('.source')!.textContent).toBe('Talks collapse');
  });

  it('ignores a script’s click on "Hide this note": only a reader’s own click counts', () => {
    const { card, said } = showCard([statement({})]);
    card.querySelector<HTMLButtonElement>('button.hide')!.click();
    card.querySelector<HTMLButtonElement>('button.wrong')!.click();
    expect(said).toEqual([]);
  });
});

describe('note wording', () => {
  it('says when statements came later', () => {
    expect(noteTitle([statement({}), statement({ id: 's2' })])).toBe('2 related statements');
    expect(noteTitle([statement({ when: 'after' })])).toBe('1 later statement');
    expect(noteTitle([statement({}), statement({ id: 's2', when: 'after' })])).toBe(
      '2 related statements, 1 later',
    );
  });

  it('names a highlight by speaker and count', () => {
    expect(highlightName('quote', 'KCNA', 3)).toBe(
      'Quote by KCNA: 3 related statements. Open the note.',
    );
    expect(highlightName('claim', null, 1)).toBe('Claim: 1 related statement. Open the note.');
  });

  it('previews who said what, and when, in one line', () => {
    expect(previewLine([statement({}), statement({ id: 's2' })])).toEqual({
      line: 'Kim Jong-un, May 2024: “Dialogue with Washington remains a possible pathway.”',
      more: '+1 more',
    });
    expect(previewLine([statement({ kind: 'paraphrase', text: 'talks could resume' })]).line).toBe(
      'Kim Jong-un, May 2024 (in other words): talks could resume',
    );
  });

  it('says a day as "on", a month or a year as "in"', () => {
    expect(whySentence(statement({ date: '2023-11-30' }))).toBe(
      'Said by Kim Jong-un, for the same government, on November 30, 2023.',
    );
    expect(whySentence(statement({ date: '2023' }))).toContain(', in 2023.');
  });

  it('adds the subjects to the why sentence when the note names them', () => {
    expect(
      whySentence(statement({ relation: 'same-topic', topics: ['dialogue with the US'] })),
    ).toBe('Said by Kim Jong-un on the same subject, in May 2024. Subject: dialogue with the US.');
  });
});
