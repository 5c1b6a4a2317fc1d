import { firstIndex } from '../text/search.ts';
import type { Word } from '../text/words.ts';
import {
  CUE_VERBS,
  DETERMINERS,
  FEMALE_ROLES,
  MALE_ROLES,
  ORGANISATION_WORDS,
  PLACES,
  SOURCE_NOUNS,
  TITLE_WORDS,
  VERB_MODIFIERS,
} from './lexicon.ts';
import type { Entity, Mention, ParagraphText, SpeakerKind } from './model.ts';
import { type Name, readName } from './names.ts';

/** How far back (in paragraphs) a pronoun looks for who it means. */
const PRONOUN_REACH = 3;
/** How far back (in paragraphs) the passage a pronoun sits in is read for whom it is about. */
const TOPIC_REACH = 6;
/**
 * Bounds on every look-up, so that hostile text (thousands of names sharing
 * a word) costs linear time: the entities sharing a word that are compared,
 * and the mentions or speakers looked back over.
 */
const MAX_SHARING = 64;
const MAX_LOOKBACK = 400;

/** Organisations a bare "the …" means unambiguously in a story: "the agency", "the ministry". */
const INSTITUTIONS = new Set(
  `agency ministry department commission council committee institute bureau office service court
  parliament government administration police army navy university board authority embassy
  secretariat senate congress`.split(/\s+/),
);

/** Bodies a bare "the …" may mean besides the institutions: "the company", "the club". */
const BODIES = new Set(
  `company firm club group team organisation organization business carrier airline retailer
  manufacturer maker lender insurer bank charity network broadcaster regulator watchdog`.split(
    /\s+/,
  ),
);

/** Bodies a bare "the …" names by kind alone: "the group" after "the Forward Ohio Coalition". */
const GENERIC_BODIES = new Set(['group', 'organisation', 'organization', 'body', 'coalition']);

/** How many paragraphs back a bare "the company" looks for the body it means. */
const BODY_REACH = 2;

/** A heading this long is a lead paragraph set as a heading, not a heading. */
const SHORT_HEADING = 12;

/**
 * Pronouns that point back to a sentence's subject. Objects ("him", "her")
 * more often mean someone else: "Rothman reached out to her".
 */
const HE = new Set(['he', 'his', 'himself']);
const SHE = new Set(['she', 'herself']);

/** The gender a subject pronoun gives ("he", "She"), else null. */
function subjectPronoun(word: string): 'male' | 'female' | null {
  const lower = word.toLowerCase();
  return lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
}

const key = (tokens: string[]) => tokens.join(' ').toLowerCase();

/**
 * The cast of an article: every name it gives, who each short name or
 * pronoun most likely means, and who has spoken. Names are gathered once, in
 * a pass over the whole text; speakers are added as attribution proceeds.
 */
export class Cast {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  /** Person entities by each of their lowercased words. */
  private readonly byToken = new Map<string, Entity[]>();
  /** Role nouns the article puts in apposition to a name: "her mother, Fiona," (mother -> Fiona). */
  private readonly roles = new Map<string, Entity>();
  /** Words the article writes in lowercase somewhere: "New signs …" starts with no name. */
  private readonly lowercase = new Set<string>();
  /** Unnamed sources as the reporter introduces them: "One official in Warsaw was blunter." */
  private readonly described: { text: string; head: string; at: number; paragraph: number }[] = [];
  private readonly speakers: {
    name: string;
    kind: SpeakerKind;
    at: number;
    paragraph: number;
    gender: 'male' | 'female' | null;
  }[] = [];

  constructor(paragraphs: readonly ParagraphText[], isQuoted: (offset: number) => boolean) {
    paragraphs.forEach(({ paragraph, words, sentences }, index) => {
      // A headline in title case names nobody: "Kim Jong-un Signals Openness to Talks".
      if (isTitleCaseLine(words)) return;
      const aside =
        paragraph.kind === 'caption' ||
        (paragraph.kind === 'heading' && words.length <= SHORT_HEADING);
      let sentence = 0;
      // The sentence's first name, and the person whose pronouns count until someone else is named.
      let named = false;
      let subject: Entity | null = null;
      let pronoun: 'male' | 'female' | null = null;
      for (let i = 0; i < words.length; ) {
        const word = words[i]!;
        while (sentence < sentences.length - 1 && word.start >= sentences[sentence]!.end) {
          sentence++;
          named = false;
          subject = null;
          pronoun = null;
        }
        const quoted = isQuoted(word.start);
        if (word.kind === 'word' && /^\p{Ll}/u.test(word.text)) this.lowercase.add(word.text);
        if (word.text === ';') {
          // "Park said she was hopeful; Reyes said he was not": a new clause, a new subject.
          named = false;
          subject = null;
          pronoun = null;
        }
        // Only a sentence's first word: "While he doesn’t …, Bassi keeps" is about Bassi.
        if (!quoted && word.start === sentences[sentence]?.start)
          pronoun = subjectPronoun(word.text);
        if (!quoted && subject) this.countPronoun(subject, word.text.toLowerCase());
        if (!quoted) {
          const description = describedSource(words, i);
          if (description) this.described.push({ ...description, paragraph: index });
        }
        const name = readName(words, i);
        if (!name) {
          i++;
          continue;
        }
        // Marcus “The Hammer” Dale: one name round a nickname.
        const full = name.kind === 'organisation' ? name : withNickname(words, name);
        // "Ruiz and Reyes": the second name is read in its turn.
        i = name.joint ? name.joint.partner.first : Math.max(full.next, i + 1);
        const registered = this.register(full);
        if (!registered) continue;
        // A short name counts for the person it means, so far as the article has gone.
        const entity =
          registered.kind === 'unknown'
            ? (this.personNamed(registered, name.start) ?? registered)
            : registered;
        if (!quoted && isFollowedByCue(words, name.next)) entity.speaks++;
        // "coach Pete Lamb", "researcher Dana Wu": a role before the name says it is someone's.
        if (!quoted && isRoleWord(words[name.first - 1])) entity.speaks++;
        if (name.kind !== 'organisation' && actsAlone(words, name.next)) this.markFirstName(name);
        const role = appositiveRole(words, name);
        if (!quoted && role && entity.kind !== 'organisation' && !this.roles.has(role)) {
          this.roles.set(role, entity);
        }
        // "her mother, Rosa,": the role says whether the pronouns to come can mean her.
        if (!quoted && role && MALE_ROLES.has(role)) entity.male += 2;
        if (!quoted && role && FEMALE_ROLES.has(role)) entity.female += 2;
        if (!quoted && entity.kind !== 'organisation') {
          if (role || describedAsSomeone(words, full.next)) entity.described = true;
          // "Norfield Southern, which operated the train": a thing, whatever its name looks like.
          else if (isThingAfter(words, full.next) && !isSomeone(entity))
            entity.kind = 'organisation';
        }
        // "Mark’s daughter, Lily,", "At St Aidan’s in Sunderland, the head, Claire Dobson,":
        // an owner or a place in a leading phrase is not what the sentence is about.
        const modifier = name.possessive || isPreposition(words[name.first - 1]);
        const first = !quoted && !named && !modifier && !pronoun;
        if (!quoted && !modifier) named = true;
        this.mentions.push({
          entity,
          start: name.start,
          end: name.end,
          paragraph: index,
          quoted,
          aside,
          subject: first,
          possessive: name.possessive,
          sentenceEnd: sentences[sentence]?.end ?? paragraph.end,
          afterPronoun: pronoun,
        });
        if (first && entity.kind !== 'organisation') subject = entity;
        else if (entity !== subject && entity.kind !== 'organisation' && !modifier) subject = null;
      }
    });
  }

  private countPronoun(subject: Entity, word: string): void {
    if (HE.has(word)) subject.male++;
    else if (SHE.has(word)) subject.female++;
  }

  private register(name: Name): Entity | null {
    const k = key(name.tokens);
    let entity = this.byKey.get(k);
    if (!entity && name.kind === 'person') {
      // A fuller or shorter form of a person already met ("Eugene Steuerle", "C. Eugene Steuerle").
      // A longer form must keep the surname: "Margaret Hamilton Lego" is no fuller Hamilton.
      entity = this.sharing(name.tokens).find(
        (e) =>
          containsRun(e.tokens, name.tokens) ||
          (containsRun(name.tokens, e.tokens) && sameLast(e.tokens, name.tokens)),
      );
      if (entity && name.tokens.length > entity.tokens.length) {
        entity.tokens = name.tokens;
        entity.name = name.text;
        this.byKey.set(k, entity);
        this.byName.set(entity.name, entity);
        this.index(entity);
      }
    }
    if (!entity) {
      entity = {
        name: name.text,
        tokens: name.tokens,
        kind: name.kind,
        firstSeen: name.start,
        titles: new Set(),
        male: 0,
        female: 0,
        speaks: 0,
        firstNameUsed: false,
        described: false,
        lastFull: name.start,
      };
      this.entities.push(entity);
      this.byKey.set(k, entity);
      this.byName.set(entity.name, entity);
      if (entity.kind === 'person') this.index(entity);
    }
    if (name.tokens.length === entity.tokens.length) entity.lastFull = name.start;
    for (const title of name.titles) entity.titles.add(title);
    if (name.gender === 'male') entity.male += 2;
    if (name.gender === 'female') entity.female += 2;
    return entity;
  }

  /** "Sarah studied …": a person's first name used on its own. */
  private markFirstName(name: Name): void {
    for (const person of this.sharing(name.tokens)) {
      if (startsWithRun(person.tokens, name.tokens) && !sameLast(person.tokens, name.tokens)) {
        person.firstNameUsed = true;
      }
    }
  }

  private index(entity: Entity): void {
    for (const token of entity.tokens) {
      const lowered = token.toLowerCase();
      const list = this.byToken.get(lowered) ?? [];
      if (list.length < MAX_SHARING && !list.includes(entity)) list.push(entity);
      this.byToken.set(lowered, list);
    }
  }

  /** Person entities that share a word with `tokens`. */
  private sharing(tokens: string[]): Entity[] {
    const found = new Set<Entity>();
    for (const token of tokens) {
      for (const entity of this.byToken.get(token.toLowerCase()) ?? []) found.add(entity);
    }
    return [...found];
  }

  /** Whether the article also writes this word in lowercase: a common word, capitalised to start a sentence. */
  isCommonWord(word: string): boolean {
    return this.lowercase.has(word.toLowerCase());
  }

  /**
   * The fullest name for a name read at `at`. A full name stands; a short one
   * ("Parata", "Fiona", "Kim") takes the person it is part of, introduced
   * before `at` if any, else later. Among several, a surname means the
   * first one introduced (the story's main bearer of it); a first name the
   * one who spoke or was named most recently.
   */
  resolveName(name: Name, at: number): string {
    if (name.kind === 'organisation') return name.text;
    const tokens = name.tokens.map((t) => t.toLowerCase());
    const candidates = this.sharing(name.tokens).filter(
      (e) => e.tokens.length > tokens.length && containsRun(e.tokens, name.tokens),
    );
    const entity = this.choose(candidates, tokens, at);
    return entity?.name ?? name.text;
  }

  /** The person a short name means, among those whose names contain it. */
  private choose(candidates: Entity[], tokens: string[], at: number): Entity | null {
    const before = candidates.filter((e) => e.firstSeen < at);
    const all = before.length > 0 ? before : candidates;
    const surname = all.filter((e) => endsWithRun(e.tokens, tokens));
    // Only the fullest forms: "Te Kaurinui Robert Parata" over "Te Kaurinui Robert".
    const pool = (surname.length > 0 ? surname : all).filter(
      (e) =>
        !all.some(
          (o) => o !== e && o.tokens.length > e.tokens.length && containsRun(o.tokens, e.tokens),
        ),
    );
    if (pool.length === 0) return null;
    if (pool.length === 1) return pool[0]!;
    if (surname.length > 0) {
      // A surname alone means the bearer the article does not call by first name,
      // the one it named in full most recently.
      const bySurname = surname.filter((e) => !e.firstNameUsed);
      const list = bySurname.length > 0 ? bySurname : surname;
      const named = list.filter((e) => e.lastFull < at);
      return (named.length > 0 ? named : list).sort((a, b) => b.lastFull - a.lastFull)[0]!;
    }
    return this.mostRecent(pool, at) ?? pool[0]!;
  }

  /**
   * Whether a mention is of a person: a name the article treats as someone's
   * (a title, gendered pronouns after it, a cue verb after it, a quotation),
   * or a short name of such a person.
   */
  private personOf(mention: Mention, strict = true): Entity | null {
    const { entity } = mention;
    if (entity.kind === 'organisation') return null;
    const person =
      entity.kind === 'person'
        ? entity
        : (this.personNamed(entity, mention.start) ?? (isNamedAlone(entity) ? entity : null));
    return person && (!strict || isSomeone(person)) ? person : null;
  }

  /**
   * The fullest name of the person a name read at `at` means, when the
   * article shows it is someone (a title, pronouns, speech); else null.
   */
  personFor(name: Name, at: number): string | null {
    const entity = name.kind === 'organisation' ? null : this.byKey.get(key(name.tokens));
    if (!entity || entity.kind === 'organisation') return null;
    const person = entity.kind === 'person' ? entity : (this.personNamed(entity, at) ?? entity);
    return isSomeone(person) ? person.name : null;
  }

  /** The person entity a one-word name stands for at `at`, if the article has one. */
  private personNamed(entity: Entity, at: number): Entity | null {
    const candidates = this.sharing(entity.tokens).filter(
      (e) => e.tokens.length > entity.tokens.length && containsRun(e.tokens, entity.tokens),
    );
    return this.choose(
      candidates,
      entity.tokens.map((t) => t.toLowerCase()),
      at,
    );
  }

  private mostRecent(pool: Entity[], at: number): Entity | null {
    for (const speaker of this.speakersBefore(at)) {
      const entity = pool.find((e) => e.name === speaker.name);
      if (entity) return entity;
    }
    const last = this.lastMentionBefore(at);
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const entity = this.mentions[i]!.entity;
      if (pool.includes(entity)) return entity;
    }
    return null;
  }

  /**
   * Who "he" or "she" at `at` (in paragraph `paragraph`) means: the most
   * recently named person of that gender (or of unknown gender) in the
   * reporter's own words, within a few paragraphs; else the last speaker.
   */
  resolvePerson(gender: 'male' | 'female', at: number, paragraph: number): string | null {
    // "…, a spokeswoman for the union said. “…,” she said": the unnamed source, named after.
    const source = this.genderedSource(gender, at, paragraph);
    // First someone the article shows to be a person; failing that, any full name.
    for (const strict of [true, false]) {
      const last = this.lastMentionBefore(at);
      for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
        const mention = this.mentions[i]!;
        if (mention.paragraph < paragraph - PRONOUN_REACH) break;
        if (source && mention.start < source.at) return source.speaker;
        if (mention.quoted || mention.aside) continue;
        // "He acknowledged Campbell’s skepticism, which he deemed …": not Campbell.
        if (mention.possessive && at < mention.sentenceEnd) continue;
        // "She hired Tomasz Nowak. … she says": the same "she" again, not the man she hired.
        if (mention.afterPronoun === gender && at >= mention.sentenceEnd) continue;
        const found = this.personOf(mention, strict);
        if (found && compatible(found, gender)) {
          // From a later sentence, a sentence's subject is likelier meant than its object:
          // "Fetter married John Gille. … she said" is Fetter.
          const subject =
            !mention.subject && at >= mention.sentenceEnd ? this.subjectOf(i, gender) : null;
          // A name met in passing (an object, an apposition) in an earlier paragraph yields to
          // the person the passage is about: "She took a loan from her mother, Rosa. … she
          // said" is not Rosa.
          const topic =
            mention.subject || mention.paragraph === paragraph
              ? null
              : this.topicOf(gender, at, paragraph);
          const person =
            subject ??
            (topic &&
            topic !== found &&
            this.salience(topic, at, paragraph) > this.salience(found, at, paragraph)
              ? topic
              : found);
          // The article calls them "she": that is evidence for the pronouns to come.
          if (gender === 'male') person.male++;
          else person.female++;
          return person.name;
        }
      }
    }
    if (source) return source.speaker;
    for (const speaker of this.speakersBefore(at)) {
      if (speaker.kind !== 'person' && speaker.kind !== 'unknown') continue;
      if (!speaker.gender || speaker.gender === gender) return speaker.name;
    }
    return null;
  }

  /**
   * The latest unnamed spokesman or spokeswoman of a gender introduced within
   * reach before `at`, and who speaks through them: the body they speak for,
   * else the article's description.
   */
  private genderedSource(
    gender: 'male' | 'female',
    at: number,
    paragraph: number,
  ): { at: number; speaker: string } | null {
    const head = gender === 'female' ? 'spokeswoman' : 'spokesman';
    const before = firstIndex(this.described.length, (i) => this.described[i]!.at >= at);
    for (let i = before - 1; i >= 0; i--) {
      const source = this.described[i]!;
      if (source.paragraph < paragraph - PRONOUN_REACH) break;
      if (source.head !== head) continue;
      const body = /\s(?:for|of)\s+(.+)$/.exec(source.text)?.[1];
      return { at: source.at, speaker: body ?? source.text };
    }
    return null;
  }

  /**
   * The person of a gender the passage before `at` is about: the one most
   * often its sentences' subject or its quotations' speaker, twice at least,
   * and known to be of that gender (a name with no evidence is no topic).
   */
  private topicOf(gender: 'male' | 'female', at: number, paragraph: number): Entity | null {
    let best: Entity | null = null;
    let bestSalience = 1;
    const seen = new Set<Entity>();
    for (const entity of this.recentPeople(at, paragraph)) {
      if (seen.has(entity) || genderOf(entity) !== gender) continue;
      seen.add(entity);
      const salience = this.salience(entity, at, paragraph);
      if (salience > bestSalience) {
        best = entity;
        bestSalience = salience;
      }
    }
    return best;
  }

  /** How often a person is a sentence's subject or a quotation's speaker within reach before `at`. */
  private salience(entity: Entity, at: number, paragraph: number): number {
    let count = 0;
    const last = this.lastMentionBefore(at);
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const mention = this.mentions[i]!;
      if (mention.paragraph < paragraph - TOPIC_REACH) break;
      if (mention.subject && !mention.quoted && this.someoneOf(mention) === entity) count++;
    }
    for (const speaker of this.speakersBefore(at)) {
      if (speaker.paragraph < paragraph - TOPIC_REACH) break;
      if (speaker.name === entity.name) count++;
    }
    return count;
  }

  /** The person a mention stands for, or its own entity for a name not yet placed. */
  private someoneOf(mention: Mention): Entity | null {
    if (mention.entity.kind === 'organisation') return null;
    return this.personOf(mention, false) ?? mention.entity;
  }

  /** The people mentioned or speaking within topic reach before `at`, latest first. */
  private *recentPeople(at: number, paragraph: number): Generator<Entity> {
    const last = this.lastMentionBefore(at);
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const mention = this.mentions[i]!;
      if (mention.paragraph < paragraph - TOPIC_REACH) break;
      const person = mention.quoted ? null : this.someoneOf(mention);
      if (person) yield person;
    }
    for (const speaker of this.speakersBefore(at)) {
      if (speaker.paragraph < paragraph - TOPIC_REACH) break;
      const entity = this.byName.get(speaker.name);
      if (entity && entity.kind !== 'organisation') yield entity;
    }
  }

  /**
   * The person of a gender the subject of mention `index`'s sentence names,
   * if any: being the subject is evidence enough that a full name is someone's.
   */
  private subjectOf(index: number, gender: 'male' | 'female'): Entity | null {
    const { sentenceEnd } = this.mentions[index]!;
    for (let i = index - 1; i >= 0 && this.mentions[i]!.sentenceEnd === sentenceEnd; i--) {
      const mention = this.mentions[i]!;
      if (!mention.subject) continue;
      const person = this.personOf(mention, mention.entity.kind !== 'person');
      return person && compatible(person, gender) ? person : null;
    }
    return null;
  }

  /** Who "it" or "they" means: the last organisation to speak or be named, if recent. */
  resolveGroup(at: number, paragraph: number): string | null {
    const [lastSpeaker] = this.speakersBefore(at);
    if (lastSpeaker && lastSpeaker.paragraph >= paragraph - 1 && lastSpeaker.kind !== 'person') {
      return lastSpeaker.name;
    }
    const last = this.lastMentionBefore(at);
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const mention = this.mentions[i]!;
      if (mention.paragraph < paragraph - PRONOUN_REACH) break;
      if (
        !mention.quoted &&
        !mention.aside &&
        mention.subject &&
        mention.entity.kind === 'organisation'
      ) {
        return mention.entity.name;
      }
    }
    return null;
  }

  /**
   * The person a description's head noun stands for, when the article puts
   * that noun in apposition to a name ("The mother ... said" after or before
   * "her mother, Fiona,").
   */
  resolveRole(head: string, at: number): string | null {
    const entity = this.roles.get(head);
    if (!entity) return null;
    return entity.kind === 'unknown' ? (this.personNamed(entity, at) ?? entity).name : entity.name;
  }

  /**
   * The organisation a definite description read in paragraph `paragraph`
   * means: the one named most recently whose name holds every word of the
   * description and its head ("the conservation department", "the agency");
   * failing that, for a bare "the company", "the agency" or "the club", the
   * body the story is about just then: the last one named as a subject in
   * the reporter's words nearby, unless its name makes it another kind of
   * body ("the Federal Railroad Administration" is no company). Else null.
   */
  resolveOrganisation(description: string, at: number, paragraph: number): string | null {
    const words = description
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !DETERMINERS.has(w));
    const head = words[words.length - 1];
    if (!head || (!ORGANISATION_WORDS.has(head) && !BODIES.has(head))) return null;
    const last = this.lastMentionBefore(at);
    // "the company" could be any company by name; "the agency" is the agency the story is about.
    if (words.length > 1 || INSTITUTIONS.has(head)) {
      for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
        const { entity } = this.mentions[i]!;
        if (entity.kind !== 'organisation') continue;
        const tokens = new Set(entity.tokens.map((t) => t.toLowerCase()));
        if (words.every((w) => tokens.has(w))) return entity.name;
      }
    }
    if (words.length > 1) return null;
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const mention = this.mentions[i]!;
      if (mention.paragraph < paragraph - BODY_REACH) break;
      if (mention.quoted || mention.aside || !mention.subject) continue;
      const body = this.bodyOf(mention);
      if (!body) continue;
      const heads = body.tokens
        .map((t) => t.toLowerCase())
        .filter((t) => ORGANISATION_WORDS.has(t));
      // "the group", "the organisation": any body the passage is about, whatever its own head.
      if (GENERIC_BODIES.has(head) || heads.every((t) => t === head)) return body.name;
    }
    return null;
  }

  /**
   * The organisation a mention names, if it is one: an organisation by its
   * name (not a place), or a one-word name that speaks and is nobody's
   * ("Harwood said", read as its fullest form "Harwood Town").
   */
  private bodyOf(mention: Mention): Entity | null {
    const { entity } = mention;
    if (entity.kind === 'organisation') {
      return PLACES.has(entity.name.toLowerCase()) ? null : entity;
    }
    if (entity.kind !== 'unknown' || entity.speaks === 0) return null;
    const fullest = this.personNamed(entity, mention.start) ?? entity;
    return isSomeone(fullest) ? null : fullest;
  }

  /** The person most recently named with this title ("the president" after "President Obama"). */
  resolveTitle(title: string, at: number): string | null {
    const last = this.lastMentionBefore(at);
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const entity = this.mentions[i]!.entity;
      if (entity.titles.has(title)) return entity.name;
    }
    return null;
  }

  /** The last person or organisation named in the reporter's words before `at`, within `paragraph`'s reach. */
  lastNamedBefore(at: number, paragraph: number): string | null {
    const last = this.lastMentionBefore(at);
    for (let i = last; i >= Math.max(0, last - MAX_LOOKBACK); i--) {
      const mention = this.mentions[i]!;
      if (mention.paragraph < paragraph - 1) break;
      if (!mention.quoted && !mention.aside) return this.fullest(mention.entity, mention.start);
    }
    return null;
  }

  /**
   * The unnamed source "the official" (head noun `head`) means: the latest
   * described speaker with that noun, within a pronoun's reach ("a senior
   * administration official said … “…,” the official said").
   */
  resolveDescribed(head: string, at: number, paragraph: number): string | null {
    const noun = head.toLowerCase();
    let latest: { name: string; at: number } | null = null;
    for (const speaker of this.speakersBefore(at)) {
      if (speaker.paragraph < paragraph - PRONOUN_REACH) break;
      if (speaker.kind === 'description' && wordsOf(speaker.name).includes(noun)) {
        latest = speaker;
        break;
      }
    }
    // Or the reporter introduced the source without quoting it yet, more recently.
    const before = firstIndex(this.described.length, (i) => this.described[i]!.at >= at);
    for (let i = before - 1; i >= 0; i--) {
      const source = this.described[i]!;
      if (source.paragraph < paragraph - PRONOUN_REACH || (latest && source.at < latest.at)) break;
      if (source.head === noun) return source.text;
    }
    return latest?.name ?? null;
  }

  /** The organisation that spoke last within reach before `at`: whom a bare "the spokesperson" speaks for. */
  lastBodySpeaker(at: number, paragraph: number): string | null {
    for (const speaker of this.speakersBefore(at)) {
      if (speaker.paragraph < paragraph - PRONOUN_REACH) break;
      if (speaker.kind === 'organisation') return speaker.name;
    }
    return null;
  }

  /** Remembers who spoke, for pronouns and short names later on. */
  noteSpeaker(name: string, kind: SpeakerKind, at: number, paragraph: number): void {
    const entity = this.byName.get(name);
    if (entity) entity.speaks++;
    const gender = entity ? genderOf(entity) : null;
    this.speakers.push({ name, kind: entity?.kind ?? kind, at, paragraph, gender });
  }

  private fullest(entity: Entity, at: number): string {
    if (entity.kind !== 'unknown') return entity.name;
    return this.resolveName(
      { tokens: entity.tokens, text: entity.name, kind: 'unknown' } as Name,
      at,
    );
  }

  /** The speakers noted before `at`, latest first, within the look-back bound. */
  private *speakersBefore(at: number): Generator<Cast['speakers'][number]> {
    const next = firstIndex(this.speakers.length, (i) => this.speakers[i]!.at >= at);
    for (let i = next - 1; i >= Math.max(0, next - MAX_LOOKBACK); i--) yield this.speakers[i]!;
  }

  private lastMentionBefore(at: number): number {
    return firstIndex(this.mentions.length, (i) => this.mentions[i]!.start >= at) - 1;
  }
}

/** Words that introduce an unnamed source: "a NATO official", "one official in Warsaw". */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** How many words may stand between the determiner and its noun: "a senior European". */
const DESCRIPTION_WORDS = 4;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from']);
const OWNER_LINKS = new Set(['of', 'for', 'to']);

/**
 * The unnamed source a determiner at `words[i]` introduces ("One official in
 * Warsaw", "a senior NATO diplomat"), with its head noun; else null.
 */
function describedSource(
  words: readonly Word[],
  i: number,
): { text: string; head: string; at: number } | null {
  if (!INDEFINITE.has(words[i]!.text.toLowerCase())) return null;
  for (let j = i + 1; j <= i + DESCRIPTION_WORDS && j < words.length; j++) {
    const word = words[j]!;
    if (word.kind !== 'word') return null;
    const head = word.text.toLowerCase();
    if (!SOURCE_NOUNS.has(head)) continue;
    let end = j + 1;
    // "in Warsaw": where the source sits is part of how the article describes it, and so is
    // whom it is close to or speaks for: "a close associate of Senator Paul Whitaker".
    if (PLACE_PREPOSITIONS.has(words[end]?.text ?? '') || OWNER_LINKS.has(words[end]?.text ?? '')) {
      const withThe = OWNER_LINKS.has(words[end]!.text) && words[end + 1]?.text === 'the';
      const place = readName(words, end + (withThe ? 2 : 1));
      if (place && !place.possessive) end = place.next;
    }
    const text = words
      .slice(i, end)
      .map((w) => w.text)
      .join(' ');
    return { text, head, at: words[i]!.start };
  }
  return null;
}

/** A name's or description's words, lowercased. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u);
}

/**
 * Whether a one-word name is a person the article names by it alone ("her
 * son, Peter,", "Mr Dobbs", "Lily, 9,"): described as one, titled, or
 * speaking and spoken of as "he" or "she" ("Mark said his …"). A place or an
 * organisation that speaks is none, nor a sentence's first word ("Children
 * growing up in his time").
 */
function isNamedAlone(entity: Entity): boolean {
  return (
    entity.described ||
    entity.titles.size > 0 ||
    (entity.speaks > 0 && entity.male + entity.female > 0)
  );
}

/** Whether the article treats a person-like name as someone's. */
function isSomeone(entity: Entity): boolean {
  return (
    entity.speaks > 0 ||
    entity.male + entity.female > 0 ||
    entity.titles.size > 0 ||
    entity.firstNameUsed ||
    entity.described
  );
}

/** Prepositions before a name that make it a place or an owner in a phrase, not an actor. */
const PREPOSITIONS = new Set(
  'in at on from to of for with by near outside inside across into onto over under'.split(' '),
);

function isPreposition(word: Word | undefined): boolean {
  return word !== undefined && PREPOSITIONS.has(word.text.toLowerCase());
}

/** Nouns of role that are no person's: "a report", "the ministry". */
const NOT_PEOPLE = new Set(
  `report statement statements study paper survey tweet post message letter memo document
  documents notes note sign signs response ruling court editorial website blog newspaper outlet
  media announcement regime authorities military army police government administration ministry
  agency department company firm group organisation organization party campaign office audience
  team delegation inquest`.split(/\s+/),
);
/** Endings of nouns for people: "an entomologist", "a physician", "a postman". */
const PERSON_ENDING = /(?:ist|ian|man|woman|eer)$/;

function isPersonNoun(word: string): boolean {
  if (NOT_PEOPLE.has(word) || ORGANISATION_WORDS.has(word) || BODIES.has(word)) return false;
  return SOURCE_NOUNS.has(word) || TITLE_WORDS.has(word) || PERSON_ENDING.test(word);
}

/** How many words of an apposition after a name are read for the role it gives. */
const APPOSITION_WORDS = 6;

/**
 * Whether the words at `next`, just after a name, describe a person: "who",
 * an age ("Anna Kowalski, 61,"), or an apposition naming a person's role
 * ("Marisol Vega, an entomologist at …").
 */
function describedAsSomeone(words: readonly Word[], next: number): boolean {
  if (words[next]?.text.toLowerCase() === 'who') return true;
  if (words[next]?.text !== ',') return false;
  if (/^\d{1,3}$/.test(words[next + 1]?.text ?? '') && /^[,.]$/.test(words[next + 2]?.text ?? '')) {
    return true;
  }
  for (let k = next + 1; k < words.length && k <= next + APPOSITION_WORDS; k++) {
    const word = words[k]!;
    const text = word.text.toLowerCase();
    if (text === 'who') return true;
    if (word.kind !== 'word' || text === 'which' || text === 'that') return false;
    if (/^\p{Ll}/u.test(word.text) && isPersonNoun(text)) return true;
  }
  return false;
}

/** "Eli Lilly, which makes …": a name followed by "which" names a thing. */
function isThingAfter(words: readonly Word[], next: number): boolean {
  const word = words[next]?.text === ',' ? words[next + 1] : words[next];
  return word?.text.toLowerCase() === 'which';
}

/** A line of mostly capitalised words with no closing stop: a headline, not prose. */
function isTitleCaseLine(words: readonly Word[]): boolean {
  const lettered = words.filter((w) => w.kind === 'word' && /^\p{L}/u.test(w.text));
  if (lettered.length < 4 || words[words.length - 1]?.text === '.') return false;
  const capitalised = lettered.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return capitalised / lettered.length >= 0.7;
}

const NICKNAME_OPEN = /^["“‘']$/;
const NICKNAME_CLOSE = /^["”’']$/;
/** How many words a nickname between a first name and a surname may have. */
const NICKNAME_WORDS = 4;

/** The name with its surname across a nickname ("Marcus “The Hammer” Dale"), else the name. */
function withNickname(words: readonly Word[], name: Name): Name {
  if (!NICKNAME_OPEN.test(words[name.next]?.text ?? '')) return name;
  for (let k = name.next + 2; k <= name.next + NICKNAME_WORDS + 1 && k < words.length; k++) {
    if (!NICKNAME_CLOSE.test(words[k]!.text)) continue;
    const surname = readName(words, k + 1);
    if (!surname || surname.kind === 'organisation' || surname.first !== k + 1) return name;
    const tokens = [...name.tokens, ...surname.tokens];
    return {
      ...surname,
      tokens,
      text: tokens.join(' '),
      start: name.start,
      first: name.first,
      kind: 'person',
      titles: name.titles,
      gender: name.gender,
    };
  }
  return name;
}

function isRoleWord(word: Word | undefined): boolean {
  return (
    word?.kind === 'word' &&
    /^\p{Ll}/u.test(word.text) &&
    (SOURCE_NOUNS.has(word.text) || TITLE_WORDS.has(word.text))
  );
}

/** "her mother, Fiona, said": the role noun right before a name set off by commas. */
function appositiveRole(words: readonly Word[], name: Name): string | null {
  const comma = words[name.first - 1];
  const noun = words[name.first - 2];
  const close = words[name.next];
  if (
    comma?.text !== ',' ||
    noun?.kind !== 'word' ||
    (close?.text !== ',' && close?.text !== '.')
  ) {
    return null;
  }
  const role = noun.text.toLowerCase();
  return SOURCE_NOUNS.has(role) ? role : null;
}

/**
 * Whether a one-word name acts in its sentence (followed by a verb or a
 * clause break: "Sarah studied", "Fiona, 52,") rather than modifying a noun
 * ("Tunisian security forces").
 */
function actsAlone(words: readonly Word[], index: number): boolean {
  const next = words[index];
  if (!next) return true;
  if (next.kind === 'punct') return /^[,.;:!?)]$/.test(next.text);
  const text = next.text;
  return (
    /^\p{Ll}/u.test(text) &&
    (/(?:ed|es)$/.test(text) || VERB_MODIFIERS.has(text) || CUE_VERBS.has(text))
  );
}

function isFollowedByCue(words: readonly Word[], index: number): boolean {
  let k = index;
  while (k < words.length && VERB_MODIFIERS.has(words[k]!.text)) k++;
  const word = words[k];
  return word !== undefined && CUE_VERBS.has(word.text);
}

function sameLast(a: string[], b: string[]): boolean {
  return a[a.length - 1]!.toLowerCase() === b[b.length - 1]!.toLowerCase();
}

function startsWithRun(tokens: string[], run: string[]): boolean {
  return (
    run.length < tokens.length && run.every((t, k) => tokens[k]!.toLowerCase() === t.toLowerCase())
  );
}

function genderOf(entity: Entity): 'male' | 'female' | null {
  if (entity.male > entity.female) return 'male';
  if (entity.female > entity.male) return 'female';
  return null;
}

function compatible(entity: Entity, gender: 'male' | 'female'): boolean {
  const known = genderOf(entity);
  return known === null || known === gender;
}

/** Whether `tokens` contains `run` as consecutive words (case-insensitive). */
function containsRun(tokens: string[], run: string[]): boolean {
  if (run.length > tokens.length) return false;
  const lowerTokens = tokens.map((t) => t.toLowerCase());
  const lowerRun = run.map((t) => t.toLowerCase());
  outer: for (let i = 0; i + lowerRun.length <= lowerTokens.length; i++) {
    for (let k = 0; k < lowerRun.length; k++) {
      if (lowerTokens[i + k] !== lowerRun[k]) continue outer;
    }
    return true;
  }
  return false;
}

function endsWithRun(tokens: string[], run: string[]): boolean {
  if (run.length > tokens.length) return false;
  const offset = tokens.length - run.length;
  return run.every((t, k) => tokens[offset + k]!.toLowerCase() === t);
}
