import type { Reading } from '../core/read.ts';
import type { ContextNote } from '../core/types.ts';
import { piecesFor } from '../dom/anchor.ts';
import type { HighlightRequest } from '../dom/highlighter.ts';
import type { TextMap } from '../dom/text-map.ts';
import type { FindingSummary } from '../shared/protocol.ts';

/** A quote or claim as the page shows it. */
export interface Finding {
  id: string;
  kind: 'quote' | 'claim';
  text: string;
  speaker: string | null;
  start: number;
}

/**
 * What to draw: every quote, and the claims that have a context note (a
 * claim without one would only add paint to the page). Findings that no
 * longer anchor in the live page are left out rather than drawn wrongly.
 */
export function planHighlights(
  map: TextMap,
  reading: Reading,
  notes: ReadonlyMap<string, ContextNote>,
): { requests: HighlightRequest[]; drawn: Finding[] } {
  const candidates: Finding[] = [
    ...reading.quotes.map((q) => ({
      id: q.id,
      kind: 'quote' as const,
      text: q.text,
      speaker: q.speaker,
      start: q.start,
    })),
    ...reading.claims
      .filter((c) => notes.has(c.id))
      .map((c) => ({
        id: c.id,
        kind: 'claim' as const,
        text: c.text,
        speaker: null,
        start: c.start,
      })),
  ].sort((a, b) => a.start - b.start);

  const requests: HighlightRequest[] = [];
  const drawn: Finding[] = [];
  for (const finding of candidates) {
    const pieces = piecesFor(map, finding.start, finding.start + finding.text.length, finding.text);
    if (!pieces) continue;
    const note = notes.get(finding.id);
    requests.push({
      id: finding.id,
      kind: finding.kind,
      pieces,
      label: note ? noteLabel(finding, note) : undefined,
    });
    drawn.push(finding);
  }
  return { requests, drawn };
}

function noteLabel(finding: Finding, note: ContextNote): string {
  const count = note.statements.length;
  const what =
    finding.kind === 'quote' ? `Quote${finding.speaker ? ` by ${finding.speaker}` : ''}` : 'Claim';
  return `${what}: show ${count} related statement${count === 1 ? '' : 's'}`;
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
