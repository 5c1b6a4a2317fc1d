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

function contains(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue outer;
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
