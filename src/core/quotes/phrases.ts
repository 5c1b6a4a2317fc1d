import { isCapitalised, PARTY_TAG, type Word } from '../text/words.ts';
import { cueAt } from './cues.ts';
import {
  CUE_VERBS,
  DETERMINERS,
  ELLIPTICAL_SUBJECTS,
  ORGANISATION_WORDS,
  PRONOUNS,
  SOURCE_NOUNS,
  TITLE_WORDS,
  VERB_MODIFIERS,
} from './lexicon.ts';
import type { SpeakerPhrase } from './model.ts';
import { type Name, readName, readNameEndingAt } from './names.ts';

const lower = (word: Word | undefined) => word?.text.toLowerCase() ?? '';

/** A name as a speaker phrase; `start` earlier than the name's own when "the" leads it. */
export function namePhrase(name: Name, withThe = false, start = name.start): SpeakerPhrase {
  return { kind: 'name', name, start, end: name.end, withThe };
}
const isWord = (word: Word | undefined) => word?.kind === 'word';
const isLowercase = (word: Word | undefined) => isWord(word) && !isCapitalised(word!.text);

/** Words that a description may not run past (verbs and clause words). */
const CLAUSE_WORDS = new Set([
  'who',
  'whom',
  'which',
  'that',
  'when',
  'where',
  'while',
  'because',
  'after',
  'before',
  'as',
  'if',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'and',
  'but',
  'or',
  'in',
  'on',
  'to',
  'with',
]);
/** Prepositions a description may continue with: "a member of the audience". */
const DESCRIPTION_LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'in']);
const MAX_DESCRIPTION = 10;
/** Things that carry someone's words: "a statement from the ministry" is the ministry speaking. */
const MESSAGE_NOUNS = new Set([
  'tweet',
  'post',
  'statement',
  'letter',
  'memo',
  'message',
  'email',
  'report',
  'study',
  'paper',
  'announcement',
  'notes',
  'release',
  'editorial',
]);
const MAX_APPOSITION = 30;

/**
 * The phrase naming who speaks that ends just before the cue at `words[k]`
 * ("Eric Reeves, one of the leading voices on Sudan, said"): modifiers and
 * one apposition are passed over. Null when nothing there names a speaker.
 */
export function subjectBefore(words: readonly Word[], k: number): SpeakerPhrase | null {
  let j = k - 1;
  while (j >= 0 && isModifier(words[j]!)) j--;
  const word = words[j];
  if (!word) return null;
  const text = lower(word);
  if (text === 'and' || text === 'but' || text === 'or' || text === 'then') {
    return { kind: 'coordinate', start: word.start, end: word.end };
  }
  if (text === ',' || text === ')' || text === '—' || text === '–') {
    const opener = text === ')' ? '(' : text;
    let before = findBack(words, j - 1, opener, MAX_APPOSITION);
    if (before < 0)
      return text === ',' ? { kind: 'coordinate', start: word.start, end: word.end } : null;
    // "Harold Quint, R-Ohio, who …, said", "Anna Ruiz, 61, who …, said": past the tag to the name.
    while (opener === ',' && isTag(words[before - 1]) && words[before - 2]?.text === ',') {
      before -= 2;
    }
    // "her mother, Fiona, said": the name in apposition names the speaker best.
    const apposed = phraseEndingAt(words, j - 1);
    const head = phraseEndingAt(words, before - 1);
    // "The announcement, made through the Korean Central News Agency, stated": its sender.
    if (head?.kind === 'description' && MESSAGE_NOUNS.has(head.head)) {
      const sender = senderIn(words, before + 1, j);
      if (sender) return sender;
    }
    if (
      apposed?.kind === 'name' &&
      apposed.start >= words[before + 1]!.start &&
      head?.kind !== 'name'
    ) {
      return apposed;
    }
    return withPartnerBefore(words, head);
  }
  if (text === 'who' || text === 'which') return antecedentOf(words, j);
  const phrase = phraseEndingAt(words, j);
  // "Helen Marsh, interim chief executive said": an apposition left unclosed before its cue.
  if (
    phrase?.kind === 'description' &&
    !DETERMINERS.has(phrase.text.split(' ')[0]!.toLowerCase())
  ) {
    const first = words.findIndex((w) => w.start === phrase.start);
    const named = words[first - 1]?.text === ',' ? phraseEndingAt(words, first - 2) : null;
    if (named?.kind === 'name' && named.name.kind !== 'organisation') return named;
  }
  return withPartnerBefore(words, phrase);
}

/** A party tag or an age set off after a name: "R-Ohio", "61". */
function isTag(word: Word | undefined): boolean {
  return word !== undefined && (PARTY_TAG.test(word.text) || /^\d{1,3}$/.test(word.text));
}

/**
 * "Sen. Ana Ruiz, D-Colo., and Sen. Tom Reyes said": a name joined to the
 * one before it by "and" (past a short tag after that one) speaks with it.
 */
function withPartnerBefore(words: readonly Word[], phrase: SpeakerPhrase | null) {
  if (
    phrase?.kind !== 'name' ||
    phrase.name.joint ||
    lower(words[phrase.name.first - 1]) !== 'and'
  ) {
    return phrase;
  }
  let k = phrase.name.first - 2;
  if (words[k]?.text === ',') {
    const open = findBack(words, k - 1, ',', TAG_WORDS + 1);
    k = open >= 0 ? open - 1 : k - 1;
  }
  const other = phraseEndingAt(words, k);
  if (other?.kind !== 'name' || other.name.kind === 'organisation' || other.name.joint) {
    return phrase;
  }
  const text = `${other.name.text} and ${phrase.name.text}`;
  return namePhrase(
    { ...other.name, joint: { partner: phrase.name, text } },
    other.withThe,
    other.start,
  );
}

/** How many words a tag set off after a name may have ("D-N.Y.", "61", "of Ohio"). */
const TAG_WORDS = 3;

/** The name after "by", "through" or "from" in words[from, to): who sent a message. */
function senderIn(words: readonly Word[], from: number, to: number): SpeakerPhrase | null {
  for (let k = from; k < to - 1; k++) {
    if (!/^(?:by|through|from)$/i.test(words[k]!.text)) continue;
    let n = k + 1;
    while (n < to && isLowercase(words[n]) && n - k < 4) n++;
    const name = readName(words, n);
    if (name && name.next <= to) return namePhrase(name);
  }
  return null;
}

/** What a relative pronoun at `words[j]` refers to: "Likud party, which ...". */
function antecedentOf(words: readonly Word[], j: number): SpeakerPhrase | null {
  return phraseEndingAt(words, lower(words[j - 1]) === ',' ? j - 2 : j - 1);
}

/**
 * The subject of a participle cue at `words[k]` ("…, saying", "which tried
 * … by saying"): the antecedent of a relative pronoun in between, else
 * the subject of the finite cue before it, else null.
 */
export function participleSubject(words: readonly Word[], k: number): SpeakerPhrase | null {
  for (let j = k - 1; j >= 0 && k - j < MAX_APPOSITION; j--) {
    const text = lower(words[j]);
    if (text === 'which' || text === 'who') return antecedentOf(words, j);
    if (cueAt(words, j) && !text.endsWith('ing')) {
      const phrase = subjectBefore(words, j);
      return phrase && phrase.kind !== 'coordinate' ? phrase : null;
    }
  }
  return null;
}

function isModifier(word: Word): boolean {
  const text = lower(word);
  return (
    isLowercase(word) && (VERB_MODIFIERS.has(text) || (text.endsWith('ly') && text.length > 3))
  );
}

function findBack(words: readonly Word[], from: number, text: string, limit: number): number {
  for (let j = from; j >= 0 && from - j < limit; j--) {
    if (words[j]!.text === text) return j;
    if (words[j]!.text === '.' || words[j]!.text === ':') return -1;
  }
  return -1;
}

/** The name, pronoun or description that ends with `words[j]`. */
function phraseEndingAt(words: readonly Word[], j: number): SpeakerPhrase | null {
  const word = words[j];
  if (!word || !isWord(word)) return null;
  const text = lower(word);
  if (PRONOUNS.has(text))
    return { kind: 'pronoun', pronoun: text, start: word.start, end: word.end };
  if (isCapitalised(word.text)) {
    const name = readNameEndingAt(words, j);
    // "The Prime Minister said": a role, described.
    if (!name) {
      // "One user wrote: … Another added:": the determiner alone stands for one more of them.
      if (ELLIPTICAL_SUBJECTS.has(text) && !isWord(words[j - 1]))
        return descriptionFrom(words, j, j);
      return TITLE_WORDS.has(text) ? descriptionEndingAt(words, j) : null;
    }
    const withThe = lower(words[name.first - 1]) === 'the';
    const first = withThe ? name.first - 1 : name.first;
    // "a spokeswoman for the State Department": the person, described by whom they speak for.
    // "Valdoria’s envoy to the United Nations": whom an envoy is sent to describes them too.
    const link = lower(words[first - 1]);
    if ((DESCRIPTION_LINKS.has(link) || link === 'to') && isSourceNoun(lower(words[first - 2]))) {
      const holder = descriptionEndingAt(words, first - 2);
      if (holder?.kind === 'description') {
        return descriptionFrom(words, wordIndex(words, holder.start), j, first - 2);
      }
    }
    return namePhrase(name, withThe, words[first]!.start);
  }
  return descriptionEndingAt(words, j);
}

/** A noun that can head a description of who speaks: a role, a source, an organisation. */
function isSourceNoun(word: string): boolean {
  return SOURCE_NOUNS.has(word) || TITLE_WORDS.has(word) || ORGANISATION_WORDS.has(word);
}

/** "one regional analyst", "a senior White House official", "Con Edison officials". */
function descriptionEndingAt(words: readonly Word[], j: number): SpeakerPhrase | null {
  const head = lower(words[j]);
  if (!isSourceNoun(head)) return null;
  let start = j;
  let owner = -1;
  while (start > 0 && j - start < MAX_DESCRIPTION) {
    const previous = words[start - 1]!;
    if (!isWord(previous)) break;
    const text = lower(previous);
    if (DETERMINERS.has(text)) {
      start--;
      break;
    }
    if (CLAUSE_WORDS.has(text) || CUE_VERBS.has(text) || PRONOUNS.has(text)) break;
    if (DESCRIPTION_LINKS.has(text)) break;
    if (isLowercase(previous) && (VERB_MODIFIERS.has(text) || text.endsWith('ed'))) break;
    start--;
    // "Netanyahu’s Likud party": the owner ends the phrase and is not the speaker;
    // "President Yoon Suk-yeol’s office": the owner, by name, is part of it.
    if (/['’]s$/.test(previous.text)) {
      owner = start;
      const ownerName = isCapitalised(previous.text) ? readNameEndingAt(words, start) : null;
      if (ownerName) start = words.findIndex((w) => w.start === ownerName.start);
      break;
    }
  }
  if (owner >= 0 && owner < j && isCapitalised(words[owner + 1]!.text)) start = owner + 1;
  // "The mother of a student": the head is the noun before "of".
  if (owner < 0 && lower(words[start - 1]) === 'of') {
    const outer = descriptionEndingAt(words, start - 2);
    if (outer?.kind === 'description') {
      return descriptionFrom(words, wordIndex(words, outer.start), j, start - 2);
    }
  }
  return descriptionFrom(words, start, j);
}

function wordIndex(words: readonly Word[], start: number): number {
  return words.findIndex((w) => w.start === start);
}

function descriptionFrom(
  words: readonly Word[],
  first: number,
  last: number,
  head = last,
): SpeakerPhrase {
  let text = '';
  for (let k = first; k <= last; k++) {
    const word = words[k]!;
    const gap = k > first && word.start > words[k - 1]!.end ? ' ' : '';
    text += gap + word.text;
  }
  return {
    kind: 'description',
    text,
    head: lower(words[head]),
    start: words[first]!.start,
    end: words[last]!.end,
  };
}

/**
 * The phrase naming who speaks that starts at `words[i]`, after an inverted
 * cue ("said Dr. Ji-Hoon Nam, a senior fellow", "says president David
 * Weisbrot", "said a member of the audience"). Role words before a name
 * are passed over; a description runs to the next comma or clause.
 */
export function phraseAfter(
  words: readonly Word[],
  i: number,
  /** Any noun heads a description (after "according to", which names a source whatever it is). */
  anySource = false,
): SpeakerPhrase | null {
  const word = words[i];
  if (!word || !isWord(word)) return null;
  const text = lower(word);
  if (PRONOUNS.has(text))
    return { kind: 'pronoun', pronoun: text, start: word.start, end: word.end };
  let k = i;
  const withThe = text === 'the';
  if (withThe && isCapitalised(words[i + 1]?.text ?? '')) k++;
  if (isCapitalised(words[k]!.text) && !DETERMINERS.has(lower(words[k]))) {
    const name = readName(words, k);
    if (!name) return null;
    return namePhrase(name, withThe, withThe ? word.start : name.start);
  }
  // Lowercase role words, then perhaps a name: "chief inspector Jennifer Mattinson";
  // a message from someone names its sender: "the tweet from Vulture magazine".
  let last = i - 1;
  for (let j = i; j < words.length && j - i < MAX_DESCRIPTION; j++) {
    const next = words[j]!;
    if (!isWord(next)) break;
    if (isCapitalised(next.text) && !DETERMINERS.has(lower(next))) {
      const name = readName(words, j);
      const before = lower(words[j - 1]) === 'the' ? j - 2 : j - 1;
      const link = lower(words[before]);
      const sender =
        (link === 'from' || link === 'by') && MESSAGE_NOUNS.has(lower(words[before - 1]));
      if (name && !name.possessive && (!DESCRIPTION_LINKS.has(link) || sender)) {
        return namePhrase(name);
      }
      last = name ? name.next - 1 : j;
      j = last;
      continue;
    }
    const lowered = lower(next);
    const verb = CUE_VERBS.has(lowered) && !SOURCE_NOUNS.has(lowered);
    if (j > i && (CLAUSE_WORDS.has(lowered) || verb) && !DESCRIPTION_LINKS.has(lowered)) break;
    if (DESCRIPTION_LINKS.has(lowered) && !SOURCE_NOUNS.has(lower(words[last]))) break;
    last = j;
  }
  if (last < i) return null;
  // The head is the last word before a preposition: "a member of the audience".
  let head = i;
  while (head < last && !DESCRIPTION_LINKS.has(lower(words[head + 1]))) head++;
  const headWord = lower(words[head]);
  if (!anySource && !isSourceNoun(headWord)) return null;
  return descriptionFrom(words, i, last, head);
}
