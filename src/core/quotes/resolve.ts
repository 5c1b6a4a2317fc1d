// Resolution of a speaker phrase to the speaker the article means, through
// its cast: names to their fullest form, pronouns and descriptions to whom
// they point back to.
import type { Cast } from './cast.ts';
import { ORGANISATION_WORDS, PRONOUNS, SOURCE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import type { Attribution, SpeakerPhrase } from './model.ts';
import type { Name } from './names.ts';

/**
 * The fullest name the article gives for a speaker phrase read in paragraph
 * `paragraph`: names resolved to their fullest form, pronouns to the person
 * or organisation they mean, "the president" to the president named before;
 * other descriptions stand as the article gives them.
 */
export function speakerOf(
  cast: Cast,
  phrase: SpeakerPhrase,
  paragraph: number,
): { speaker: string | null; kind: Attribution['kind'] } {
  const at = phrase.start;
  let speaker: string | null = null;
  let kind: Attribution['kind'] = null;
  switch (phrase.kind) {
    case 'name': {
      const { name } = phrase;
      if (name.joint) return jointSpeaker(cast, phrase, name.joint);
      // "New signs in stores appeared": a sentence's first word, not a name.
      if (name.kind === 'unknown' && cast.isCommonWord(name.text)) {
        const lowered = name.text.toLowerCase();
        return SOURCE_NOUNS.has(lowered)
          ? { speaker: name.text, kind: 'description' }
          : { speaker: null, kind: null };
      }
      speaker = cast.resolveName(name, at);
      // "the White House", however the sentence began.
      if (name.kind === 'organisation' && phrase.withThe) speaker = `the ${speaker}`;
      kind = name.kind;
      break;
    }
    case 'pronoun': {
      const meaning = PRONOUNS.get(phrase.pronoun);
      if (meaning === 'male' || meaning === 'female') {
        speaker = cast.resolvePerson(meaning, at, paragraph);
        kind = 'person';
      } else if (meaning === 'group' || meaning === 'thing') {
        speaker = cast.resolveGroup(at, paragraph);
        kind = 'organisation';
      }
      break;
    }
    case 'description': {
      // "the president" after "President Obama"; "the mother" after "her mother, Fiona".
      const definite = /^(?:the|her|his|their)\s/i.test(phrase.text);
      const person = definite
        ? ((TITLE_WORDS.has(phrase.head) ? cast.resolveTitle(phrase.head, at) : null) ??
          cast.resolveRole(phrase.head, at))
        : null;
      // "the conservation department" after "the New Zealand Department of Conservation".
      const organisation =
        definite && !person ? cast.resolveOrganisation(phrase.text, at, paragraph) : null;
      // "His deputy spokesman", "the spokesperson": whoever speaks for the body quoted before;
      // "Valdoria’s envoy to the United Nations" speaks for Valdoria.
      const represents = REPRESENTATIVES.has(phrase.head);
      const body =
        represents && !person && !organisation
          ? (ownerOf(phrase.text) ??
            (definite || /^its\s/i.test(phrase.text) ? cast.lastBodySpeaker(at, paragraph) : null))
          : null;
      // "the official" after "a senior administration official said".
      const described =
        definite && !person && !organisation && !body
          ? cast.resolveDescribed(phrase.head, at, paragraph)
          : null;
      speaker = person ?? organisation ?? body ?? described ?? phrase.text;
      // "Rovania’s foreign ministry": a body, however the article phrased it.
      kind = person
        ? 'person'
        : organisation || body || ORGANISATION_WORDS.has(phrase.head)
          ? 'organisation'
          : 'description';
      break;
    }
    case 'coordinate':
      break;
  }
  return { speaker, kind };
}

/** People who speak for a body or a country rather than for themselves. */
const REPRESENTATIVES = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'envoy',
  'ambassador',
  'representative',
  'delegate',
  'delegation',
]);

/** The capitalised owner a description opens with: "Valdoria’s envoy …" is Valdoria's. */
function ownerOf(description: string): string | null {
  const owner = /^((?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*)['’]s\s/u.exec(description);
  return owner ? owner[1]! : null;
}

/**
 * "Ruiz and Reyes said": two people the article knows speak together, and
 * are both the speaker ("Ana Ruiz and Tom Reyes": crediting one would put
 * joint words in one mouth). Names that are not both people's are one
 * organisation's ("Procter and Gamble").
 */
function jointSpeaker(
  cast: Cast,
  phrase: Extract<SpeakerPhrase, { kind: 'name' }>,
  joint: NonNullable<Name['joint']>,
): { speaker: string | null; kind: Attribution['kind'] } {
  const first = cast.personFor(phrase.name, phrase.start);
  const second = cast.personFor(joint.partner, phrase.start);
  if (first && second) return { speaker: `${first} and ${second}`, kind: 'group' };
  return { speaker: phrase.withThe ? `the ${joint.text}` : joint.text, kind: 'organisation' };
}
