/**
 * Spellings of one word that an article and a set may not share: British and
 * American forms (denuclearisation, programme), derivations that mean the same
 * thing here (diplomacy and diplomatic, threat and threaten), and
 * transliterations of Korean places (Pyeongyang). Applied to words before
 * stemming and to stems after it, on both sides of a match, so a rule can only
 * merge two forms, never lose a word.
 */

/** British spellings that stemming does not bring together with the American ones. */
const WORDS = new Map<string, string>(
  Object.entries({
    programme: 'program',
    programmes: 'programs',
    defence: 'defense',
    offence: 'offense',
    licence: 'license',
    centre: 'center',
    centres: 'centers',
    dialog: 'dialogue',
    pyeongyang: 'pyongyang',
    panmunjeom: 'panmunjom',
    gaeseong: 'kaesong',
    yeongbyeon: 'yongbyon',
    nyongbyon: 'yongbyon',
  }),
);

/** -our words (colour, behaviour): the list, since "four", "hour" and "tour" must stay. */
const OUR_WORDS = new Set(
  'colour favour honour labour behaviour neighbour harbour rumour endeavour vigour armour humour savour'.split(
    ' ',
  ),
);

/** Verbs in -en whose noun or adjective carries the meaning (threaten -> threat). */
const EN_VERBS = new Set(
  'threaten strengthen weaken heighten worsen tighten broaden deepen lessen harden soften widen'.split(
    ' ',
  ),
);

/** A word's spelling as the index keeps it, before stemming. */
export function normaliseWord(word: string): string {
  const known = WORDS.get(word);
  if (known) return known;
  // organisation, normalised, realising: -is- between a vowel-led stem and an ending.
  const ised = /^(.{3,}[aeiou][a-z]*?)is(ation|ations|e|ed|es|ing|er|ers)$/.exec(word);
  if (ised && word.length >= 7) return `${ised[1]}iz${ised[2]}`;
  const our = /^([a-z]+our)(s|ed|ing|able|ite|ites)?$/.exec(word);
  if (our && OUR_WORDS.has(our[1]!)) return `${our[1]!.slice(0, -2)}r${our[2] ?? ''}`;
  const en = /^([a-z]+en)(s|ed|ing)?$/.exec(word);
  if (en && EN_VERBS.has(en[1]!)) return en[1]!.slice(0, -2);
  return word;
}

/** A stem as the index keeps it: -acy nouns meet their -at- family (diplomacy, diplomatic). */
export function normaliseStem(term: string): string {
  return term.endsWith('aci') && term.length > 5 ? `${term.slice(0, -3)}at` : term;
}
