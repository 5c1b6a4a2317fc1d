// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { formatStatementDate, noteTitle } from '../../../src/content/overlay/format.ts';
import { NoteOverlay } from '../../../src/content/overlay/note-overlay.tsx';
import type { NoteStatement } from '../../../src/core/types.ts';

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
  why: 'Same government, opposite position on dialogue with the US',
  when: 'before',
  ...overrides,
});

const overlays: NoteOverlay[] = [];
afterEach(() => {
  for (const overlay of overlays.splice(0)) overlay.destroy();
});

function setUp() {
  document.body.innerHTML =
    '<p>Before <backstory-mark tabindex="0">the quote</backstory-mark> after.</p>';
  const mark = document.querySelector<HTMLElement>('backstory-mark')!;
  const overlay = new NoteOverlay(document);
  overlays.push(overlay);
  const card = () =>
    document.querySelector('backstory-note')?.shadowRoot?.querySelector('.card') ?? null;
  return { mark, overlay, card };
}

describe('NoteOverlay', () => {
  it('shows the statements with speaker, date, relation, stance, reason and source', () => {
    const { mark, overlay, card } = setUp();
    overlay.show(mark, { findingText: 'the quote', speaker: 'KCNA', statements: [statement({})] });
    const shown = card()!;
    expect(shown.querySelector('.title')!.textContent).toBe('1 related statement');
    expect(shown.querySelector('.finding')!.textContent).toBe('the quote — KCNA');
    const item = shown.querySelector('.statement')!;
    expect(item.querySelector('.who')!.textContent).toBe('Kim Jong-un');
    expect(item.querySelector('.said')!.textContent).toBe(
      'Dialogue with Washington remains a possible pathway.',
    );
    expect([...item.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
      'Contradicts',
      'Same government',
    ]);
    expect(item.querySelector('.date')!.textContent).toBe('May 2024');
    expect(item.querySelector('.why')!.textContent).toContain('opposite position');
    const link = item.querySelector<HTMLAnchorElement>('a.source')!;
    expect(link.href).toBe('https://example.org/a');
    expect(link.rel).toBe('noopener noreferrer');
    expect(mark.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks a paraphrase as one, names an unnamed source as the source did, and falls back to the occasion', () => {
    const { mark, overlay, card } = setUp();
    overlay.show(mark, {
      findingText: 'the quote',
      speaker: null,
      statements: [
        statement({
          kind: 'paraphrase',
          attribution: 'a senior official',
          text: 'talks could resume',
          context: 'Talks collapse',
          source: { title: null, outlet: null, url: null },
        }),
      ],
    });
    const item = card()!.querySelector('.statement')!;
    expect(item.querySelector('.who')!.textContent).toBe('a senior official');
    expect(item.querySelector('.said')!.textContent).toBe('Paraphrase: talks could resume');
    expect(item.querySelector('.said q')).toBeNull();
    expect(item.querySelector('.source')!.textContent).toBe('Talks collapse');
  });

  it('closes on Escape and gives focus back to the highlight', () => {
    const { mark, overlay, card } = setUp();
    overlay.show(mark, { findingText: 'the quote', speaker: null, statements: [statement({})] });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card()).toBeNull();
    expect(overlay.isOpen).toBe(false);
    expect(document.activeElement).toBe(mark);
    expect(mark.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click elsewhere in the page, but not on a click inside the card', () => {
    const { mark, overlay, card } = setUp();
    overlay.show(mark, { findingText: 'the quote', speaker: null, statements: [statement({})] });
    card()!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(overlay.isOpen).toBe(true);
    document.body.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    expect(overlay.isOpen).toBe(false);
  });

  it('leaves nothing behind when destroyed', () => {
    const { mark, overlay } = setUp();
    overlay.show(mark, { findingText: 'q', speaker: null, statements: [statement({})] });
    overlay.destroy();
    expect(document.querySelector('backstory-note')).toBeNull();
  });
});

describe('note formatting', () => {
  it.each([
    ['2023', '2023'],
    ['2024-03', 'March 2024'],
    ['2024-03-07', '7 March 2024'],
    [null, null],
  ])('says %s as %s', (date, expected) => {
    expect(formatStatementDate(date)).toBe(expected);
  });

  it('says when statements came later', () => {
    expect(noteTitle([statement({}), statement({ id: 's2' })])).toBe('2 related statements');
    expect(noteTitle([statement({ when: 'after' })])).toBe('1 later statement');
    expect(noteTitle([statement({}), statement({ id: 's2', when: 'after' })])).toBe(
      '2 related statements, 1 later',
    );
  });
});
