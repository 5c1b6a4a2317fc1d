import { splitCapped } from '../core/refset/limits.ts';

interface MessageListProps {
  /** Messages as the core caps them: the first ones, then "... and N more". */
  messages: string[];
  /** What one message is, for the count: "problem", "warning". */
  noun: string;
}

/** A list a reader can scan, with how many were left out said apart, not as one more item. */
export function MessageList({ messages, noun }: MessageListProps) {
  const { shown, more } = splitCapped(messages);
  return (
    <>
      <ul class="messages">
        {shown.map((message, i) => (
          // Two messages may read alike; the list is never reordered, so the position keys them.
          <li key={i}>{message}</li>
        ))}
      </ul>
      {more > 0 && (
        <p class="messages-more">
          … and {more.toLocaleString('en')} more {noun}
          {more === 1 ? '' : 's'} like these.
        </p>
      )}
    </>
  );
}
