import type { Word } from './words.ts';

/** A place in capitals, the way wire copy sets it: "SEOUL", "BEIJING/TOKYO", "NEW YORK". */
const CAPITALS = /^\p{Lu}[\p{Lu}\p{M}.'’-]+$/u;
const DASHES = new Set(['—', '–', '-']);
/** "SEOUL, South Korea (AP) —": the longest dateline, in words and marks, before its dash. */
const LONGEST = 10;

/**
 * The paragraph's words without its dateline ("CHICAGO —", "SEOUL, South
 * Korea (Reuters) -"): a dateline names where the story was filed, and read
 * as a name it would become the subject of the sentence that follows it.
 * Only the story's opening paragraphs carry one (see `readArticle`).
 */
export function withoutDateline(words: Word[]): Word[] {
  if (words[0]?.kind !== 'word' || !CAPITALS.test(words[0].text)) return words;
  const limit = Math.min(words.length, LONGEST);
  for (let i = 1; i < limit; i++) {
    const word = words[i]!;
    if (word.kind === 'punct' && DASHES.has(word.text)) {
      // "KCNA — the North's news agency — said": an aside, not a dateline.
      const next = words[i + 1];
      return next && /^[\p{Lu}\p{N}\p{Pi}"']/u.test(next.text) ? words.slice(i + 1) : words;
    }
    // Another capitalised place word or a wire's name in parentheses, else no dateline.
    if (word.kind === 'word' && !/^\p{Lu}/u.test(word.text)) return words;
  }
  return words;
}
