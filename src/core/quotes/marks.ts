/**
 * Quotation marks, and what each occurrence can do in its context.
 *
 * Families pair with each other: double marks (straight, curly, low-high
 * German, mixed straight and curly as careless typing leaves them), single
 * marks (the same, plus apostrophes to tell apart), guillemets either way
 * round (« French » and » German «, single ‹ › likewise), and CJK corner
 * brackets. Whether a mark opens or closes comes from its shape where the
 * shape says so (“ opens in English but closes in German: „so“), and from
 * what stands either side of it otherwise, the way a reader decides;
 * guillemets point either way, so whether one opens is left to the pairing.
 */
export type MarkFamily = 'double' | 'single' | 'angle' | 'single-angle' | 'corner' | 'white-corner';

export interface Mark {
  index: number;
  char: string;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
  /**
   * A closing single mark that may be an apostrophe instead ("the Koreas’
   * talks"): it closes only if no clearer closer follows.
   */
  weak: boolean;
}

const FAMILY: Record<string, MarkFamily> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  '＂': 'double',
  '〝': 'double',
  '〞': 'double',
  "'": 'single',
  '‘': 'single',
  '’': 'single',
  '‚': 'single',
  '‛': 'single',
  '«': 'angle',
  '»': 'angle',
  '‹': 'single-angle',
  '›': 'single-angle',
  '「': 'corner',
  '」': 'corner',
  '『': 'white-corner',
  '』': 'white-corner',
};

/** Every character that can be a quotation mark. */
const MARK_CHARS = new Set(Object.keys(FAMILY));

/** A regex source matching any mark character (for scanning). */
export const MARK_PATTERN = /["“”„‟＂〝〞'‘’‚‛«»‹›「」『』]/g;

/** Characters after which a mark opens: start, space, opening brackets and dashes. */
const OPENING_CONTEXT = /[\s([{<—–\-/]/;
/** Characters before which a mark closes: end, space, punctuation, closing brackets, dashes. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}>—–\-/…]/;

/** Elisions that start with an apostrophe: ’em, ’til, ’cause, rock ’n’ roll, ’90s. */
const ELISION =
  /^(?:em|til|till|cause|cos|bout|round|n|tis|twas|s|ll|re|ve|d|m|t|un|ere|neath|kay)\b|^\d\d(?:s|\b)/i;

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * The mark at `index` of `text` with what it can do there, or null when the
 * character is no quotation mark here (an apostrophe, an inch or foot sign).
 * `from`/`to` bound the paragraph: its edges count as spaces.
 */
export function markAt(text: string, index: number, from: number, to: number): Mark | null {
  const char = text[index]!;
  const family = FAMILY[char];
  if (!family) return null;
  const before = index > from ? text[index - 1] : undefined;
  const after = index + 1 < to ? text[index + 1] : undefined;
  const openSide = before === undefined || OPENING_CONTEXT.test(before) || MARK_CHARS.has(before);
  const closeSide = after === undefined || CLOSING_CONTEXT.test(after) || MARK_CHARS.has(after);
  // Opens where the space is before it and a word follows; closes the other way round.
  const opens = openSide && after !== undefined && !/\s/.test(after);
  const closes = closeSide && before !== undefined && !/\s/.test(before);
  const mark = (canOpen: boolean, canClose: boolean, weak = false): Mark | null =>
    canOpen || canClose ? { index, char, family, canOpen, canClose, weak } : null;

  switch (char) {
    case '„':
    case '‚':
    case '「':
    case '『':
    case '〝':
      return after !== undefined && !/\s/.test(after) ? mark(true, false) : null;
    case '」':
    case '』':
    case '〞':
      return mark(false, true);
    case '“':
    case '‟':
      // English opens with it; German closes with it („so“). Between letters it opens.
      return opens || !closes ? mark(true, false) : mark(false, true);
    case '”':
      // Closes; opens only where nothing else makes sense (Swedish ”så”, careless typing).
      return closes || !opens ? mark(false, true) : mark(true, false);
    case '«':
    case '‹':
    case '»':
    case '›':
      // « French » and » German « alike, spaced or not: the pairing decides.
      return after !== undefined || before !== undefined ? mark(true, true) : null;
    case '"':
    case '＂':
      if (opens && !closes) return mark(true, false);
      if (closes && !opens) return mark(false, true);
      // Spaces on both sides, or letters on both sides: the pairing decides.
      return mark(true, true);
    case '‘':
    case '‛':
      if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
      if (opens) return isElision(text, index + 1, to) ? null : mark(true, false);
      return closes ? mark(false, true) : null;
    default:
      return singleCloserOrApostrophe(text, index, to, before, after, opens, closes, mark);
  }
}

/** ’ and ': apostrophes inside words and in elisions, quotation marks at word edges. */
function singleCloserOrApostrophe(
  text: string,
  index: number,
  to: number,
  before: string | undefined,
  after: string | undefined,
  opens: boolean,
  closes: boolean,
  mark: (canOpen: boolean, canClose: boolean, weak?: boolean) => Mark | null,
): Mark | null {
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
  if (opens) return isElision(text, index + 1, to) ? null : mark(true, false);
  if (!closes) return null;
  // "the Koreas’ talks", "Jones’ book": a plural or sibilant possessive reads like a closer.
  const possessive = before !== undefined && /[sSzZxX]/.test(before) && /\s/.test(after ?? '');
  return mark(false, true, possessive);
}

function isElision(text: string, from: number, to: number): boolean {
  return ELISION.test(text.slice(from, Math.min(to, from + 8)));
}
