/**
 * schema.org ClaimReview JSON-LD, as fact-checkers publish it, to statements.
 * Each review becomes one claim: `claimReviewed` is its text, the author of
 * `itemReviewed` its speaker, the claim's own date (never the review's) its
 * date, and the verdict stays with it in `review`. Reviews are found wherever
 * they sit: a single object, an array, `@graph`, a DataFeed. Missing pieces
 * become nulls with a warning; a review without any claim text is skipped.
 */
import { readDate } from './dates.ts';
import type { Draft } from './draft.ts';
import { emptyDraft } from './draft.ts';
import { hash53, SpeakerRegistry, UniqueIds } from './speakers.ts';
import type { Review, SpeakerKind, Statement } from './types.ts';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a JSON-LD node has the schema.org type `name` (any prefix form). */
function hasType(node: Node, name: string): boolean {
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  return types.some(
    (type) =>
      typeof type === 'string' && type.replace(/^(https?:\/\/schema\.org\/|schema:)/, '') === name,
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Publishers often leave HTML entities in JSON-LD strings. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X'
          ? Number.parseInt(code.slice(2), 16)
          : Number(code.slice(1));
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** A JSON-LD text value: a string, `{ "@value" }`, or the first usable one of an array. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text) return text;
    }
    return null;
  }
  if (isNode(value)) return textOf(value['@value']);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = decodeEntities(String(value)).replace(/\s+/g, ' ').trim();
  return text || null;
}

/** The first node of a value that may be a node, an array of nodes or absent. */
function firstNode(value: unknown): Node | null {
  if (Array.isArray(value)) return value.find(isNode) ?? null;
  return isNode(value) ? value : null;
}

/** A claim reviewed as “like this” is stored without the marks around it. */
function unwrapQuotes(text: string): string {
  const wrapped = /^(["“„«'‘])(.*)(["”“»'’])$/s.exec(text);
  return wrapped && !/["“”„«»]/.test(wrapped[2]!) ? wrapped[2]!.trim() : text;
}

/** Every ClaimReview node in a JSON-LD document, in document order. */
function findClaimReviews(value: unknown, found: Node[], depth = 0): void {
  if (depth > 32) return;
  if (Array.isArray(value)) {
    for (const item of value) findClaimReviews(item, found, depth + 1);
  } else if (isNode(value)) {
    if (hasType(value, 'ClaimReview')) found.push(value);
    else for (const child of Object.values(value)) findClaimReviews(child, found, depth + 1);
  }
}

function speakerKind(author: Node): SpeakerKind {
  if (hasType(author, 'GovernmentOrganization')) return 'government';
  if (hasType(author, 'NewsMediaOrganization')) return 'media';
  const types = ([] as unknown[]).concat(author['@type'] ?? []).map(String);
  // Organization and its schema.org subtypes (Corporation, NGO, PoliticalParty, ...).
  const organisation = types.some((type) =>
    /(Organization|Corporation|NGO|PoliticalParty)$/.test(type),
  );
  return organisation ? 'organisation' : 'person';
}

/** The verdict as worded by the reviewer, falling back to the numeric rating. */
function ratingOf(rating: Node | null): string | null {
  if (!rating) return null;
  const worded = textOf(rating.alternateName) ?? textOf(rating.name);
  if (worded) return worded;
  const value = textOf(rating.ratingValue);
  const best = textOf(rating.bestRating);
  return value ? (best ? `${value}/${best}` : value) : null;
}

function httpUrl(value: unknown): string | null {
  const url = textOf(value);
  return url && /^https?:\/\/\S+$/i.test(url) ? url : null;
}

/** Reads dates leniently: what cannot be read becomes null, with a warning. */
function dateOf(value: unknown, place: string, what: string, warnings: string[]): string | null {
  const text = textOf(value);
  if (!text) return null;
  const read = readDate(text);
  if ('date' in read) return read.date;
  warnings.push(`${place}: ${what} not read as a date (${read.problem}); left empty`);
  return null;
}

/** The claim's own date: itemReviewed, then its first appearance, then its earliest appearance. */
function claimDate(claim: Node | null, place: string, warnings: string[]): string | null {
  if (!claim) return null;
  const direct = dateOf(
    claim.datePublished ?? claim.dateCreated,
    place,
    'itemReviewed.datePublished',
    warnings,
  );
  if (direct) return direct;
  const appearances = [claim.firstAppearance, claim.appearance].flatMap((a) =>
    ([] as unknown[]).concat(a ?? []),
  );
  const dates = appearances
    .filter(isNode)
    .map((appearance) => textOf(appearance.datePublished))
    .flatMap((text) => (text ? [readDate(text)] : []))
    .flatMap((read) => ('date' in read ? [read.date] : []))
    .sort();
  return dates[0] ?? null;
}

/** Converts a parsed JSON-LD document. */
export function convertClaimReview(document: unknown): Draft {
  const reviews: Node[] = [];
  findClaimReviews(document, reviews);
  const draft = emptyDraft(true);
  if (reviews.length === 0) {
    draft.errors.push(
      'no ClaimReview found: expected schema.org ClaimReview objects (alone, in an array, in @graph or in a DataFeed)',
    );
    return draft;
  }
  const registry = new SpeakerRegistry();
  const ids = new UniqueIds();
  reviews.forEach((review, index) => {
    const url = httpUrl(review.url);
    const place = `ClaimReview ${index + 1}${url ? ` (${url})` : ''}`;
    const claim = firstNode(review.itemReviewed);
    const rawText = textOf(review.claimReviewed) ?? textOf(claim?.text) ?? textOf(claim?.name);
    if (!rawText) {
      draft.warnings.push(`${place}: no claimReviewed (nor itemReviewed text); skipped`);
      return;
    }
    if (review.url !== undefined && !url)
      draft.warnings.push(`${place}: url is not an http(s) URL; left empty`);
    const text = unwrapQuotes(rawText);
    const author = firstNode(claim?.author) ?? null;
    const authorName = author
      ? (textOf(author.name) ?? textOf(author.alternateName))
      : textOf(claim?.author);
    const speakerId = authorName
      ? registry.resolve(authorName, author ? speakerKind(author) : 'person', {
          aliases: author ? [textOf(author.alternateName)].flatMap((a) => (a ? [a] : [])) : [],
          description: (author && (textOf(author.jobTitle) ?? textOf(author.description))) ?? '',
        })
      : null;
    const reviewer =
      textOf(firstNode(review.author)?.name) ??
      textOf(firstNode(review.publisher)?.name) ??
      textOf(review.author);
    const headline = textOf(review.headline) ?? textOf(review.name);
    const rating = ratingOf(firstNode(review.reviewRating));
    const reviewDate = dateOf(review.datePublished, place, 'datePublished', draft.warnings);
    const verdict: Review | undefined = rating
      ? { rating, reviewer, url, date: reviewDate }
      : undefined;
    if (!rating)
      draft.warnings.push(`${place}: no reviewRating; the claim is kept without a verdict`);
    const statement: Statement = {
      id: ids.take(`claimreview-${hash53(`${url ?? ''}\n${text}`)}`),
      speakerId,
      kind: 'claim',
      text,
      date: claimDate(claim, place, draft.warnings),
      context: headline ?? '',
      source: { title: headline, outlet: reviewer, url },
      topics: [],
      stance: {},
      ...(verdict ? { review: verdict } : {}),
    };
    draft.statements.push(statement);
    draft.places.push(place);
  });
  if (draft.statements.length === 0) {
    draft.errors.push(
      `no usable ClaimReview: none of the ${reviews.length} found has a claim (claimReviewed, or the text of itemReviewed)`,
    );
  }
  draft.speakers = registry.list();
  return draft;
}
