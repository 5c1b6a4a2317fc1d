/**
 * Traces the text nodes Readability keeps in its clone back to the live page.
 *
 * Two ways, fastest first. `cloneNode(true)` copies the tree exactly, so a
 * walk over clone and live document in step pairs every text node with its
 * original, and Readability moves nodes around without changing their
 * identity. But when its first pass keeps too little text, Readability
 * restores the page from an `innerHTML` snapshot and tries again: every node
 * of that second pass is new. Those are found by their text instead, in
 * document order, since the snapshot's text is the live text; where the
 * snapshot merged two live nodes (a script between them was removed), the
 * clone's node is split to match.
 */
export class LiveTextTracer {
  private readonly pairs: Map<Text, Text>;
  private aligner: TextAligner | null = null;

  /** Call before Readability touches `clone`. */
  constructor(clone: Document, live: Document) {
    this.pairs = pairTextNodes(clone, live);
  }

  /** The live node of every text node under `content` (Readability's output) that has one. */
  trace(content: Element): Map<Text, Text> {
    const traced = new Map<Text, Text>();
    const walker = content.ownerDocument.createTreeWalker(content, SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const paired = this.pairs.get(node);
      if (paired) {
        this.aligner?.passed(paired);
        traced.set(node, paired);
        continue;
      }
      this.aligner ??= new TextAligner([...this.pairs.values()]);
      const pieces = this.aligner.find(node.data);
      let piece = node;
      for (const [index, original] of pieces.entries()) {
        if (index < pieces.length - 1) piece.splitText(original.data.length);
        traced.set(piece, original);
        if (index < pieces.length - 1) piece = piece.nextSibling as Text;
      }
      walker.currentNode = piece;
    }
    return traced;
  }
}

const SHOW_TEXT = 4;

function pairTextNodes(clone: Document, live: Document): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  let a: Node | null = clone.documentElement;
  let b: Node | null = live.documentElement;
  while (a && b) {
    if (a.nodeType === 3) pairs.set(a as Text, b as Text);
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && !a.nextSibling) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || !b || a === clone || b === live) break;
    a = a.nextSibling;
    b = b.nextSibling;
  }
  return pairs;
}

/** Text inside these never reaches Readability's output, so a merged node skips it. */
const INVISIBLE_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** How far past the last match to look for the start of a merged node. */
const MERGE_LOOKAHEAD = 64;

/**
 * Finds live text nodes by their text, moving forward through the document:
 * each lookup takes the first unclaimed node with the same text after the
 * last one found, so repeated strings ("Advertisement", a name) resolve to
 * the right occurrence.
 */
class TextAligner {
  private readonly order = new Map<Text, number>();
  private readonly byText = new Map<string, number[]>();
  private readonly claimed = new Set<number>();
  private cursor = -1;

  /** `nodes`: every live text node, in document order. */
  constructor(private readonly nodes: readonly Text[]) {
    nodes.forEach((node, index) => {
      this.order.set(node, index);
      const list = this.byText.get(node.data);
      if (list) list.push(index);
      else this.byText.set(node.data, [index]);
    });
  }

  /** Moves the cursor past a node that was found another way. */
  passed(node: Text): void {
    const index = this.order.get(node);
    if (index !== undefined && index > this.cursor) this.cursor = index;
  }

  /** The live nodes whose text, in order, is `data`; empty when there are none. */
  find(data: string): Text[] {
    const whole = this.findWhole(data);
    if (whole >= 0) return [this.claim(whole)];
    return this.findMerged(data).map((index) => this.claim(index));
  }

  private findWhole(data: string): number {
    const list = this.byText.get(data);
    if (!list) return -1;
    let earlier = -1;
    for (const index of list) {
      if (this.claimed.has(index)) continue;
      if (index > this.cursor) return index;
      if (earlier < 0) earlier = index;
    }
    return earlier;
  }

  /** Consecutive visible live nodes after the cursor that together spell `data`. */
  private findMerged(data: string): number[] {
    const limit = Math.min(this.nodes.length, this.cursor + 1 + MERGE_LOOKAHEAD);
    for (let first = this.cursor + 1; first < limit; first++) {
      const chain = this.chainFrom(first, data);
      if (chain.length > 0) return chain;
    }
    return [];
  }

  private chainFrom(first: number, data: string): number[] {
    const chain: number[] = [];
    let offset = 0;
    for (let index = first; index < this.nodes.length && offset < data.length; index++) {
      const node = this.nodes[index]!;
      if (chain.length > 0 && INVISIBLE_PARENTS.has(node.parentElement?.tagName ?? '')) continue;
      if (node.data.length === 0 || this.claimed.has(index)) return [];
      if (!data.startsWith(node.data, offset)) return [];
      chain.push(index);
      offset += node.data.length;
    }
    return offset === data.length && chain.length > 1 ? chain : [];
  }

  private claim(index: number): Text {
    this.claimed.add(index);
    this.cursor = index;
    return this.nodes[index]!;
  }
}
