/**
 * Searching a set's statements as the options page browses them: every word
 * of the query must occur in the statement's text, its speaker's names, its
 * occasion or its source, compared without case or diacritics.
 */
import { fold } from '../text/tokenize.ts';
import type { RefSet, Statement } from './types.ts';

export interface StatementRow {
  statement: Statement;
  /** The speaker's name as the set gives it, or null for an unattributed statement. */
  speaker: string | null;
}

export interface StatementSearch {
  /** The first `limit` matching statements, in set order. */
  rows: StatementRow[];
  /** How many statements match in all. */
  total: number;
}

export function searchStatements(
  set: Pick<RefSet, 'speakers' | 'statements'>,
  query: string,
  limit: number,
): StatementSearch {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const speakers = new Map(set.speakers.map((speaker) => [speaker.id, speaker]));
  const rows: StatementRow[] = [];
  let total = 0;
  for (const statement of set.statements) {
    const speaker = statement.speakerId ? speakers.get(statement.speakerId) : undefined;
    if (words.length > 0) {
      const haystack = fold(
        [
          statement.text,
          speaker?.name,
          ...(speaker?.aliases ?? []),
          statement.attribution,
          statement.context,
          statement.source.title,
          statement.source.outlet,
          statement.date,
        ].join('\n'),
      );
      if (!words.every((word) => haystack.includes(word))) continue;
    }
    total++;
    if (rows.length < limit) rows.push({ statement, speaker: speaker?.name ?? null });
  }
  return { rows, total };
}
