import type { TextMap } from './text-map.ts';

/** A stretch of one live text node: [start, end) in node offsets. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/**
 * The live text pieces that show article text [start, end). Null when the
 * page has since removed or rewritten one of those nodes, so a stale offset
 * can never paint the wrong words.
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
  return pieces.length > 0 ? pieces : null;
}
