/**
 * A finding's own position on a set's topics, from the cue phrases a set may
 * declare per position (TopicDefinition `cues`); sets without cues simply
 * give no positions here, and the notes fall back to a near-verbatim
 * statement of the same speaker.
 */
import type { TopicDefinition } from '../refset/types.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';

/** Stems with stop words kept: a cue's "no" and "not" carry its meaning. */
function cueTerms(text: string): string[] {
  return tokenize(text).map((token) => stem(token.term));
}

/** Other words a cue may have between two of its own ("open to diplomacy and dialogue"). */
const CUE_GAP = 2;
/** How far before a cue a negation turns it around ("not ready to talk"). */
const NEGATION_REACH = 3;
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', "n't", 'without'].map(stem));

/**
 * Whether the cue's words run in the text in order, a few other words
 * allowed between them, and no negation just before that the cue lacks.
 */
function contains(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  const negated = phrase.some((term) => NEGATIONS.has(term));
  for (let i = 0; i + phrase.length <= terms.length; i++) {
    if (terms[i] !== phrase[0]) continue;
    let at = i;
    let k = 1;
    for (; k < phrase.length; k++) {
      const limit = Math.min(terms.length, at + 2 + CUE_GAP);
      let next = -1;
      for (let j = at + 1; j < limit; j++)
        if (terms[j] === phrase[k]) {
          next = j;
          break;
        }
      if (next < 0) break;
      at = next;
    }
    if (k < phrase.length) continue;
    const before = terms.slice(Math.max(0, i - NEGATION_REACH), i);
    if (!negated && before.some((term) => NEGATIONS.has(term))) continue;
    return true;
  }
  return false;
}

/** Topic index -> position index, for topics where the text matches cues of exactly one position. */
export function cuedPositions(
  topics: ReadonlyArray<TopicDefinition>,
  text: string,
): Map<number, number> {
  const found = new Map<number, number>();
  let terms: string[] | undefined;
  topics.forEach((topic, t) => {
    if (!topic.cues) return;
    terms ??= cueTerms(text);
    const positions = topic.positions.flatMap((position, p) =>
      (topic.cues![position] ?? []).some((cue) => contains(terms!, cueTerms(cue))) ? [p] : [],
    );
    if (positions.length === 1) found.set(t, positions[0]!);
  });
  return found;
}
