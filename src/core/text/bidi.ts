/** Unicode's bidi controls: the Arabic letter mark, LRM and RLM, embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every bidi control replaced by `replacement`. They only steer
 * display, but wrapped around a name they split it from its cue, and the
 * quote goes to the previous speaker. The reader replaces each with a space,
 * so every offset still points into the page's own text; a name drops them.
 */
export function withoutBidiControls(text: string, replacement = ''): string {
  return text.replace(BIDI_CONTROLS, replacement);
}
