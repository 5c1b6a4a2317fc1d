import { useCallback, useEffect, useState } from 'preact/hooks';

/** How a notice reads: a change that worked, one that did not, or progress for screen readers only. */
export type NoticeTone = 'done' | 'problem' | 'progress';

export interface NoticeState {
  message: string;
  tone: NoticeTone;
  /** Tells two equal messages apart, so saying the same thing twice restarts its timer. */
  serial: number;
}

/** Long enough to read twice; a problem stays longer, since the reader may act on it. */
const SHOWN_MS: Record<NoticeTone, number> = { done: 8_000, problem: 20_000, progress: 8_000 };

/**
 * The last thing a page said about a change, cleared when it is stale: after
 * a while, or as soon as something newer is said.
 */
export function useNotice(): [NoticeState | null, (message: string, tone: NoticeTone) => void] {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const announce = useCallback(
    (message: string, tone: NoticeTone) =>
      setNotice((previous) => ({ message, tone, serial: (previous?.serial ?? 0) + 1 })),
    [],
  );
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), SHOWN_MS[notice.tone]);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, announce];
}

/** A visible confirmation that screen readers also hear; progress is heard but not shown. */
export function Notice({ notice }: { notice: NoticeState | null }) {
  const tone = notice?.tone ?? 'progress';
  return (
    <p
      class={tone === 'progress' ? 'visually-hidden' : `notice notice-${tone}`}
      role="status"
      aria-live="polite"
    >
      {notice?.message ?? ''}
    </p>
  );
}
