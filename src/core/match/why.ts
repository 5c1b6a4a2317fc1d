/**
 * The short phrase a note shows to say why a statement was chosen:
 * who (relation), when (against the article's date), and what (the stance
 * on a topic, or the words the two share).
 */
import type { Speaker, TopicDefinition } from '../refset/types.ts';
import type { NoteStatement, Relation, StanceRelation } from '../types.ts';
import { DatePrecision, type DayRange } from './dates.ts';

const STANCE_PHRASE: Record<StanceRelation, string> = {
  repeats: 'the same position',
  shifts: 'a shifted position',
  contradicts: 'the opposite position',
};

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "3 months earlier", "2 years later", "the same day"; null when the dates cannot say. */
export function whenPhrase(statement: DayRange | null, article: DayRange | null): string | null {
  if (!statement || !article) return null;
  if (statement.last >= article.first && statement.first <= article.last) {
    return statement.precision === DatePrecision.Day && article.precision === DatePrecision.Day
      ? 'the same day'
      : null;
  }
  const before = statement.last < article.first;
  const days = before ? article.first - statement.last : statement.first - article.last;
  const direction = before ? 'earlier' : 'later';
  // Coarse dates give coarse distances: a year-precision date says nothing about weeks.
  if (days < 14 && statement.precision === DatePrecision.Day)
    return `${plural(days, 'day')} ${direction}`;
  if (days < 60 && statement.precision >= DatePrecision.Month) {
    return `${plural(Math.max(1, Math.round(days / 7)), 'week')} ${direction}`;
  }
  if (days < 548 && statement.precision >= DatePrecision.Month) {
    return `${plural(Math.max(1, Math.round(days / 30.44)), 'month')} ${direction}`;
  }
  if (days < 548) return direction;
  return `${plural(Math.round(days / 365.25), 'year')} ${direction}`;
}

export interface WhyParts {
  relation: Relation;
  /** The organisation or government both speak for. */
  group?: Speaker;
  speaker: Speaker | null;
  stance?: StanceRelation;
  stanceTopic?: TopicDefinition;
  when: string | null;
  /** Words both share, most telling first. */
  shared: string[];
}

function who(parts: WhyParts): string {
  switch (parts.relation) {
    case 'same-speaker':
      return 'Same speaker';
    case 'same-organisation':
      return `Same organisation (${parts.group!.name})`;
    case 'same-government':
      return `Same government (${parts.group!.name})`;
    default:
      return parts.speaker ? parts.speaker.name : 'Another source';
  }
}

export function whyPhrase(parts: WhyParts): NoteStatement['why'] {
  const head = parts.when ? `${who(parts)}, ${parts.when}` : who(parts);
  if (parts.stance && parts.stanceTopic) {
    return `${head}: ${STANCE_PHRASE[parts.stance]} (${parts.stanceTopic.label})`;
  }
  return parts.shared.length > 0 ? `${head}, also about ${parts.shared.join(', ')}` : head;
}
