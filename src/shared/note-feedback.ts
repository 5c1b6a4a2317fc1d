/**
 * What the reader said about a statement shown in a note: hide it, or report
 * the match as wrong. Either way the statement is never shown again, on any
 * page; the list can be undone item by item and exported for the set's
 * maintainer. Pure, so the rules are testable without a browser;
 * note-feedback-store.ts keeps the list in extension storage.
 */
export type FeedbackVerdict = 'hidden' | 'wrong';

export interface NoteFeedback {
  verdict: FeedbackVerdict;
  statementId: string;
  /** The reference set the statement came from (null when the note did not say). */
  setId: string | null;
  /** The statement's words and speaker, so the list reads without the set at hand. */
  statementText: string;
  speaker: string | null;
  /** The article's words the statement was shown beside: what a maintainer needs to judge a wrong match. */
  shownFor: string;
  /** When the reader said so (ISO 8601). */
  at: string;
}

/** One statement is one entry, whichever set it came from. */
export const feedbackKey = (item: { setId: string | null; statementId: string }) =>
  `${item.setId ?? ''}\u0000${item.statementId}`;

/** The stored list, keeping only well-formed entries: damaged storage loses nothing else. */
export function parseFeedback(stored: unknown): NoteFeedback[] {
  if (!Array.isArray(stored)) return [];
  const byKey = new Map<string, NoteFeedback>();
  for (const item of stored) {
    if (typeof item !== 'object' || item === null) continue;
    const r = item as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    if (r.verdict !== 'hidden' && r.verdict !== 'wrong') continue;
    const statementId = text(r.statementId);
    if (!statementId) continue;
    const entry: NoteFeedback = {
      verdict: r.verdict,
      statementId,
      setId: text(r.setId),
      statementText: text(r.statementText) ?? '',
      speaker: text(r.speaker),
      shownFor: text(r.shownFor) ?? '',
      at: text(r.at) ?? '',
    };
    byKey.set(feedbackKey(entry), entry);
  }
  return [...byKey.values()];
}

/** The list with `item` added, replacing any earlier word on the same statement. */
export function withFeedback(list: NoteFeedback[], item: NoteFeedback): NoteFeedback[] {
  const key = feedbackKey(item);
  return [...list.filter((other) => feedbackKey(other) !== key), item];
}

export function withoutFeedback(
  list: NoteFeedback[],
  item: { setId: string | null; statementId: string },
): NoteFeedback[] {
  const key = feedbackKey(item);
  return list.filter((other) => feedbackKey(other) !== key);
}

/** The file a set's maintainer gets: what was reported, per set, in a stable shape. */
export function feedbackExport(list: NoteFeedback[], exportedAt: string): string {
  const items = [...list].sort(
    (a, b) =>
      (a.setId ?? '').localeCompare(b.setId ?? '') || a.statementId.localeCompare(b.statementId),
  );
  return `${JSON.stringify({ format: 'backstory-note-feedback', version: 1, exportedAt, items }, null, 2)}\n`;
}
