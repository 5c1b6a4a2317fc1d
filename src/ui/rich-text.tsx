import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../shared/i18n.ts';

/** Private-use characters: never in a translation, so they mark where each part goes. */
const marker = (n: number) => String.fromCharCode(0xe000 + n);
const MARKERS = /([\uE000-\uE008])/;

/**
 * A message with elements inside it ("each review’s <code>claimReviewed</code>
 * becomes…"): the translation decides where each part goes, as a placeholder,
 * and the parts are drawn as elements rather than spliced in as markup.
 */
export function richText(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren[] {
  const message = t(key, ...parts.map((_, n) => marker(n)));
  return message
    .split(MARKERS)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const at = piece.length === 1 ? piece.charCodeAt(0) - 0xe000 : -1;
      return at >= 0 && at < parts.length ? parts[at] : piece;
    });
}
