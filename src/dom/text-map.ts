import type { BlockKind, TextBlock } from '../core/types.ts';

/**
 * The article text and the live text nodes it came from.
 *
 * The core reads a plain string; the page needs DOM ranges. This map is the
 * bridge: every run of article text points at the live Text node it was read
 * from, with per-character node offsets where whitespace was collapsed, so an
 * article offset converts to a (node, offset) pair exactly, even across links
 * and emphasis.
 */
export interface TextSegment {
  node: Text;
  /** Article-text offset of the segment's first character. */
  start: number;
  /** Article-text offset just past the segment's last character. */
  end: number;
  /**
   * Node offset of each article character in the segment, plus one entry for
   * the end; null when the node's text was taken verbatim from `nodeStart`.
   */
  nodeOffsets: Uint32Array | null;
  nodeStart: number;
}

export interface TextPoint {
  node: Text;
  offset: number;
}

export class TextMap {
  constructor(
    readonly text: string,
    readonly segments: readonly TextSegment[],
    /** Block quotes, headings, captions, list items and code, in document order. */
    readonly blocks: readonly TextBlock[] = [],
  ) {}

  /**
   * The live position of an article offset. `affinity` decides which node an
   * offset on a segment boundary belongs to: a range's start looks forward, its
   * end looks back, so neither grabs a neighbouring node.
   */
  pointAt(offset: number, affinity: 'forward' | 'backward'): TextPoint | null {
    const index = this.segmentIndexAt(offset, affinity);
    if (index < 0) return null;
    const segment = this.segments[index]!;
    const local = offset - segment.start;
    const nodeOffset = segment.nodeOffsets
      ? segment.nodeOffsets[local]!
      : segment.nodeStart + local;
    return { node: segment.node, offset: nodeOffset };
  }

  /** The segments that hold part of [start, end), in document order. */
  segmentsIn(start: number, end: number): TextSegment[] {
    const first = this.segmentIndexAt(start, 'forward');
    if (first < 0) return [];
    const result: TextSegment[] = [];
    for (let i = first; i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      if (segment.start >= end) break;
      result.push(segment);
    }
    return result;
  }

  private segmentIndexAt(offset: number, affinity: 'forward' | 'backward'): number {
    const { segments } = this;
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid]!;
      const inside =
        affinity === 'forward'
          ? offset >= segment.start && offset < segment.end
          : offset > segment.start && offset <= segment.end;
      if (inside) return mid;
      if (offset < segment.start || (affinity === 'backward' && offset === segment.start)) {
        high = mid - 1;
      } else {
        low = mid + 1;
      }
    }
    // Between segments (on a paragraph break): snap to the nearest one in the affinity's direction.
    if (affinity === 'forward') return low < segments.length ? low : -1;
    return high >= 0 ? high : -1;
  }
}

/** Elements that start a new paragraph in the article text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose text the reader treats differently from a plain paragraph. */
const BLOCK_KINDS: Record<string, BlockKind> = {
  BLOCKQUOTE: 'quote',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  FIGCAPTION: 'caption',
  // Whatever a figure holds besides its image is caption or credit, however marked up.
  FIGURE: 'caption',
  LI: 'item',
  PRE: 'code',
};

/** Content that is never article text, even inside the article. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME']);

const WHITESPACE = /[ \t\n\r\f\u00a0]/;

/**
 * Builds the article text from `root`'s text nodes, collapsing whitespace as
 * a browser renders it and separating blocks with a blank line. `liveNodeOf`
 * maps each text node under `root` to the live node it stands for (the
 * identity when `root` is live); nodes it does not know are left out, since
 * nothing could be highlighted in them.
 */
export function buildTextMap(root: Element, liveNodeOf: (node: Text) => Text | undefined): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  let pendingBreak: '' | '\n' | '\n\n' = '';
  let pendingSpace = false;
  /**
   * Where a pending space came from, so the space can be highlighted with the
   * words around it: the last segment, when its node ended in whitespace.
   */
  let trailingSpaceOffset = -1;

  const requestBreak = (kind: '\n' | '\n\n') => {
    if (text.length === 0) return;
    if (kind === '\n\n' || pendingBreak === '') pendingBreak = kind;
    pendingSpace = false;
    trailingSpaceOffset = -1;
  };

  const appendText = (node: Text) => {
    const live = liveNodeOf(node);
    const data = node.data;
    if (!live || data.length === 0) return;
    const offsets: number[] = [];
    let segmentStart = -1;
    let whitespaceRunStart = -1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (WHITESPACE.test(ch)) {
        if (whitespaceRunStart < 0) whitespaceRunStart = i;
        if (text.length > 0 && pendingBreak === '') pendingSpace = true;
        continue;
      }
      const separator = pendingBreak || (pendingSpace ? ' ' : '');
      const spaceIsOurs = separator === ' ' && whitespaceRunStart >= 0;
      if (segmentStart < 0) {
        if (separator === ' ' && !spaceIsOurs) extendLastSegmentOverSpace();
        else if (separator && !spaceIsOurs) text += separator;
        segmentStart = text.length;
      }
      if (spaceIsOurs) {
        offsets.push(whitespaceRunStart);
        text += ' ';
      }
      pendingBreak = '';
      pendingSpace = false;
      whitespaceRunStart = -1;
      trailingSpaceOffset = -1;
      offsets.push(i);
      text += ch;
    }
    if (segmentStart < 0) return;
    offsets.push(offsets[offsets.length - 1]! + 1);
    const nodeStart = offsets[0]!;
    const verbatim = offsets.every((offset, k) => offset === nodeStart + k);
    segments.push({
      node: live,
      start: segmentStart,
      end: text.length,
      nodeOffsets: verbatim ? null : Uint32Array.from(offsets),
      nodeStart,
    });
    trailingSpaceOffset = pendingSpace ? whitespaceRunStart : -1;
  };

  /** Adds the pending space to the text, inside the previous segment when its node holds it. */
  const extendLastSegmentOverSpace = () => {
    const last = segments[segments.length - 1];
    if (last && trailingSpaceOffset >= 0 && last.end === text.length) {
      const offsets = last.nodeOffsets
        ? [...last.nodeOffsets]
        : Array.from({ length: last.end - last.start + 1 }, (_, k) => last.nodeStart + k);
      // The entry for the end moves one place on: the space sits where the end was.
      offsets[offsets.length - 1] = trailingSpaceOffset;
      offsets.push(trailingSpaceOffset + 1);
      const verbatim = offsets.every((offset, k) => offset === last.nodeStart + k);
      last.nodeOffsets = verbatim ? null : Uint32Array.from(offsets);
      last.end += 1;
    }
    text += ' ';
    trailingSpaceOffset = -1;
  };

  // Blocks of a kind that are open, with the number of segments before them.
  const open: { element: Node; kind: BlockKind; firstSegment: number }[] = [];
  const blocks: TextBlock[] = [];
  const leave = (node: Node) => {
    const top = open[open.length - 1];
    if (top?.element !== node) return;
    open.pop();
    const first = segments[top.firstSegment];
    if (first) blocks.push({ kind: top.kind, start: first.start, end: text.length });
  };

  // Iterative walk: article DOMs can nest deeper than the call stack allows.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      appendText(node as Text);
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') requestBreak('\n');
      else if (!SKIPPED_TAGS.has(tag)) {
        if (BLOCK_TAGS.has(tag)) requestBreak('\n\n');
        descend = node.firstChild !== null;
        const kind = BLOCK_KINDS[tag];
        // Inside a caption, a list or heading is still the caption.
        const inCaption = open.some((block) => block.kind === 'caption');
        if (descend && kind && !inCaption) {
          open.push({ element: node, kind, firstSegment: segments.length });
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      leave(node);
      node = node.parentNode;
      if (node && node !== root && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
        requestBreak('\n\n');
      }
    }
    if (!node || node === root) break;
    leave(node);
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
      requestBreak('\n\n');
    }
    node = node.nextSibling;
  }
  // Blocks close in document order of their ends; readers want them by start.
  blocks.sort((a, b) => a.start - b.start || b.end - a.end);
  return new TextMap(text, segments, blocks);
}
