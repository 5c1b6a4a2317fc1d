// A synthetic reference set of any size, the same on every run: the
// benchmarks time it, and the end-to-end tests import it as the "large file"
// (written to a temporary file, never committed).

/** A deterministic pseudo-random source, so every run measures the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'dialogue talks sanctions relief missile launch nuclear program summit negotiations pressure security ' +
  'alliance deterrence peninsula ministry statement government officials denuclearization satellite drills ' +
  'cooperation tensions diplomacy concessions verification freeze economy aid border military exercises ' +
  'ceasefire agreement proposal conditions principles stability region regime delegation envoy election'
).split(' ');

export function generateRefSet(count) {
  const next = random(count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const governments = Array.from({ length: 20 }, (_, i) => ({
    id: `gov-${i}`,
    name: `Government ${i}`,
    aliases: [`Capital ${i}`],
    kind: 'government',
    memberOf: [],
    description: '',
  }));
  const people = Array.from({ length: Math.max(10, Math.round(count / 50)) }, (_, i) => ({
    id: `person-${i}`,
    name: `Speaker Number ${i}`,
    aliases: [`S. Number ${i}`],
    kind: 'person',
    memberOf: [`gov-${i % 20}`],
    description: 'An official.',
  }));
  const speakers = [...governments, ...people];
  const statements = Array.from({ length: count }, (_, i) => {
    const year = 2000 + Math.floor(next() * 25);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    return {
      id: `st-${i}`,
      speakerId: next() < 0.9 ? pick(speakers).id : null,
      kind: pick(['quote', 'paraphrase', 'claim']),
      text: sentence(8 + Math.floor(next() * 30)),
      date: next() < 0.8 ? `${year}-${month}-${day}` : null,
      context: sentence(6),
      source: {
        title: sentence(7),
        outlet: `Outlet ${i % 40}`,
        url: `https://news.example/${year}/${i}`,
      },
      topics: next() < 0.5 ? ['talks'] : [],
      stance: {},
    };
  });
  for (const statement of statements) {
    if (statement.topics.length && next() < 0.5)
      statement.stance = { talks: pick(['refuses', 'conditional', 'open']) };
  }
  return {
    format: 'backstory-refset',
    version: 1,
    id: `synthetic-${count}`,
    title: `Synthetic set of ${count} statements`,
    topics: [{ id: 'talks', label: 'Talks', positions: ['refuses', 'conditional', 'open'] }],
    speakers,
    statements,
  };
}
