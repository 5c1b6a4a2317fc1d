// How found quotations are scored against labelled ones.
import { createHash } from 'node:crypto';

/** The first 12 hex digits of a span's SHA-256: enough to notice that extraction drifted. */
export const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The share of a labelled span that a found span covers. */
export function coverage(truth, found) {
  const overlap = Math.min(truth.end, found.end) - Math.max(truth.start, found.start);
  return overlap > 0 ? overlap / (truth.end - truth.start) : 0;
}

/**
 * Pairs labelled and found quotes one to one: a found quote counts for a
 * labelled one when it covers at least 80% of it; each labelled quote takes
 * the unpaired found quote that covers most of it.
 */
export function matchQuotes(truths, found, threshold = 0.8) {
  const used = new Set();
  const pairs = [];
  const missed = [];
  for (const truth of truths) {
    let best = null;
    let bestCoverage = threshold;
    for (const quote of found) {
      if (used.has(quote)) continue;
      const c = coverage(truth, quote);
      if (c >= bestCoverage) {
        best = quote;
        bestCoverage = c;
      }
    }
    if (best) {
      used.add(best);
      pairs.push([truth, best]);
    } else {
      missed.push(truth);
    }
  }
  return { pairs, missed, extra: found.filter((quote) => !used.has(quote)) };
}

/** A name as compared: no accents, case, periods, curly apostrophes or leading "the". */
export function normaliseName(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameSpeaker(found, truth) {
  if (!found) return false;
  const name = normaliseName(found);
  return [truth.speaker, ...(truth.alternatives ?? [])].some((n) => normaliseName(n) === name);
}

/**
 * Finds labels written as text (tests/fixtures/reading) in an article's text:
 * `text` is a quotation's exact words, `opening` … `closing` one that runs over
 * several paragraphs. Each is looked for after the previous label's start, so
 * repeated words label their occurrences in order. Throws, naming the label,
 * when one is not in the text.
 */
export function locateLabels(text, labels) {
  let from = 0;
  return labels.map((label) => {
    const first = label.text ?? label.opening;
    const start = first === undefined ? -1 : text.indexOf(first, from);
    const last = label.text === undefined ? label.closing : '';
    const close = start < 0 || last === undefined ? -1 : text.indexOf(last, start);
    if (close < 0) {
      throw new Error(`label not in the article text: ${JSON.stringify(first ?? label)}`);
    }
    from = start + 1;
    const end = label.text === undefined ? close + last.length : start + label.text.length;
    return { start, end, speaker: label.speaker, alternatives: label.alternatives ?? [] };
  });
}
