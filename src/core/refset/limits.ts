/**
 * How much the reference-set code accepts and says: size limits, and the cap
 * on messages. Kept apart from the validator so the options page can show
 * messages without loading it.
 */

/** More messages than this help nobody fix a file; the rest are counted. */
export const MAX_ERRORS = 50;

/** Caps on sizes: far above any real set, low enough that a hostile file cannot exhaust memory. */
export const LIMITS = {
  id: 200,
  name: 300,
  description: 2_000,
  context: 1_000,
  text: 20_000,
  url: 2_048,
  setDescription: 20_000,
  aliases: 200,
  memberOf: 50,
  statementTopics: 50,
  positions: 20,
  cuesPerPosition: 100,
  topics: 10_000,
  speakers: 1_000_000,
  statements: 1_000_000,
  /** An imported file's text, in UTF-16 code units: about 200 MB of plain text. */
  importChars: 200_000_000,
} as const;

/** At most `max` messages plus a count of the rest. */
export function capMessages(messages: string[], max = MAX_ERRORS, noun = 'error'): string[] {
  if (messages.length <= max) return messages;
  const more = messages.length - max;
  return [...messages.slice(0, max), `... and ${more} more ${noun}${more === 1 ? '' : 's'}`];
}

const CAPPED = /^\.\.\. and (\d+) more (?:error|warning)s?$/;

/**
 * What `capMessages` kept, and how many it left out, for a reader that shows
 * the count apart from the list (the options page).
 */
export function splitCapped(messages: string[]): { shown: string[]; more: number } {
  const more = CAPPED.exec(messages.at(-1) ?? '')?.[1];
  return more === undefined
    ? { shown: messages, more: 0 }
    : { shown: messages.slice(0, -1), more: Number(more) };
}
