import { isCapitalised, type Word } from '../text/words.ts';
import {
  CREDENTIALS,
  CUE_VERBS,
  FEMALE_TITLES,
  MALE_TITLES,
  NOT_NAMES,
  ORGANISATION_WORDS,
  PLACES,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  TITLE_WORDS,
  VERB_MODIFIERS,
} from './lexicon.ts';

/**
 * A run of capitalised words read as a name: a person ("Dr. Ji-Hoon Nam"
 * is Ji-Hoon Nam, with the title Dr.), an organisation ("the New Zealand
 * Department of Conservation"), or a single word that could be either until
 * the article says ("Parata", "Uber", "Pyongyang").
 */
export interface Name {
  /** The name's words without titles: ["Ji-Hoon", "Nam"]. */
  tokens: string[];
  /** The name as the article writes it, without titles or a possessive ’s. */
  text: string;
  /** Offsets of the name's text. */
  start: number;
  end: number;
  kind: 'person' | 'organisation' | 'unknown';
  /** Lowercased title words that stood before the name ("president", "dr."). */
  titles: string[];
  gender: 'male' | 'female' | null;
  /** Whether the run ended in a possessive ("Netanyahu’s"): an owner, not a speaker. */
  possessive: boolean;
  /** Index in the word list just past the run (titles and all). */
  next: number;
  /** Index in the word list of the run's first word (titles and all). */
  first: number;
  /**
   * Two names joined by "and" ("Ruiz and Reyes", "Procter and Gamble"): the
   * second name, and the whole run as written. Whether they are two people
   * or one organisation is for the article to say (see `speakerOf`).
   */
  joint?: { partner: Name; text: string };
}

/** Particles that join a person's name: "Vincent van Gogh", "Omar al-Bashir". */
const NAME_PARTICLES = new Set(
  'de da di del della der den du van von le la bin ibn ben al el y dos das do'.split(' '),
);
/** Particles that join names, an organisation's included: "Department of Conservation". */
const PARTICLES = new Set([...NAME_PARTICLES, 'and', 'of', 'for', 'on', 'the', '&']);
const PREFIXED_NAME = /^(?:al|el|bin|ibn|ben|abu|de|van|von|d|o|mc|mac)[-’']\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;
const MAX_RUN = 9;

const lower = (word: Word) => word.text.toLowerCase();

function isNameWord(word: Word | undefined, first: boolean): boolean {
  if (word?.kind !== 'word') return false;
  if (PREFIXED_NAME.test(word.text)) return true;
  if (!isCapitalised(word.text)) return false;
  if (!first) return true;
  const bare = lower(word).replace(POSSESSIVE, '');
  return !NOT_NAMES.has(bare) || TITLE_WORDS.has(bare);
}

/**
 * Reads the name that starts at `words[i]`, or null. Lowercase particles
 * join a name when a capitalised word follows ("Vincent van Gogh",
 * "Department of Conservation"); a possessive ends it.
 */
export function readName(words: readonly Word[], i: number): Name | null {
  if (!isNameWord(words[i], true)) return null;
  let end = i;
  while (end < words.length && end - i < MAX_RUN) {
    const word = words[end]!;
    if (end > i && POSSESSIVE.test(words[end - 1]!.text)) break;
    if (isNameWord(word, false)) {
      end++;
      continue;
    }
    const particle = lower(word);
    if (
      PARTICLES.has(particle) &&
      end > i &&
      joins(words, particle, i, end) &&
      isNameWord(words[end + 1], false) &&
      // "the Foreign Ministry on Thursday": a day or a month is no part of a name.
      !NOT_NAMES.has(lower(words[end + 1]!))
    ) {
      end++;
      continue;
    }
    break;
  }
  const name = nameFrom(words, i, end);
  // "South Korea’s Unification Ministry": an organisation keeps its owner.
  if (name?.possessive) {
    const owned = readName(words, end);
    if (owned?.kind === 'organisation' && !owned.possessive) return nameFrom(words, i, owned.next);
  }
  return name;
}

/** Reads the name that ends with `words[j]` (inclusive), or null. */
export function readNameEndingAt(words: readonly Word[], j: number): Name | null {
  if (!isNameWord(words[j], false)) return null;
  let start = j;
  while (start > 0 && j - start < MAX_RUN) {
    const word = words[start - 1]!;
    if (POSSESSIVE.test(word.text)) break;
    if (isNameWord(word, false)) {
      start--;
      continue;
    }
    if (
      PARTICLES.has(lower(word)) &&
      start - 1 > 0 &&
      joins(words, lower(word), start, j + 1) &&
      !NOT_NAMES.has(lower(words[start]!)) &&
      isNameWord(words[start - 2], false)
    ) {
      start--;
      continue;
    }
    break;
  }
  while (start <= j && !isNameWord(words[start], true)) start++;
  if (start > j) return null;
  const name = nameFrom(words, start, j + 1);
  const owner = start - 1;
  if (name?.kind === 'organisation' && owner >= 0 && POSSESSIVE.test(words[owner]!.text)) {
    const ownerName = readNameEndingAt(words, owner);
    if (ownerName) return nameFrom(words, ownerName.first, j + 1);
  }
  return name;
}

/**
 * Whether "and" may join the name in words[from, to) to another: not when
 * that name is a titled person's ("Majority Leader Frank Hollis and Minority
 * Leader Joan Pritchard" are two names, "Ruiz and Reyes" one run for
 * `nameFrom` to split). Other particles always may.
 */
function joins(words: readonly Word[], particle: string, from: number, to: number): boolean {
  if (particle !== 'and' && particle !== '&') return true;
  for (let k = from; k < to - 1; k++) if (isTitle(words[k]!)) return false;
  return true;
}

/**
 * The name in words[first, next): titles stripped from the front (the last
 * title word and everything before it: "Tunisian Prime Minister Habib
 * Essid" is Habib Essid), a possessive from the back, credentials dropped.
 */
function nameFrom(words: readonly Word[], first: number, next: number): Name | null {
  const run = words.slice(first, next);
  // "Professor Elena Marsh of Leeds University" is a person of an organisation;
  // "Department of Conservation" is an organisation: what stands before the
  // first "of" decides.
  const joint = run.findIndex(
    (w, k) =>
      k > 0 && PARTICLES.has(lower(w)) && !NAME_PARTICLES.has(lower(w)) && !isTitle(run[k - 1]!),
  );
  const head = joint > 0 ? run.slice(0, joint) : run;
  const organisation =
    head.some((w) => ORGANISATION_WORDS.has(lower(w).replace(POSSESSIVE, ''))) &&
    !isTitledPerson(run);
  let from = 0;
  if (!organisation) {
    for (let k = run.length - 2; k >= 0; k--) {
      // "Adjunct Professor UNSW Strategic Health Policy Consultant Bill Bowtell": a role
      // noun with a first name and a surname after it ends the titles, however long.
      if (isTitle(run[k]!) || (k <= run.length - 3 && isRoleNoun(run[k]!))) {
        from = k + 1;
        // "Secretary of State John Kerry": the title's own "of State".
        if (lower(run[from]!) === 'of' && from + 2 < run.length) from += 2;
        break;
      }
    }
  }
  let to = run.length;
  // "Mitch McConnell of Kentucky": a person's name ends where an "of" begins.
  if (!organisation && joint > from) to = joint;
  while (
    to > from &&
    (CREDENTIALS.has(lower(run[to - 1]!)) || PARTICLES.has(lower(run[to - 1]!)))
  ) {
    to--;
  }
  while (
    from < to &&
    !organisation &&
    PARTICLES.has(lower(run[from]!)) &&
    !NAME_PARTICLES.has(lower(run[from]!))
  ) {
    from++;
  }
  if (to <= from) return null;
  // "Prime Minister", "Vice President": a role, not a name; "Carla Dean" is a name.
  if (!organisation && isTitle(run[to - 1]!) && !isSurname(run, from, to)) return null;
  const nameWords = run.slice(from, to);
  const last = nameWords[nameWords.length - 1]!;
  const possessive = POSSESSIVE.test(last.text);
  const lastText = possessive ? last.text.slice(0, -2) : last.text;
  const tokens = nameWords.map((w, k) => (k === nameWords.length - 1 ? lastText : w.text));
  const titles = run.slice(0, from).map(lower);
  const start = nameWords[0]!.start;
  const end = possessive ? last.start + lastText.length : last.end;
  const and = joint > 0 && /^(?:and|&)$/.test(lower(run[joint]!)) ? joint : -1;
  const partner = !organisation && and === to ? nameFrom(words, first + and + 1, next) : null;
  return {
    tokens,
    text: tokens.join(' '),
    start,
    end,
    // Digits make a thing ("Royal McBee LGP-30"), a place or a people's name a
    // group ("North Korea", "South Korean officials"): none is a person.
    kind:
      organisation ||
      isAcronym(tokens) ||
      tokens.some((t) => /\d/.test(t)) ||
      PLACES.has(tokens.join(' ').toLowerCase()) ||
      isModifierGroup(tokens, words[next])
        ? 'organisation'
        : tokens.length > 1
          ? 'person'
          : 'unknown',
    titles,
    gender: titles.some((t) => MALE_TITLES.has(t))
      ? 'male'
      : titles.some((t) => FEMALE_TITLES.has(t))
        ? 'female'
        : null,
    possessive,
    first,
    next,
    ...(partner && {
      joint: {
        partner,
        text: run
          .slice(from)
          .map((w) => w.text)
          .join(' ')
          .replace(POSSESSIVE, ''),
      },
    }),
  };
}

/**
 * "Senate Majority Leader Frank Hollis", "Bank of England Governor Andrew
 * Bailey": a person whose title holds an organisation's words. The name
 * after the last title has none of its own.
 */
function isTitledPerson(run: readonly Word[]): boolean {
  let title = -1;
  for (let k = run.length - 2; k >= 0 && title < 0; k--) if (isTitle(run[k]!)) title = k;
  return (
    title >= 0 &&
    !run.slice(title + 1).some((w) => ORGANISATION_WORDS.has(lower(w).replace(POSSESSIVE, '')))
  );
}

/** What stands before a people's name of two words: "South Korean", "Latin American". */
const PEOPLE_PREFIXES = new Set(
  'north south east west central northern southern eastern western latin new saudi'.split(' '),
);

/**
 * "Tunisian security forces", "South Korean official": a people's name
 * before a noun. Two words are one only after a compass point or the like:
 * "Priya Raman makes" and "Jake Sullivan warns" are people.
 */
function isModifierGroup(tokens: string[], next: Word | undefined): boolean {
  const last = tokens[tokens.length - 1]!;
  if (!/(?:an|ese|ish|ic|i)$/.test(last) || next?.kind !== 'word') return false;
  if (tokens.length > 1 && !PEOPLE_PREFIXES.has(tokens[0]!.toLowerCase())) return false;
  const word = next.text;
  return (
    /^\p{Ll}/u.test(word) &&
    !/(?:ed|ly)$/.test(word) &&
    !CUE_VERBS.has(word) &&
    !VERB_MODIFIERS.has(word)
  );
}

/** Titles that are also common surnames: "Carla Dean", "Stephen King", "John Major". */
const SURNAME_TITLES = new Set(['dean', 'king', 'bishop', 'major', 'marshal', 'pope', 'judge']);

/** Whether a run ending in a title word is a name: a given name (no title, no people's name) before it. */
/** Honorifics that only ever stand before a surname. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'miss']);

function isSurname(run: readonly Word[], from: number, to: number): boolean {
  if (!SURNAME_TITLES.has(lower(run[to - 1]!))) return false;
  // "Mr Dean", "Ms. Marshal": an honorific is followed by a surname, never by a role.
  if (to - from === 1 && from > 0 && HONORIFICS.has(lower(run[from - 1]!))) return true;
  if (to - from < 2) return false;
  const given = run[to - 2]!;
  return !isTitle(given) && !/(?:an|ese|ish|ic|i)$/.test(given.text);
}

/** A noun for someone's job set in a title: "Policy Consultant", "Strategy Officer". */
function isRoleNoun(word: Word): boolean {
  const text = lower(word);
  return SOURCE_NOUNS.has(text) || ROLE_NOUNS.has(text);
}

function isTitle(word: Word): boolean {
  const text = lower(word);
  return TITLE_WORDS.has(text) || /^(?:vice|ex|then|former|deputy)-\p{L}+|-elect$/u.test(text);
}

function isAcronym(tokens: string[]): boolean {
  return tokens.length === 1 && ACRONYM.test(tokens[0]!) && /\p{Lu}.*\p{Lu}/u.test(tokens[0]!);
}
