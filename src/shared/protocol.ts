import type { SpeakerTimeline } from '../core/refset/timeline.ts';
import type { ArticleMeta, ClaimFinding, ContextNote, QuoteFinding } from '../core/types.ts';

/**
 * Every message between Backstory's contexts, one map per direction. A
 * method's parameter is the payload and its return type the reply. Events
 * are past tense, commands imperative. Replies travel as `Result`, because
 * Error objects do not survive structured cloning in every browser.
 *
 * Settings are not messages: every context reads and watches them in
 * storage (src/shared/settings.ts), so a toggle reaches tabs even while the
 * background is asleep. The same holds for the notes a reader hid or
 * reported (src/shared/note-feedback.ts): a tab writes them, every tab and
 * the options page watch them.
 */

/** What the popup lists for one finding. */
export interface FindingSummary {
  id: string;
  kind: 'quote' | 'claim';
  text: string;
  speaker: string | null;
  /** How many statements its context note holds (0: no note). */
  noteCount: number;
}

/** The content script's view of its page, as the popup shows it. */
export type PageStatus = { site: string } & PageState;

export type PageState =
  | { state: 'off'; reason: 'everywhere' | 'site' }
  | { state: 'not-article' }
  | { state: 'reading' }
  | { state: 'failed'; error: string }
  | {
      state: 'annotated';
      quoteCount: number;
      claimCount: number;
      findings: FindingSummary[];
      /** When the article says it was published (ISO 8601), to place its quotes on a timeline. */
      published?: string | null;
    };

/** Sent by a content script to the background. */
export interface ContentToBackground {
  /** The page's highlights changed; `count` is what the badge shows (0 clears it). */
  findingsChanged(payload: { count: number }): void;
  /**
   * Find context notes for an article's findings. The background holds the
   * reference index once for every tab, so tabs send their findings to it
   * rather than each loading the sets.
   */
  matchFindings(payload: {
    article: ArticleMeta;
    quotes: QuoteFinding[];
    claims: ClaimFinding[];
    /**
     * Where the findings come from, so the background can record the
     * article into "Your reading" from the same findings (when the user
     * chose it, and never in a private window): the address, the
     * article's id (`articleIdOf` its text; the text itself stays in the
     * page) and whether the page is in a private window.
     */
    page?: ReadPageInfo;
  }): ContextNote[];
}

export interface ReadPageInfo {
  url: string;
  articleId: string;
  incognito: boolean;
}

/**
 * `storage.local` key of the recording status of "Your reading": recording
 * stops, and the options page says why, when storing failed (a full disk or
 * quota). Nothing recorded is dropped.
 */
export const READING_STATUS_KEY = 'readingStatus';

export interface ReadingStatus {
  stopped: { reason: 'quota'; message: string; at: string } | null;
}

/** Sent by the popup and the background to a tab's content script. */
export interface ToContent {
  /** Report what the page holds. */
  getPageStatus(payload: Record<string, never>): PageStatus;
  /**
   * Scroll the finding into view and draw the reader's eye to it; with
   * `open`, also open its context note, as a click on the highlight would.
   */
  revealFinding(payload: { id: string; open?: boolean }): boolean;
}

/** Sent by the extension's own pages (the side panel) to the background. */
export interface PageToBackground {
  /**
   * The timelines of the speakers an article quotes: what each, and their
   * side, said in the enabled sets, by date. The background holds the sets,
   * so a panel never loads them itself.
   */
  getSpeakerTimelines(payload: { speakers: string[] }): SpeakerTimeline[];
}

/** Broadcast by the background to the extension's own pages. */
export interface BackgroundToPages {
  /** A tab's findings changed (it was read, redrawn or switched off): a panel showing it asks again. */
  tabFindingsChanged(payload: { tabId: number }): void;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<M, K extends keyof M = keyof M> {
  /** Tells our messages from anything else on the channel. */
  backstory: 1;
  type: K;
  payload: M[K] extends (payload: infer P) => unknown ? P : never;
}

export type PayloadOf<M, K extends keyof M> = M[K] extends (payload: infer P) => unknown
  ? P
  : never;
export type ReplyOf<M, K extends keyof M> = M[K] extends (...args: never[]) => infer R ? R : never;
