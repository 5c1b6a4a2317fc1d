import type { StanceRelation } from '../types.ts';
import type { TopicDefinition } from './types.ts';

/**
 * How a later position on a topic relates to an earlier one, by their
 * distance on the topic's ordered scale: 0 repeats, 1 shifts, 2 or more
 * contradicts. Null when either position is not on the scale.
 */
export function stanceRelation(
  topic: TopicDefinition,
  earlier: string,
  later: string,
): StanceRelation | null {
  const from = topic.positions.indexOf(earlier);
  const to = topic.positions.indexOf(later);
  if (from < 0 || to < 0) return null;
  const distance = Math.abs(from - to);
  if (distance === 0) return 'repeats';
  return distance === 1 ? 'shifts' : 'contradicts';
}
