import { verbForms } from '../text/inflect.ts';
import type { Paragraph } from '../text/paragraphs.ts';
import type { Span } from '../text/sentences.ts';
import { isCapitalised, type Word } from '../text/words.ts';

/** A sentence of the article, with its words and the paragraph it belongs to. */
export interface SentenceText {
  span: Span;
  words: Word[];
  paragraph: Paragraph;
}

/**
 * The sentences worth checking: those that assert something a reader could
 * verify (an event, a number, a date, a cause, a government's position),
 * not opinion, questions, page furniture, or the article's quotations
 * (which are findings of their own). Each sentence scores by what it
 * carries; those that reach the threshold are claims.
 */
export function findClaims(
  text: string,
  sentences: readonly SentenceText[],
  quoted: (offset: number) => boolean,
): Span[] {
  return sentences
    .filter((sentence) => score(text, sentence, quoted) >= THRESHOLD)
    .map((s) => s.span);
}

/** The score a sentence needs: two independent signs of something checkable. */
const THRESHOLD = 3;
const MIN_WORDS = 6;
const QUOTED_SHARE = 0.4;
const MAX_WORDS = 80;

const NUMBER_WORDS =
  /^(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|twice|percent|per cent)$/i;
const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
const TIME_PHRASES =
  /\b(?:last|next|this|recent|coming) (?:week|month|year|spring|summer|autumn|fall|winter|months|weeks|years)\b|\b(?:yesterday|today|tonight|earlier this|in recent|decades?|centur(?:y|ies))\b/i;

/** Verbs that report an event or a measurable change, in every written form. */
const EVENT_VERBS = verbForms(
  `kill die wound injure rise fall increase decrease grow shrink double triple halve launch fire
  sign pass vote approve reject impose lift order arrest charge convict sentence attack invade
  elect win lose test collapse withdraw condemn record spend cost pay raise cut ban seize storm
  open close agree refuse announce confirm report release publish rule fine sue acquire buy sell
  merge resign appoint hire visit meet suspend resume expand reduce decline surge drop reach
  exceed overtake destroy damage strike crash explode evacuate detain deport sanction veto
  ratify block shut strand beach shoot bomb capture occupy flee escape demolish build found
  kidnap rescue deploy dispatch shun dash end begin start halt stop freeze unveil fail succeed
  import export produce`
    .trim()
    .split(/\s+/),
);

/** Verbs of a government or an institution taking a position, in every written form. */
const POSITION_VERBS = verbForms(
  `say state declare announce reject condemn urge warn insist refuse pledge vow demand call
  accuse deny confirm rule decide threaten promise express reiterate support oppose back welcome
  dismiss criticize criticise denounce emphasize emphasise stress signal indicate propose offer
  decline seek maintain`
    .trim()
    .split(/\s+/),
);
const INSTITUTIONS =
  /\b(?:governments?|ministr(?:y|ies)|administrations?|departments?|agenc(?:y|ies)|councils?|parliaments?|congress|senate|courts?|police|military|army|regimes?|white house|kremlin|pentagon|united nations|commissions?|authorities|officials?|leaders?|lawmakers|spokes(?:man|woman|person))\b/i;

const hasVerb = (words: Word[], verbs: Map<string, string>) =>
  words.some((w) => verbs.has(w.text) && /^\p{Ll}/u.test(w.text));

const CAUSAL =
  /\b(?:because|due to|caused|causes|led to|leads to|as a result|result of|blamed|linked to|triggered|so that|owing to|thanks to)\b/i;
const COMPARISON =
  /\b(?:more than|less than|fewer than|at least|as many as|most|least|largest|biggest|highest|lowest|first time|record|only|worst|best|fastest|slowest)\b/i;
const HEDGES =
  /\b(?:may|might|could|perhaps|possibly|maybe|seems?|appears?|i think|we think|in my view|should)\b/i;
const FURNITURE =
  /^(?:read more|related|advertisement|sign up|subscribe|follow|share|photo|image|credit|copyright|click|watch|listen|continue reading|order reprints)\b|contributed to this report|is a (?:reporter|correspondent|columnist|writer)\b|appears in print|©/i;

function score(
  text: string,
  { span, words, paragraph }: SentenceText,
  quoted: (offset: number) => boolean,
): number {
  const sentence = text.slice(span.start, span.end);
  const lettered = words.filter((w) => w.kind === 'word');
  if (lettered.length < MIN_WORDS || lettered.length > MAX_WORDS) return 0;
  if (paragraph.kind === 'heading' || paragraph.kind === 'caption' || paragraph.kind === 'code')
    return 0;
  if (FURNITURE.test(sentence) || sentence.endsWith('?')) return 0;
  // A sentence that is mostly a quotation, or opens with one, is that quotation's finding.
  const inQuote = lettered.filter((w) => quoted(w.start)).length;
  if (inQuote > lettered.length * QUOTED_SHARE || quoted(words[0]!.start)) return 0;

  let points = 0;
  if (lettered.some((w) => /\d/.test(w.text) || NUMBER_WORDS.test(w.text))) points += 2;
  if (lettered.some((w) => MONTHS.test(w.text)) || TIME_PHRASES.test(sentence)) points += 1;
  if (lettered.some((w, k) => k > 0 && isCapitalised(w.text) && !quoted(w.start))) points += 1;
  if (hasVerb(lettered, EVENT_VERBS)) points += 1;
  if (CAUSAL.test(sentence)) points += 1;
  if (COMPARISON.test(sentence)) points += 1;
  // A government's or an institution's position: who (named, or an institution) and a stance.
  const actor = INSTITUTIONS.test(sentence) || isCapitalised(lettered[0]?.text ?? '');
  if (actor && hasVerb(lettered, POSITION_VERBS)) points += 1;
  if (HEDGES.test(sentence)) points -= 1;
  if (/^(?:i|we|you)\b/i.test(sentence)) points -= 1;
  return points;
}
