import type { TextMap } from './text-map.ts';

/** A stretch of one live text node: [start, end) in node offsets. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/**
 * The live text pieces that show article text [start, end). Null when the
 * page has since removed or rewritten one of those nodes (the live text must
 * still read `expected`), so a stale offset can never paint the wrong words.
 */
export function piecesFor(
  map: TextMap,
  start: number,
  end: number,
  expected: string,
): TextPiece[] | null {
  if (!(start >= 0 && end > start && end <= map.text.length)) return null;
  if (map.text.slice(start, end) !== expected) return null;
  const pieces: TextPiece[] = [];
  for (const segment of map.segmentsIn(start, end)) {
    const from = map.pointAt(Math.max(start, segment.start), 'forward');
    const to = map.pointAt(Math.min(end, segment.end), 'backward');
    if (!from || !to || from.node !== segment.node || to.node !== segment.node) return null;
    if (!segment.node.isConnected || to.offset > segment.node.data.length) return null;
    if (to.offset > from.offset)
      pieces.push({ node: segment.node, start: from.offset, end: to.offset });
  }
  if (pieces.length === 0) return null;
  // The map may be older than the page's last edit: the live nodes must still say it.
  const live = pieces.map(({ node, start, end }) => node.data.slice(start, end)).join('');
  return visible(live) === visible(expected) ? pieces : null;
}

/**
 * The characters that are not whitespace: the article text collapses the
 * page's whitespace and adds breaks between blocks, so only the rest can be
 * compared with the live nodes.
 */
const visible = (text: string) => text.replace(/[ \t\n\r\f\u00a0]+/g, '');
