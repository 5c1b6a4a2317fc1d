// Synthetic reference sets of any size, the same on every run: statements
// drawn from a Zipf-distributed vocabulary whose head is the words of our own
// seed articles (data/seeds) and whose tail is made-up words, so the
// vocabulary keeps growing with the set as real text does (Heaps' law). Every
// kind of statement, date precision and a stance topic occur, so validation
// and import see the whole format. The scale and reference-set benchmarks use
// it, and the end-to-end tests import one as the "large file" (written to a
// temporary file, never committed).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Mulberry32: a small seeded PRNG, so every run builds the same sets. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo bu ka ke ki ko ku ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu la le li lo lu da de di do du ga ge gi go gu pa pe pi po pu va ve vi vo vu an en in on un ar er ir or ur'.split(
    ' ',
  );

async function seedWords() {
  const dir = path.join(root, 'data/seeds');
  const counts = new Map();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt'))) {
    for (const word of (await readFile(path.join(dir, file), 'utf8')).match(/[\p{L}’'-]+/gu) ??
      []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** A generator of statement-like sentences over a vocabulary of `vocabularySize` words. */
export async function sentenceMaker(seed, vocabularySize = 200_000) {
  const rand = random(seed);
  const head = await seedWords();
  const vocabulary = [...head];
  while (vocabulary.length < vocabularySize) {
    let word = '';
    const syllables = 2 + Math.floor(rand() * 3);
    for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    vocabulary.push(rand() < 0.15 ? word[0].toUpperCase() + word.slice(1) : word);
  }
  // Zipf with exponent ~1: rank r drawn with probability proportional to 1/r.
  const logSize = Math.log(vocabulary.length + 1);
  const word = () =>
    vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(rand() * logSize)) - 1)];
  const sentence = (min, max) => {
    const length = min + Math.floor(rand() * (max - min + 1));
    const words = [];
    for (let i = 0; i < length; i++)
      words.push(rand() < 0.04 ? String(Math.floor(rand() * 2000)) : word());
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  return { rand, sentence };
}

const pad = (n) => String(n).padStart(2, '0');

const KINDS = ['quote', 'quote', 'paraphrase', 'claim'];
const POSITIONS = ['refuses', 'conditional', 'open'];

export async function syntheticRefSet(size, seed = 1) {
  const { rand, sentence } = await sentenceMaker(seed);
  const speakers = Array.from({ length: Math.max(10, Math.round(size / 50)) }, (_, i) => ({
    id: `speaker-${i}`,
    name: sentence(2, 3).slice(0, -1),
    aliases: [],
    kind: i % 10 === 0 ? 'government' : 'person',
    memberOf: i % 10 === 0 ? [] : [`speaker-${i - (i % 10)}`],
    description: '',
  }));
  const statements = Array.from({ length: size }, (_, i) => {
    const year = 2010 + Math.floor(rand() * 15);
    const precision = rand();
    const date =
      precision < 0.1
        ? null
        : precision < 0.2
          ? `${year}`
          : precision < 0.35
            ? `${year}-${pad(1 + Math.floor(rand() * 12))}`
            : `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    return {
      id: `st-${i}`,
      speakerId: rand() < 0.9 ? speakers[Math.floor(rand() * speakers.length)].id : null,
      text: sentence(12, 40),
      kind: KINDS[i % KINDS.length],
      date,
      context: sentence(5, 12),
      source: {
        title: sentence(5, 10),
        outlet: `Outlet ${i % 40}`,
        url: `https://example.org/${i}`,
      },
      topics: i % 2 === 0 ? ['talks'] : [],
      stance: i % 4 === 0 ? { talks: POSITIONS[Math.floor(rand() * POSITIONS.length)] } : {},
    };
  });
  return {
    format: 'backstory-refset',
    version: 1,
    id: `synthetic-${size}`,
    title: `Synthetic ${size}`,
    speakers,
    statements,
    topics: [{ id: 'talks', label: 'Talks', positions: POSITIONS }],
  };
}
