/**
 * The index's terms, stored so that loading costs nothing: one string of all
 * terms, their offsets, and an open-addressing hash table of term ids. No
 * Map of 100,000+ strings is rebuilt when an index is loaded from storage;
 * a lookup hashes the term and compares it in place.
 */

export interface StoredVocabulary {
  /** Every term, concatenated in id order. */
  terms: string;
  /** `termOffsets[id]..termOffsets[id + 1]` spans term `id` in `terms`; id 0 is reserved. */
  termOffsets: Uint32Array;
  /** Power-of-two table of term ids (0 = empty), linear probing on an FNV-1a hash. */
  table: Uint32Array;
}

function hash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Builds the stored form from terms in id order (terms[0] is the reserved empty term). */
export function storeVocabulary(terms: readonly string[]): StoredVocabulary {
  const termOffsets = new Uint32Array(terms.length + 1);
  let total = 0;
  for (let id = 0; id < terms.length; id++) {
    termOffsets[id] = total;
    total += terms[id]!.length;
  }
  termOffsets[terms.length] = total;
  let size = 8;
  while (size < terms.length * 2) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  for (let id = 1; id < terms.length; id++) {
    let slot = hash(terms[id]!) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id;
  }
  return { terms: terms.join(''), termOffsets, table };
}

/** Looks terms up in a stored vocabulary without rebuilding anything. */
export class Vocabulary {
  private readonly mask: number;

  constructor(private readonly stored: StoredVocabulary) {
    this.mask = stored.table.length - 1;
  }

  get size(): number {
    return this.stored.termOffsets.length - 1;
  }

  /** The term's id, or 0 when the index has never seen it. */
  id(term: string): number {
    const { terms, termOffsets, table } = this.stored;
    let slot = hash(term) & this.mask;
    for (;;) {
      const id = table[slot]!;
      if (id === 0) return 0;
      const start = termOffsets[id]!;
      if (termOffsets[id + 1]! - start === term.length && terms.startsWith(term, start)) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  term(id: number): string {
    return this.stored.terms.slice(this.stored.termOffsets[id], this.stored.termOffsets[id + 1]);
  }
}
