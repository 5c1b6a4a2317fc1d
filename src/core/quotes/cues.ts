// Cue recognition: whether a word is a verb that reports speech, apart from
// who its subject is (attribution) or what it reports (reported speech).
import { isCapitalised, type Word } from '../text/words.ts';
import {
  CUE_PARTICLES,
  CUE_VERBS,
  DETERMINERS,
  ELLIPTICAL_SUBJECTS,
  PRONOUNS,
  SOURCE_NOUNS,
  TITLE_WORDS,
  VERB_MODIFIERS,
} from './lexicon.ts';

const lower = (word: Word | undefined) => word?.text.toLowerCase() ?? '';
const isLowercase = (word: Word | undefined) => word?.kind === 'word' && !isCapitalised(word.text);

/** Words that make the next word a noun: "first comments", "latest remarks". */
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'last',
  'latest',
  'final',
  'recent',
  'earlier',
  'previous',
]);
/**
 * The cue verb at `words[k]` (its lemma), or null. A cue is written in
 * lowercase ("the United States" is no "states"), is not a noun after a
 * determiner ("the explanatory notes"), and takes its particle where it
 * needs one ("put it", "summed up").
 */
export function cueAt(words: readonly Word[], k: number): string | null {
  const word = words[k];
  if (!isLowercase(word)) return null;
  const lemma = CUE_VERBS.get(lower(word));
  if (!lemma) return null;
  const before = lower(words[k - 1]);
  const beforeThat = lower(words[k - 2]);
  // "the notes" is a noun; "Another added", opening its clause, a speaker and a verb.
  const standsAlone = ELLIPTICAL_SUBJECTS.has(before) && words[k - 2]?.kind !== 'word';
  if (DETERMINERS.has(before) && before !== 'that' && !standsAlone) return null;
  // "the administration’s first comments", "two reports": a noun after a possessive or a number.
  if (/['’]s$/.test(before) || ORDINALS.has(before) || /^\d/.test(before)) return null;
  if (DETERMINERS.has(beforeThat) && isLowercase(words[k - 1]) && !VERB_MODIFIERS.has(before)) {
    // "the explanatory notes", but not "the president also said".
    if (!PRONOUNS.has(before) && !SOURCE_NOUNS.has(before) && !TITLE_WORDS.has(before)) return null;
  }
  if (lower(words[k + 1]) === 'of' && lemma !== 'say' && lemma !== 'write' && lemma !== 'think') {
    return null;
  }
  const particle = CUE_PARTICLES.get(lemma);
  if (particle && lower(words[k + 1]) !== particle) return null;
  return lemma;
}
