/**
 * An article as "Your reading" records it: its attributed quotes, and its
 * reported statements whose speaker the reader resolved, each with who said
 * it, when (the article's date, else the day it was read, marked), outlet,
 * headline and address. The same findings the page already shows are used;
 * nothing is read twice.
 */
import { resolveSpeaker } from '../match/speakers.ts';
import { DETERMINERS, SOURCE_NOUNS } from '../quotes/lexicon.ts';
import type { Speaker, Statement } from '../refset/types.ts';
import type { ArticleMeta, QuoteFinding } from '../types.ts';
import { canonicalUrl, hostOf, siteOf } from './article-key.ts';
import type { SpeakerFolder } from './speaker-fold.ts';

/**
 * The context of a statement dated by the day it was read, because the
 * article gave no date. Kept in the statement itself, so an exported set
 * still says so.
 */
export const VISIT_DATED = 'Dated by the day it was read: the article gave no date.';

export interface ReadPage {
  /** The page's address as the browser had it. */
  url: string;
  meta: ArticleMeta;
  /** `articleIdOf(article text)`: the page sends this, never the text. */
  articleId: string;
  quotes: readonly QuoteFinding[];
  /** When it was read, ISO 8601. */
  visitedAt: string;
}

/** One recorded article: what the options page lists and what forgetting removes. */
export interface ReadingArticle {
  /** From the article's text (`articleIdOf`): the same text is the same article. */
  id: string;
  url: string;
  /** The site key (host without "www."). */
  site: string;
  outlet: string;
  title: string | null;
  date: string;
  visitDated: boolean;
  statements: Statement[];
}

/** "a senior White House official", "two officials": how an article describes an unnamed source. */
export function isSourceDescription(speaker: string): boolean {
  const words = speaker.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words[0] === 'the' || !DETERMINERS.has(words[0]!)) return false;
  return words.slice(1).some((word) => SOURCE_NOUNS.has(word));
}

function dayOf(iso: string | null): string | null {
  const day = iso?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : null;
}

/**
 * The article to record, or null when there is nothing to record (not a web
 * address, no attributed statement). New speakers join `folder`; `known`
 * (the other sets' speakers) resolves the body an unnamed source speaks for.
 */
export function readingArticle(
  page: ReadPage,
  folder: SpeakerFolder,
  known: readonly { speakers: readonly Speaker[] }[] = [],
): { article: ReadingArticle; speakers: Speaker[] } | null {
  const url = canonicalUrl(page.url);
  if (!url) return null;
  const id = page.articleId;
  const published = dayOf(page.meta.published);
  const date = published ?? dayOf(page.visitedAt)!;
  const added: Speaker[] = [];
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (const quote of page.quotes) {
    const said = attributed(quote, folder, known);
    if (!said || seen.has(quote.text)) continue;
    seen.add(quote.text);
    added.push(...said.added);
    statements.push({
      id: `${id}-${statements.length + 1}`,
      speakerId: said.speakerId,
      ...(said.attribution ? { attribution: said.attribution } : {}),
      text: quote.text,
      kind: quote.kind === 'direct' ? 'quote' : 'paraphrase',
      date,
      context: published ? '' : VISIT_DATED,
      source: { title: page.meta.title, outlet: page.meta.site ?? hostOf(url), url },
      topics: [],
      stance: {},
    });
  }
  if (statements.length === 0) return null;
  const article: ReadingArticle = {
    id,
    url,
    site: siteOf(url),
    outlet: page.meta.site ?? hostOf(url),
    title: page.meta.title,
    date,
    visitDated: !published,
    statements,
  };
  return { article, speakers: added };
}

/**
 * Who a quote is attributed to, as the reading set records it: a named
 * speaker (folded), or an unnamed source's description with the body it
 * speaks for where a known set names it. A reported statement needs a
 * resolved speaker; a quote with nobody named is not recorded.
 */
function attributed(
  quote: QuoteFinding,
  folder: SpeakerFolder,
  known: readonly { speakers: readonly Speaker[] }[],
): { speakerId: string | null; attribution?: string; added: Speaker[] } | null {
  const name = quote.speaker?.trim();
  if (!name || !quote.text.trim()) return null;
  if (isSourceDescription(name)) {
    const body = resolveSpeaker(name, known);
    const found = body ? folder.knownSpeaker(body) : null;
    if (quote.kind === 'reported' && !found) return null;
    return { speakerId: found?.speaker.id ?? null, attribution: name, added: found?.added ?? [] };
  }
  const found = folder.speakerFor(name);
  return found && { speakerId: found.speaker.id, added: found.added };
}
