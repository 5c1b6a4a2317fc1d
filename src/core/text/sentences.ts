import { keepsPeriod, PARTY_TAG } from './words.ts';

/** A stretch of the article text: [start, end) are offsets into it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence-final punctuation, any closing marks after it, and the space that
 * follows; or, on pages that lost that space ("on Wednesday.According to"),
 * a full stop between a lowercase word and a capitalised one.
 */
const CANDIDATE = /[.!?…]+[”’"'»)\]]*(?=\s)|(?<=\p{Ll}{2})[.!?][”’"»]?(?=[“"‘]?\p{Lu}\p{Ll})|\n/gu;

/** What may start a sentence: a capital, a digit, an opening mark or bracket. */
const SENTENCE_START = /[\p{Lu}\p{N}“‘"'«„([¿¡]/u;

/** Capitalised words that start sentences but rarely follow an abbreviation inside one. */
const SENTENCE_OPENERS = new Set([
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'A',
  'An',
  'This',
  'That',
  'There',
  'His',
  'Her',
  'Their',
  'However',
  'Its',
  'On',
  'At',
  'As',
  'For',
  'If',
  'When',
  'While',
  'After',
  'Some',
  'Many',
]);

/**
 * The sentences of text[from, to), trimmed. A period after an abbreviation
 * or an initial ("Mr. Reeves", "C. Eugene Steuerle") ends nothing; after a
 * dotted abbreviation ("the U.S.", "D-Colo.") it ends the sentence only when a typical
 * sentence opener follows. A line break always ends one.
 */
export function sentencesIn(text: string, from: number, to: number): Span[] {
  const sentences: Span[] = [];
  let start = from;
  // Searched within the range only, so no search runs on past it.
  for (const match of text.slice(from, to).matchAll(CANDIDATE)) {
    const mark = from + match.index;
    const end = mark + match[0].length;
    if (match[0] !== '\n' && !endsSentence(text, start, mark, end, to)) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, to);
  return sentences;
}

function endsSentence(text: string, start: number, mark: number, end: number, to: number): boolean {
  // "1. Finland": the number of a list item.
  if (/^\s*\d{1,3}$/.test(text.slice(start, mark))) return false;
  let next = end;
  while (next < to && /\s/.test(text[next]!)) next++;
  if (next >= to) return true;
  if (!SENTENCE_START.test(text[next]!)) return false;
  if (text[mark] !== '.' || end - mark > 1) return true;
  const word = wordBefore(text, mark + 1);
  if (!word || !keepsPeriod(word)) return true;
  if (!word.slice(0, -1).includes('.') && !PARTY_TAG.test(word)) return false;
  const following = /^\p{L}+/u.exec(text.slice(next, next + 12))?.[0] ?? '';
  return SENTENCE_OPENERS.has(following);
}

/** The word (with inner periods) that ends just before `end`, including its final period. */
function wordBefore(text: string, end: number): string {
  let start = end - 1;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function push(sentences: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end });
}
