/** "Your reading": the reader's own reference set, recorded from what they read (see README.md). */
export { articleIdOf, canonicalUrl, siteOf } from './article-key.ts';
export {
  articleIdOfStatement,
  articlesOfSet,
  importedArticles,
  newArticles,
  READING_SET_ID,
  READING_SET_TITLE,
  readingRefSet,
  speakersUsed,
} from './reading-set.ts';
export {
  isSourceDescription,
  type ReadingArticle,
  type ReadPage,
  readingArticle,
  VISIT_DATED,
} from './record.ts';
export { foldKey, SpeakerFolder } from './speaker-fold.ts';
