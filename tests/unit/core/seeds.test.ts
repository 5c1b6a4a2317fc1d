import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesOf } from './read-helpers.ts';

/** A seed article as the DOM bridge would give it: one paragraph a line, blank lines between. */
function seed(slug: string): string {
  const text = readFileSync(path.resolve('data/seeds', `${slug}.txt`), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .join('\n\n');
}

/**
 * The seed articles read as a careful editor would: each quotation with the
 * fullest name of its speaker, the article's own description of an unnamed
 * one, and none of the scare quotes. Quotations a reader might take either
 * way are not listed.
 */
const SEEDS: Record<string, { quotes: [string, string][]; not: string[] }> = {
  'north-korea-rejects-dialogue': {
    quotes: [
      [
        'has no intention of participating in dialogue with forces bent on confrontation,',
        'Korean Central News Agency',
      ],
      [
        'deception through dialogue while sharpening their knives behind the curtain.',
        'Korean Central News Agency',
      ],
      ['deep regret', 'South Korea’s Unification Ministry'],
      ['a step backward from stability', 'Yoon Suk-yeol'],
      ['disappointing but not unexpected,', 'a senior White House official'],
      [
        'the door to diplomacy remains open, but we will not compromise our principles or regional security.',
        'a senior White House official',
      ],
      [
        'North Korea isn’t walking away from diplomacy. It’s walking toward a different kind of diplomacy—one that excludes the West,',
        'Ji-Hoon Nam',
      ],
      ['It’s a dangerous inflection point,', 'Suzanne DiMaggio'],
      [
        'The absence of communication raises the risk of miscalculation—and in a region this volatile, that risk is unacceptable.',
        'Suzanne DiMaggio',
      ],
    ],
    not: [],
  },
  'inter-korean-talks-collapse': {
    quotes: [
      [
        'The situation is precarious, and without dialogue, misunderstandings and miscalculations could lead to conflict,',
        'Min Jae-sik',
      ],
      [
        'From our perspective, discussions only occurred to appease international expectations,',
        'Kim Yo-jong',
      ],
      ['We must remain vigilant and prepared for any contingencies,', 'Fumio Kishida'],
      [
        'We must keep the lines of communication open. Nothing good will come from isolationism,',
        'Suh Hoon',
      ],
      ['Dialogue must continue to prevent any escalation.', 'A spokesperson'],
      ['sovereignty against imperialist aggressions.', 'Kim Jong-un'],
      [
        'The situation is only likely to escalate if talks remain stalled.',
        'An anonymous South Korean official',
      ],
      [
        'Things are delicate, and we cannot afford to lose the possibility of dialogue,',
        'one senior diplomatic strategist',
      ],
    ],
    not: [],
  },
  'kim-jong-un-signals-openness': {
    quotes: [
      ['coercion or hypocrisy.', 'Kim Jong-un'],
      ['without preconditions,', 'the Biden administration'],
      ['welcomes any step toward dialogue', 'Yoon Suk-yeol’s office'],
      [
        'genuine denuclearization must remain at the heart of any negotiation.',
        'Yoon Suk-yeol’s office',
      ],
      ['seize the opportunity', 'China'],
      [
        'North Korea has a history of using talks to relieve pressure without making irreversible commitments,',
        'one regional analyst',
      ],
      ['The U.S. will be wary of falling into the same cycle again.', 'one regional analyst'],
      ['Dialogue, however fragile, is better than silence.', 'one South Korean diplomat'],
    ],
    not: ['hostile'],
  },
  'vice-foreign-minister-in-new-york': { quotes: [], not: [] },
  'washington-engagement-our-policy': {
    quotes: [['well founded', 'Matthew Miller']],
    not: ['Our Policy All Along'],
  },
};

describe('the seed articles', () => {
  it.each(Object.entries(SEEDS))('%s', (slug, { quotes, not }) => {
    const found = quotesOf(seed(slug));
    for (const quote of quotes) expect(found).toContainEqual(quote);
    for (const words of not) expect(found.map(([w]) => w)).not.toContain(words);
    // Nothing else but quotations a reader might take either way.
    expect(found.length).toBeLessThanOrEqual(quotes.length + 1);
  });
});
