/**
 * Speaker resolution: the name an article gives -> a reference set's speaker.
 * Names and aliases compare without case, diacritics, hyphens, honorifics or
 * initials ("Kim Jong Un" = "Kim Jong-un", "Dr. Ji-Hoon Nam" = "Ji-Hoon Nam",
 * "the White House" = "White House"); a lone surname resolves only when it
 * points at exactly one person. An article's description of an unnamed
 * source resolves to the body it names ("a senior White House official" ->
 * the White House, "two South Korean officials" -> South Korea).
 */
import type { Speaker } from '../refset/types.ts';
import { fold } from '../text/tokenize.ts';

const HONORIFICS = new Set(
  'the mr mrs ms miss dr prof professor sir president vice prime minister premier chancellor secretary senator sen rep representative gov governor mayor gen col adm lt sgt capt ambassador amb rev reverend'.split(
    ' ',
  ),
);

/** Nouns for people who speak for a body, as opposed to about it (an analyst, a critic). */
const SPOKESPEOPLE = new Set(
  'official officials spokesman spokeswoman spokesperson spokespeople diplomat diplomats aide aides source sources officer officers representative representatives negotiator negotiators envoy envoys'.split(
    ' ',
  ),
);

/** How an article's description of an unnamed source begins: "a", "two", "several". */
const DESCRIPTION_STARTS = new Set(
  'a an one two three four several some other another senior'.split(' '),
);

/** "The North Korean government", "South Korean officials": the adjective names the body too. */
const BODY_HEADS = new Set('government officials leadership regime'.split(' '));

/** Longest body name looked for inside a description, in words. */
const LONGEST_BODY = 6;

/** Name words, folded, without punctuation, possessive or leading titles. */
export function nameWords(name: string): string[] {
  const words = fold(name)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let first = 0;
  // Keep at least one word: "the President" still names someone by title.
  while (first < words.length - 1 && HONORIFICS.has(words[first]!)) first++;
  return words.slice(first);
}

/** The keys a name is known by: all words, and the words without initials ("donald j trump"). */
function nameKeys(name: string): string[] {
  const words = nameWords(name);
  if (words.length === 0) return [];
  const keys = [words.join(' ')];
  const withoutInitials = words.filter((word) => word.length > 1);
  if (withoutInitials.length > 0 && withoutInitials.length < words.length) {
    keys.push(withoutInitials.join(' '));
  }
  // "Jong-un" and "Jongun" both occur in transliterations; a joined form meets both.
  if (words.length > 1) keys.push(words.join(''));
  return keys;
}

/** Looks names up in a list of speakers; built once per set, reused for every finding. */
export class SpeakerDirectory {
  private readonly byKey = new Map<string, Set<number>>();
  private readonly bySurname = new Map<string, Set<number>>();
  /** Organisations, governments and media by the words of their names, for descriptions. */
  private readonly byBodyWords = new Map<string, Set<number>>();

  constructor(readonly speakers: readonly Speaker[]) {
    speakers.forEach((speaker, i) => {
      for (const name of [speaker.name, ...speaker.aliases]) {
        for (const key of nameKeys(name)) addTo(this.byKey, key, i);
        const words = nameWords(name);
        // A surname alone: a person's last word, or first (family-name-first orders, "Kim").
        if (speaker.kind === 'person' && words.length > 1) {
          addTo(this.bySurname, words[words.length - 1]!, i);
          addTo(this.bySurname, words[0]!, i);
        }
        if (speaker.kind !== 'person' && words.length > 0) {
          addTo(this.byBodyWords, words.join(' '), i);
          if (words.length > 1 && BODY_HEADS.has(words[words.length - 1]!)) {
            addTo(this.byBodyWords, words.slice(0, -1).join(' '), i);
          }
        }
      }
    });
  }

  /** Index of the speaker the name means, or -1 when none or ambiguous. */
  resolve(name: string | null | undefined): number {
    if (!name) return -1;
    const keys = nameKeys(name);
    for (const key of keys) {
      const found = this.byKey.get(key);
      if (found) return found.size === 1 ? [...found][0]! : -1;
    }
    const words = nameWords(name);
    // A title the honorifics do not cover ("U.S. Deputy Secretary of State Kurt Campbell"):
    // the longest ending of two words or more that names exactly one person. (A body at the
    // end, "an analyst at the White House", is a description: see bodyDescribed.)
    for (let start = 1; start + 2 <= words.length; start++) {
      const found = this.byKey.get(words.slice(start).join(' '));
      if (!found) continue;
      const [only] = found;
      return found.size === 1 && this.speakers[only!]!.kind === 'person' ? only! : -1;
    }
    if (words.length !== 1) return this.bodyDescribed(words);
    const found = this.bySurname.get(words[0]!);
    return found?.size === 1 ? [...found][0]! : -1;
  }

  /**
   * The body an unnamed source is described as speaking for: the longest
   * organisation or government name inside "a senior White House official".
   * A former official speaks for nobody; an analyst speaks about a body, not for it.
   */
  private bodyDescribed(words: readonly string[]): number {
    if (!DESCRIPTION_STARTS.has(words[0]!) || words.includes('former')) return -1;
    if (!words.some((word) => SPOKESPEOPLE.has(word))) return -1;
    for (let length = Math.min(LONGEST_BODY, words.length - 1); length > 0; length--) {
      const found = new Set<number>();
      for (let start = 0; start + length <= words.length; start++) {
        const match = this.byBodyWords.get(words.slice(start, start + length).join(' '));
        if (match) for (const at of match) found.add(at);
      }
      if (found.size > 0) return found.size === 1 ? [...found][0]! : -1;
    }
    return -1;
  }

  /** Index of the speaker with this id, or -1. */
  indexOf(id: string | null | undefined): number {
    return id ? this.speakers.findIndex((speaker) => speaker.id === id) : -1;
  }
}

function addTo(map: Map<string, Set<number>>, key: string, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const directories = new WeakMap<readonly Speaker[], SpeakerDirectory>();

/** The directory of a speaker list, built once per list. */
export function directoryOf(speakers: readonly Speaker[]): SpeakerDirectory {
  let directory = directories.get(speakers);
  if (!directory) {
    directory = new SpeakerDirectory(speakers);
    directories.set(speakers, directory);
  }
  return directory;
}

/**
 * The speaker id a name resolves to in the first set (in the given order)
 * that knows it unambiguously, or null. This fills a finding's `speakerId`.
 */
export function resolveSpeaker(
  name: string | null | undefined,
  sets: ReadonlyArray<{ speakers: readonly Speaker[] }>,
): string | null {
  for (const set of sets) {
    const at = directoryOf(set.speakers).resolve(name);
    if (at >= 0) return set.speakers[at]!.id;
  }
  return null;
}
