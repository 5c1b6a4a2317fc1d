/**
 * One speaker per person across everything read. An article names a person
 * in full at least once, and the reader gives each quote that fullest name;
 * across articles the names fold carefully:
 * - the same name in any case, accents, hyphenation or honorific is one
 *   speaker ("Dr. Mara Ellison" = "Mara Ellison", "Kim Jong-un" = "Kim Jong Un");
 * - a surname alone, or a surname with an initial, is never merged with a
 *   full name: two Ellisons stay two until a first name says otherwise;
 * - a speaker the user's other sets know (the bundled set, imported sets) is
 *   reused with its id, aliases and memberships, so notes can relate them.
 */
import { nameWords } from '../match/speakers.ts';
import { ORGANISATION_WORDS } from '../quotes/lexicon.ts';
import { slugify } from '../refset/speakers.ts';
import type { Speaker, SpeakerKind } from '../refset/types.ts';

/** The key two names must share to be one speaker: every name word, spacing and hyphens aside. */
export function foldKey(name: string): string {
  return nameWords(name).join('');
}

function kindOf(name: string): SpeakerKind {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((word) => ORGANISATION_WORDS.has(word)) ? 'organisation' : 'person';
}

function keysOf(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.aliases].map(foldKey).filter(Boolean);
}

export class SpeakerFolder {
  private readonly reading = new Map<string, Speaker>();
  private readonly known = new Map<string, Speaker | null>();
  private readonly knownById = new Map<string, Speaker>();
  private readonly ids = new Set<string>();
  private readonly adopted: Speaker[] = [];

  /**
   * `reading`: the speakers already in the reading set. `known`: the other
   * sets' speakers, first set first; a name two of them mean differently
   * is not reused from either.
   */
  constructor(reading: readonly Speaker[], known: readonly (readonly Speaker[])[] = []) {
    for (const speaker of reading) this.remember(speaker);
    for (const speakers of known) {
      for (const speaker of speakers) {
        this.knownById.set(speaker.id, speaker);
        for (const key of keysOf(speaker)) {
          const held = this.known.get(key);
          if (held === undefined) this.known.set(key, speaker);
          else if (held !== null && held.id !== speaker.id) this.known.set(key, null);
        }
      }
    }
  }

  /** Every speaker of the reading set, those added by `speakerFor` included. */
  get speakers(): Speaker[] {
    return [...new Map([...this.reading.values()].map((s) => [s.id, s])).values()];
  }

  /**
   * The reading set's speaker for a name, added (and returned in `added`)
   * when new: reused from the reading set, else from a known set, else made.
   */
  speakerFor(name: string): { speaker: Speaker; added: Speaker[] } | null {
    const key = foldKey(name);
    if (!key) return null;
    const held = this.reading.get(key);
    if (held) return { speaker: held, added: [] };
    const known = this.known.get(key);
    if (known && !this.ids.has(known.id)) {
      const added = this.withBodies(known);
      for (const speaker of added) this.remember(speaker);
      return { speaker: known, added };
    }
    if (known) return { speaker: this.reading.get(foldKey(known.name)) ?? known, added: [] };
    const speaker: Speaker = {
      id: this.freeId(slugify(name) || 'speaker'),
      name: name.trim(),
      aliases: [],
      kind: kindOf(name),
      memberOf: [],
      description: '',
    };
    this.remember(speaker);
    return { speaker, added: [speaker] };
  }

  /**
   * Takes in the speakers of an imported set: each folds into the reading
   * speaker of the same name, or joins under a free id with its memberships
   * carried over. Returns the imported id -> reading id map.
   */
  adopt(speakers: readonly Speaker[]): Map<string, string> {
    const ids = new Map<string, string>();
    const joined: Speaker[] = [];
    for (const speaker of speakers) {
      const held = keysOf(speaker)
        .map((key) => this.reading.get(key))
        .find(Boolean);
      if (held) {
        ids.set(speaker.id, held.id);
        continue;
      }
      const added = { ...speaker, id: this.freeId(speaker.id) };
      ids.set(speaker.id, added.id);
      this.remember(added);
      joined.push(added);
    }
    for (const speaker of joined) {
      speaker.memberOf = speaker.memberOf.flatMap((id) => (ids.has(id) ? [ids.get(id)!] : []));
    }
    this.adopted.push(...joined);
    return ids;
  }

  /** Speakers `adopt` added, not yet taken with `takeAdopted`. */
  takeAdopted(): Speaker[] {
    return this.adopted.splice(0);
  }

  /** A known speaker by id (a body an unnamed source speaks for), added when new. */
  knownSpeaker(id: string): { speaker: Speaker; added: Speaker[] } | null {
    const speaker = this.knownById.get(id);
    if (!speaker) return null;
    if (this.ids.has(id)) return { speaker, added: [] };
    const added = this.withBodies(speaker);
    for (const each of added) this.remember(each);
    return { speaker, added };
  }

  /** The speaker and the bodies it is a member of (transitively), those not yet in the set. */
  private withBodies(speaker: Speaker): Speaker[] {
    const found: Speaker[] = [];
    const visit = (s: Speaker) => {
      if (this.ids.has(s.id) || found.some((f) => f.id === s.id)) return;
      found.push(s);
      for (const id of s.memberOf) {
        const body = this.knownById.get(id);
        if (body) visit(body);
      }
    };
    visit(speaker);
    // Memberships whose body is unknown here would not validate on export: dropped.
    return found.map((s) => ({
      ...s,
      memberOf: s.memberOf.filter((id) => this.knownById.has(id)),
    }));
  }

  private remember(speaker: Speaker): void {
    this.ids.add(speaker.id);
    for (const key of keysOf(speaker)) if (!this.reading.has(key)) this.reading.set(key, speaker);
  }

  private freeId(base: string): string {
    if (!this.ids.has(base)) return base;
    for (let n = 2; ; n++) if (!this.ids.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
