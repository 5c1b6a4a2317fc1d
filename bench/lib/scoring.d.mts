/** A labelled quotation located in an article's text. */
export interface LabelledQuote {
  start: number;
  end: number;
  speaker: string;
  alternatives?: string[];
}

/** A quotation as labelled in tests/fixtures/reading: exact words, or first and last words. */
export type TextLabel = { speaker: string; alternatives?: string[] } & (
  | { text: string }
  | { opening: string; closing: string }
);

export function hashOf(text: string): string;

export function matchQuotes<F extends { start: number; end: number }>(
  truths: LabelledQuote[],
  found: F[],
  threshold?: number,
): { pairs: [LabelledQuote, F][]; missed: LabelledQuote[]; extra: F[] };

export function normaliseName(name: string): string;

export function sameSpeaker(found: string | null, truth: LabelledQuote): boolean;

export function locateLabels(text: string, labels: TextLabel[]): LabelledQuote[];
