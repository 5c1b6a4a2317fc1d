import type { ArticleMeta } from '../core/types.ts';
import { isArticleNode, type JsonLdNode, type PageDeclarations } from './declarations.ts';

/** What Readability made of the page's metadata (its `parse()` result). */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/**
 * The article's title, byline, site and publication date, from the page's
 * own declarations first (JSON-LD, meta tags, `<time>`), then from what
 * Readability guessed, which is often a dateline or "Updated ..." text where
 * the byline should be.
 */
export function readMetadata(
  { jsonLd, meta, times, authorElements }: PageDeclarations,
  readability: ReadabilityMeta,
): Omit<ArticleMeta, 'length'> {
  const article = jsonLd.find(isArticleNode);
  const first = (keys: string[]) => firstOf(meta, keys);
  const site =
    clean(readability.siteName) ?? nameOf(article?.publisher) ?? first(['name:application-name']);
  const byline =
    cleanByline(authorsOf(article?.author)) ??
    cleanByline(nonUrl(first(AUTHOR_META))) ??
    cleanByline(authorElementText(authorElements)) ??
    cleanByline(readability.byline);
  return {
    title: stripSuffix(clean(readability.title), [site, byline]),
    byline,
    site,
    published:
      normaliseDate(stringOf(article?.datePublished)) ??
      normaliseDate(first(PUBLISHED_META)) ??
      normaliseDate(readability.publishedTime) ??
      normaliseDate(timeOf(times)) ??
      visibleDate(readability.byline),
  };
}

/**
 * A date the byline shows when the page declares none: "Posted on :
 * 2023-12-01 17:19 KST", "Published: March 3, 2024", "Updated 2:42 PM EDT,
 * April 9, 2024". The day only: a written time zone ("KST") is no offset.
 */
function visibleDate(byline: unknown): string | null {
  const text = clean(byline);
  if (!text) return null;
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return validDay(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const written = text.match(SHOWN_DATE);
  if (written) return dayOf(written[3]!, written[1]!, written[2]!);
  const dayFirst = text.match(SHOWN_DATE_DAY_FIRST);
  if (dayFirst) return dayOf(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  return null;
}

/** Meta tags that name the author, in order of preference (keys of `PageDeclarations.meta`). */
const AUTHOR_META = [
  'name:author',
  'property:author',
  'name:article:author',
  'property:article:author',
  'property:og:article:author',
  'itemprop:author',
  'name:byl',
  'name:parsely-author',
  'name:sailthru.author',
];

/** Meta tags that date the article, in order of preference. */
const PUBLISHED_META = [
  'property:article:published_time',
  'property:article:published',
  'itemprop:datepublished',
  'name:article:published_time',
  'name:article:publicationdate',
  'name:pubdate',
  'name:publishdate',
  'name:publish-date',
  'name:dc.date.issued',
  'name:dcterms.date',
  'name:parsely-pub-date',
  'name:sailthru.date',
  'name:date',
  'name:pdate',
];

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function nonUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** The first declared value among the keys, in their order of preference. */
function firstOf(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = clean(meta.get(key));
    if (value) return value;
  }
  return null;
}

/** The text of the page's author element: a `rel="author"` link, or the name inside microdata. */
function authorElementText(elements: Element[]): string | null {
  for (const element of elements) {
    const name =
      element.getAttribute('itemprop') === 'author'
        ? element.querySelector('[itemprop="name"]')
        : null;
    const text = clean((name ?? element).textContent);
    if (text) return text;
  }
  return null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return nonUrl(clean(value));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return clean((value as JsonLdNode).name);
  }
  return null;
}

/** JSON-LD `author`: a name, a Person, or a list of them. */
function authorsOf(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map(nameOf).filter((name): name is string => name !== null);
  return names.length > 0 ? [...new Set(names)].join(' and ') : null;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Where a byline's dateline or "Updated" note starts: nothing after it is a name. */
const BYLINE_TAIL = new RegExp(
  `\\s*(?:\\d|\\b${MONTH}\\s+\\d|\\b(?:Updated|Published|Last updated|Posted)\\b).*$`,
  'i',
);

/** A byline without "By", datelines, or text that is only a date. */
function cleanByline(value: unknown): string | null {
  const text = clean(value)
    ?.replace(/^by[:\s]+/i, '')
    .replace(BYLINE_TAIL, '')
    .replace(/[\s,|–—-]+$/, '');
  return text && /\p{L}{2}/u.test(text) ? text : null;
}

/** A title without a trailing " | Site" or " - Author" that pages add to `<title>`. */
function stripSuffix(title: string | null, names: (string | null)[]): string | null {
  if (!title) return null;
  for (const name of names) {
    if (!name) continue;
    const match = title.match(/\s+[|–—-]\s+([^|–—-]+)$/);
    if (match && match[1]!.trim().toLowerCase() === name.toLowerCase()) {
      return title.slice(0, match.index).trim();
    }
  }
  return title;
}

/** The page's publication `<time>`: one marked as such, else the first inside the article. */
function timeOf(times: Element[]): string | null {
  let inArticle: Element | null = null;
  for (const time of times) {
    const marked =
      time.getAttribute('itemprop') === 'datePublished' ||
      time.hasAttribute('pubdate') ||
      /publish/i.test(time.getAttribute('class') ?? '');
    if (marked) return dateAttribute(time);
    if (!inArticle && time.hasAttribute('datetime') && time.closest('article, header')) {
      inArticle = time;
    }
  }
  return inArticle ? dateAttribute(inArticle) : null;
}

function dateAttribute(time: Element): string | null {
  return clean(time.getAttribute('datetime')) ?? clean(time.getAttribute('content'));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const TEXT_DATE = new RegExp(`^(?:\\w+,?\\s+)?(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
/** The same dates anywhere in a line of text: "Updated 2:42 PM EDT, April 9, 2024". */
const SHOWN_DATE = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const SHOWN_DATE_DAY_FIRST = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})\\b`, 'i');
const TEXT_DATE_DAY_FIRST = new RegExp(
  `^(?:\\w+,?\\s+)?(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})\\b`,
  'i',
);

/**
 * An ISO 8601 date or date-time from what the page declared, or null. A time
 * with a zone becomes UTC; a time without one stays as the page gave it (the
 * reader's own zone is not the page's); a written date keeps only the day.
 */
export function normaliseDate(value: unknown): string | null {
  const text = clean(value);
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return validDay(text);
  const compact = text.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (compact) return validDay(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const iso = text.match(ISO_DATE_TIME);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!validDay(day!)) return null;
    if (!zone) return `${day}T${time!.length === 5 ? `${time}:00` : time}`;
    const offset =
      zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const parsed = Date.parse(`${day}T${time}${offset}`);
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
  }
  const written = text.match(TEXT_DATE);
  if (written) return dayOf(written[3]!, written[1]!, written[2]!);
  const dayFirst = text.match(TEXT_DATE_DAY_FIRST);
  if (dayFirst) return dayOf(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  return null;
}

function dayOf(year: string, month: string, day: string): string | null {
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (index < 0) return null;
  return validDay(`${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** The day itself if it exists on the calendar (no 2019-02-30), else null. */
function validDay(day: string): string | null {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day) ? day : null;
}
