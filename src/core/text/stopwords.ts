/**
 * English stop words for retrieval: words that say nothing about what a
 * statement is about. Tokens are folded before the lookup (lower case, no
 * apostrophes), so contractions appear here without theirs ("dont").
 *
 * Deliberately short: negations ("not", "no", "never") are here because they
 * do not help find a statement, but the words that carry a topic or a
 * position ("against", "deal", "talks", "said") are not; rarity (idf)
 * already discounts words that are merely frequent in one set. The tokenizer
drops the short contractions ('s, 'd, 'll, 've, 're, 'm) and joins n't, so
only the n't forms are listed; "amp", "rt" and "via" are what tweets leave.
 */
const WORDS = `
a about above after again all also am an and any are as at
be because been before being below between both but by
can cannot could
did do does doing done down during
each either
few for from further
had has have having he her here hers herself him himself his how however
i if in into is it its itself
just
me more most my myself
neither nor no not now
of off on once only or other our ours ourselves out over own
same she should so some such
than that the their theirs them themselves then there these they this those through to too
under until up upon
very
was we were what when where which while who whom whose why will with would
yet you your yours yourself yourselves
dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt cant couldnt wouldnt shouldnt
wont
amp rt via
`;

/** The stop-word set, folded as the tokenizer folds (see tokenize.ts). */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
