import type { NoteStatement, Relation, StanceRelation } from '../../core/types.ts';
import { type MessageKey, t } from '../../shared/i18n.ts';
import { formatStatementDate } from '../../ui/dates.ts';

const RELATION_KEYS: Record<Relation, MessageKey> = {
  'same-speaker': 'cardRelationSameSpeaker',
  'same-organisation': 'cardRelationSameOrganisation',
  'same-government': 'cardRelationSameGovernment',
  'same-topic': 'cardRelationSameTopic',
};

const WHY_KEYS: Record<Relation, MessageKey> = {
  'same-speaker': 'cardWhySameSpeaker',
  'same-organisation': 'cardWhySameOrganisation',
  'same-government': 'cardWhySameGovernment',
  'same-topic': 'cardWhySameTopic',
};

const STANCE_KEYS: Record<StanceRelation, MessageKey> = {
  repeats: 'cardStanceRepeats',
  shifts: 'cardStanceShifts',
  contradicts: 'cardStanceContradicts',
};

export const relationLabel = (relation: Relation) => t(RELATION_KEYS[relation]);
export const stanceLabel = (stance: StanceRelation) => t(STANCE_KEYS[stance]);

/** How a statement that is not the speaker's own words is introduced. */
const KIND_KEYS = {
  paraphrase: 'cardKindParaphrase',
  claim: 'cardKindClaim',
  report: 'cardKindReport',
} as const satisfies Record<string, MessageKey>;
export const kindLabel = (kind: keyof typeof KIND_KEYS) => t(KIND_KEYS[kind]);

/** The statement's date as the reader's locale writes it, with "after this article" where so; plainly undated otherwise. */
export function dateLine(statement: NoteStatement): string {
  const formatted = formatStatementDate(statement.date);
  if (!formatted) return t('cardUndated');
  // "Your reading" dates an article that gave no date by the day it was read, and says so.
  const date = statement.fromReading?.visitDated ? t('readingReadOn', formatted) : formatted;
  if (statement.when === 'after') return `${date} · ${t('cardWhenAfter')}`;
  if (statement.when === 'same-day') return `${date} · ${t('cardWhenSameDay')}`;
  return date;
}

export const speakerName = (statement: NoteStatement) =>
  statement.attribution ?? statement.speaker ?? t('cardUnattributed');

/**
 * Why this statement is in the note, as a sentence about who said it, how
 * they relate to the quote's speaker, when, and on what subject: built from
 * the statement's structured fields, never from the words it shares.
 */
export function whySentence(statement: NoteStatement): string {
  const who = statement.attribution ?? statement.speaker ?? t('cardSomeone');
  const date = formatStatementDate(statement.date);
  // "on 7 March 2024", but "in March 2024" and "in 2023".
  const toTheDay = statement.date?.split('-').length === 3;
  const when = date ? t(toTheDay ? 'cardWhenOn' : 'cardWhenIn', date) : t('cardWhenUnknown');
  const sentence = t(WHY_KEYS[statement.relation], who, when);
  const topics = statement.topics?.filter(Boolean) ?? [];
  return topics.length > 0 ? `${sentence} ${t('cardSubjects', topics.join(', '))}` : sentence;
}

/** The card's title line: how many statements, and whether any were made later. */
export function noteTitle(statements: NoteStatement[]): string {
  const count = statements.length;
  const later = statements.filter((s) => s.when === 'after').length;
  if (later === count && later > 0)
    return later === 1 ? t('cardTitleLaterOne') : t('cardTitleLaterMany', later);
  if (later === 0) return count === 1 ? t('cardTitleOne') : t('cardTitleMany', count);
  return t('cardTitleMixed', count, later);
}

/** A highlight's accessible name: what it is, who said it, and how many statements its note holds. */
export function highlightName(kind: 'quote' | 'claim', speaker: string | null, count: number) {
  const one = count === 1;
  if (kind === 'claim') return one ? t('highlightClaimOne') : t('highlightClaimMany', count);
  if (speaker)
    return one ? t('highlightQuoteByOne', speaker) : t('highlightQuoteByMany', speaker, count);
  return one ? t('highlightQuoteOne') : t('highlightQuoteMany', count);
}

/** The hover preview: one line with who said what before, and when. */
export function previewLine(statements: NoteStatement[]): { line: string; more: string | null } {
  const [first] = statements;
  if (!first) return { line: '', more: null };
  // Only a speaker's own words go in quotation marks.
  const ownWords = first.kind === undefined || first.kind === 'quote';
  const line = t(
    ownWords ? 'highlightPreview' : 'highlightPreviewReported',
    speakerName(first),
    dateLine(first),
    first.text,
  );
  const rest = statements.length - 1;
  return { line, more: rest > 0 ? t('highlightPreviewMore', rest) : null };
}

/** Only web addresses become links: anything else (javascript:, data:, file:) stays text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
