import type { Reading } from '../core/read.ts';
import { findSpan } from '../core/selector.ts';
import type { ContextNote, TextQuoteSelector } from '../core/types.ts';
import { piecesFor } from '../dom/anchor.ts';
import type { HighlightRequest } from '../dom/highlighter.ts';
import type { TextMap } from '../dom/text-map.ts';
import type { FindingSummary } from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';

/** The reader's choices of what the page shows (see src/shared/settings.ts). */
export type DisplayChoices = Pick<Settings, 'showUnnotedQuotes' | 'showClaims' | 'showStance'>;

/** A quote or claim as the page shows it. */
export interface Finding {
  id: string;
  kind: 'quote' | 'claim';
  text: string;
  speaker: string | null;
  start: number;
  selector: TextQuoteSelector;
}

/**
 * What to draw. A finding with a context note is painted to be opened; a
 * quote without one gets quiet paint, or none when the reader chose so; a
 * claim is drawn only with a note (alone it would only add paint to the
 * page), and not at all when the reader switched claims off. A finding is
 * anchored at its offsets, or, when the page has moved its text since it
 * was read, where its words and their context now are; one that no longer
 * anchors is left out rather than drawn wrongly.
 */
export function planHighlights(
  map: TextMap,
  reading: Reading,
  notes: ReadonlyMap<string, ContextNote>,
  display: DisplayChoices,
): { requests: HighlightRequest[]; drawn: Finding[] } {
  const candidates: (Finding & { reported: boolean })[] = [
    ...reading.quotes
      .filter((q) => display.showUnnotedQuotes || notes.has(q.id))
      .map((q) => ({
        id: q.id,
        kind: 'quote' as const,
        text: q.text,
        speaker: q.speaker,
        start: q.start,
        selector: q.selector,
        reported: q.kind === 'reported',
      })),
    ...reading.claims
      .filter((c) => display.showClaims && notes.has(c.id))
      .map((c) => ({
        id: c.id,
        kind: 'claim' as const,
        text: c.text,
        speaker: null,
        start: c.start,
        selector: c.selector,
        reported: false,
      })),
  ];

  const requests: HighlightRequest[] = [];
  const drawn: Finding[] = [];
  for (const { reported: _, ...finding } of oneAtEachPlace(candidates, notes)) {
    const pieces = anchor(map, finding);
    if (!pieces) continue;
    requests.push({ id: finding.id, layer: notes.has(finding.id) ? 'noted' : 'quote', pieces });
    drawn.push(finding);
  }
  return { requests, drawn };
}

/**
 * Overlapping paint reads as one highlight and one click target, so each
 * stretch of text shows one finding: one with a note before one without, the
 * speaker's own words before a report of them (a reported clause often holds
 * a quoted fragment). The rest stay in the reading, only undrawn. In reading order.
 */
function oneAtEachPlace<F extends Finding & { reported: boolean }>(
  candidates: F[],
  notes: ReadonlyMap<string, ContextNote>,
): F[] {
  const rank = (f: F) => (notes.has(f.id) ? 0 : 2) + (f.reported ? 1 : 0);
  const kept: F[] = [];
  for (const finding of [...candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    const end = finding.start + finding.text.length;
    const overlaps = kept.some((k) => finding.start < k.start + k.text.length && k.start < end);
    if (!overlaps) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function anchor(map: TextMap, finding: Finding) {
  const end = finding.start + finding.text.length;
  const atOffsets = piecesFor(map, finding.start, end, finding.text);
  if (atOffsets) return atOffsets;
  const moved = findSpan(map.text, finding.selector, finding.start);
  return moved && piecesFor(map, moved.start, moved.end, finding.text);
}

export function findingsOf(
  drawn: Finding[],
  notes: ReadonlyMap<string, ContextNote>,
): FindingSummary[] {
  return drawn.map((f) => ({
    id: f.id,
    kind: f.kind,
    text: f.text,
    speaker: f.speaker,
    noteCount: notes.get(f.id)?.statements.length ?? 0,
  }));
}
