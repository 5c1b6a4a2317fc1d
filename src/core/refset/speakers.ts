/**
 * Speakers and ids for converted sets: the same name always gets the same
 * speaker, and ids come from content, so importing the same file twice gives
 * the same ids (notes and enable/disable state keyed by id survive re-imports).
 */
import type { Speaker, SpeakerKind } from './types.ts';

/** cyrb53: a fast 53-bit string hash; collisions at 100,000 items are about one in two million. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/** Lower-case letters and digits joined by hyphens; letters of any script are kept. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Gives each base id a suffix from its second use on (`x`, `x-2`, `x-3`). */
export class UniqueIds {
  private readonly used = new Map<string, number>();

  take(base: string): string {
    let count = this.used.get(base) ?? 0;
    let id = base;
    while (this.used.has(id)) id = `${base}-${++count + 1}`;
    this.used.set(base, count);
    this.used.set(id, 0);
    return id;
  }
}

/** The form under which two spellings of a name count as the same speaker. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** Collects the speakers a converter meets, once each, in order of first appearance. */
export class SpeakerRegistry {
  private readonly byKey = new Map<string, Speaker>();
  private readonly ids = new UniqueIds();

  /** The id of the speaker with this name, registering it on first sight. */
  resolve(
    name: string,
    kind: SpeakerKind,
    details: { aliases?: string[]; description?: string } = {},
  ): string {
    const key = nameKey(name);
    const known = this.byKey.get(key);
    if (known) {
      for (const alias of details.aliases ?? []) {
        if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
      }
      if (!known.description && details.description) known.description = details.description;
      return known.id;
    }
    const id = this.ids.take(slugify(name) || `speaker-${hash53(key)}`);
    const aliases = [...new Set(details.aliases ?? [])].filter((alias) => alias !== name);
    this.byKey.set(key, {
      id,
      name,
      aliases,
      kind,
      memberOf: [],
      description: details.description ?? '',
    });
    return id;
  }

  list(): Speaker[] {
    return [...this.byKey.values()];
  }
}
