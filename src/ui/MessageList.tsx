import { splitCapped } from '../core/refset/limits.ts';
import { t } from '../shared/i18n.ts';
import { formatNumber } from './counts.ts';

interface MessageListProps {
  /** Messages as the core caps them: the first ones, then "... and N more". */
  messages: string[];
  /** What one message is, for the count of those left out. */
  kind: 'problem' | 'note';
}

function moreLine(more: number, kind: MessageListProps['kind']): string {
  const count = formatNumber(more);
  if (kind === 'problem') {
    return t(more === 1 ? 'common_moreProblemsOne' : 'common_moreProblemsMany', count);
  }
  return t(more === 1 ? 'common_moreNotesOne' : 'common_moreNotesMany', count);
}

/** A list a reader can scan, with how many were left out said apart, not as one more item. */
export function MessageList({ messages, kind }: MessageListProps) {
  const { shown, more } = splitCapped(messages);
  return (
    <>
      <ul class="messages">
        {shown.map((message, i) => (
          // Two messages may read alike; the list is never reordered, so the position keys them.
          <li key={i}>{message}</li>
        ))}
      </ul>
      {more > 0 && <p class="messages-more">{moreLine(more, kind)}</p>}
    </>
  );
}
