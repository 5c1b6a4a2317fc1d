// How found quotations are scored against labelled ones.
import { createHash } from 'node:crypto';

/** The first 12 hex digits of a span's SHA-256: enough to notice that extraction drifted. */
export const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The share of a labelled span that a found span covers. */
function coverage(truth, found) {
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
