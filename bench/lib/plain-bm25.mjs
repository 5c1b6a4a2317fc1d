// The yardstick the CLEF organisers used: plain BM25 (k1 1.2, b 0.75) over a
// statement's text and context, with a standard analyzer: lower case, split on
// anything but letters and digits, no stemming, no stop words.
const analyze = (text) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function plainBm25(set, { k1 = 1.2, b = 0.75 } = {}) {
  const postings = new Map();
  const lengths = [];
  set.statements.forEach((s, d) => {
    const terms = analyze(`${s.text} ${s.context}`);
    lengths.push(terms.length);
    const tf = new Map();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t).push([d, n]);
    }
  });
  const count = lengths.length;
  const average = lengths.reduce((a, n) => a + n, 0) / count;
  return (query, top) => {
    const scores = new Map();
    for (const t of analyze(query)) {
      const list = postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (count - list.length + 0.5) / (list.length + 0.5));
      for (const [d, n] of list) {
        const s = (idf * n * (k1 + 1)) / (n + k1 * (1 - b + (b * lengths[d]) / average));
        scores.set(d, (scores.get(d) ?? 0) + s);
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1])
      .slice(0, top)
      .map(([d, score]) => ({ id: set.statements[d].id, score }));
  };
}
