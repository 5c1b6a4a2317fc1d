/**
 * "Your reading" as a Backstory reference set: what export writes, import
 * reads back, and the command line keeps in a file. Statement ids carry
 * their article's id (`<article id>-<n>`), so a set says which statements
 * came from one article and an import can merge without duplicates.
 */
import { REFSET_FORMAT, REFSET_VERSION, type RefSet, type Speaker } from '../refset/types.ts';
import { canonicalUrl, hostOf, siteOf } from './article-key.ts';
import { type ReadingArticle, VISIT_DATED } from './record.ts';
import type { SpeakerFolder } from './speaker-fold.ts';

export const READING_SET_ID = 'your-reading';
export const READING_SET_TITLE = 'Your reading';

/** The set of `articles`, with the speakers their statements name and the bodies those belong to. */
export function readingRefSet(
  articles: readonly ReadingArticle[],
  speakers: readonly Speaker[],
): RefSet {
  const statements = articles.flatMap((article) => article.statements);
  return {
    format: REFSET_FORMAT,
    version: REFSET_VERSION,
    id: READING_SET_ID,
    title: READING_SET_TITLE,
    description: 'Attributed statements from articles read with Backstory, kept in this browser.',
    topics: [],
    speakers: speakersUsed(
      statements.map((s) => s.speakerId),
      speakers,
    ),
    statements,
  };
}

/** The speakers `ids` name and, transitively, the bodies they are members of. */
export function speakersUsed(
  ids: readonly (string | null)[],
  speakers: readonly Speaker[],
): Speaker[] {
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const used = new Set<string>();
  const visit = (id: string | null) => {
    if (!id || used.has(id) || !byId.has(id)) return;
    used.add(id);
    for (const body of byId.get(id)!.memberOf) visit(body);
  };
  for (const id of ids) visit(id);
  return speakers.filter((speaker) => used.has(speaker.id));
}

/** The article a statement id belongs to. */
export function articleIdOfStatement(statementId: string): string {
  const dash = statementId.lastIndexOf('-');
  return dash > 0 ? statementId.slice(0, dash) : statementId;
}

/**
 * The articles a set holds, in the set's order, grouped by the article id
 * in their statement ids (any set imports: one from elsewhere groups by its
 * own ids). Statements without a web address cannot be told apart from
 * others of their article and are left out.
 */
export function articlesOfSet(set: RefSet): ReadingArticle[] {
  const articles = new Map<string, ReadingArticle>();
  for (const statement of set.statements) {
    const url = statement.source.url && canonicalUrl(statement.source.url);
    if (!url) continue;
    const id = articleIdOfStatement(statement.id);
    let article = articles.get(id);
    if (!article) {
      const host = hostOf(url);
      article = {
        id,
        url,
        site: siteOf(url),
        outlet: statement.source.outlet ?? host,
        title: statement.source.title,
        date: statement.date ?? '',
        visitDated: statement.context === VISIT_DATED,
        statements: [],
      };
      articles.set(id, article);
    }
    article.statements.push(statement);
  }
  return [...articles.values()];
}

/**
 * The articles of `incoming` that `held` does not already have, by article id
 * or by address: what an import adds.
 */
export function newArticles(
  held: { ids: ReadonlySet<string>; urls: ReadonlySet<string> },
  incoming: readonly ReadingArticle[],
): ReadingArticle[] {
  const ids = new Set(held.ids);
  const urls = new Set(held.urls);
  const fresh: ReadingArticle[] = [];
  for (const article of incoming) {
    if (ids.has(article.id) || urls.has(article.url)) continue;
    ids.add(article.id);
    urls.add(article.url);
    fresh.push(article);
  }
  return fresh;
}

/**
 * The articles of an imported set, their speakers folded into the reading
 * set's (`folder` gains the new ones: `folder.takeAdopted()`).
 */
export function importedArticles(set: RefSet, folder: SpeakerFolder): ReadingArticle[] {
  const ids = folder.adopt(set.speakers);
  return articlesOfSet(set).map((article) => ({
    ...article,
    statements: article.statements.map((statement) => ({
      ...statement,
      speakerId: statement.speakerId === null ? null : (ids.get(statement.speakerId) ?? null),
    })),
  }));
}
