/**
 * The forms of English verbs as news writes them ("say", "says", "said",
 * "saying"), so word lists can be kept as base forms and matched as written.
 */

/** Forms the regular rules get wrong, by base form. */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing', 'written'],
  begin: ['begins', 'began', 'beginning', 'begun'],
  think: ['thinks', 'thought', 'thinking'],
  read: ['reads', 'reading'],
  put: ['puts', 'putting'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  speak: ['speaks', 'spoke', 'speaking', 'spoken'],
  fall: ['falls', 'fell', 'falling', 'fallen'],
  rise: ['rises', 'rose', 'rising', 'risen'],
  grow: ['grows', 'grew', 'growing', 'grown'],
  shrink: ['shrinks', 'shrank', 'shrinking', 'shrunk'],
  win: ['wins', 'won', 'winning'],
  lose: ['loses', 'lost', 'losing'],
  pay: ['pays', 'paid', 'paying'],
  spend: ['spends', 'spent', 'spending'],
  sell: ['sells', 'sold', 'selling'],
  buy: ['buys', 'bought', 'buying'],
  meet: ['meets', 'met', 'meeting'],
  strike: ['strikes', 'struck', 'striking'],
  shoot: ['shoots', 'shot', 'shooting'],
  flee: ['flees', 'fled', 'fleeing'],
  build: ['builds', 'built', 'building'],
  freeze: ['freezes', 'froze', 'freezing', 'frozen'],
  seek: ['seeks', 'sought', 'seeking'],
  withdraw: ['withdraws', 'withdrew', 'withdrawing', 'withdrawn'],
  overtake: ['overtakes', 'overtook', 'overtaking', 'overtaken'],
  cut: ['cuts', 'cutting'],
  shut: ['shuts', 'shutting'],
  hit: ['hits', 'hitting'],
  set: ['sets', 'setting'],
  quit: ['quits', 'quitting'],
  lead: ['leads', 'led', 'leading'],
  hold: ['holds', 'held', 'holding'],
  leave: ['leaves', 'left', 'leaving'],
  send: ['sends', 'sent', 'sending'],
  bring: ['brings', 'brought', 'bringing'],
  give: ['gives', 'gave', 'giving', 'given'],
  take: ['takes', 'took', 'taking', 'taken'],
  break: ['breaks', 'broke', 'breaking', 'broken'],
  choose: ['chooses', 'chose', 'choosing', 'chosen'],
  find: ['finds', 'found', 'finding'],
  found: ['founds', 'founded', 'founding'],
  forecast: ['forecasts', 'forecasting'],
};

/** The inflections of a regular verb: third person, past, present participle. */
function regularForms(base: string): string[] {
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const consonantY = /[^aeiou]y$/.test(base);
  const third = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : consonantY
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const past = base.endsWith('e')
    ? `${base}d`
    : consonantY
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`;
  const forms = [third, past, `${stem}ing`];
  // admit, admitted: a final consonant after one vowel may double (extra forms are harmless).
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) {
    const last = base[base.length - 1];
    forms.push(`${base}${last}ed`, `${base}${last}ing`);
  }
  return forms;
}

/** Every written form of the verbs, mapped to its base; `withBase` false leaves base forms out. */
export function verbForms(
  bases: Iterable<string>,
  withBase: (base: string) => boolean = () => true,
): Map<string, string> {
  const forms = new Map<string, string>();
  for (const base of bases) {
    for (const form of IRREGULAR[base] ?? regularForms(base)) forms.set(form, base);
    if (withBase(base)) forms.set(base, base);
  }
  return forms;
}
