import { describe, expect, it } from 'vitest';
import type { FindingSummary } from '../../../src/shared/protocol.ts';
import { groupBySpeaker } from '../../../src/sidepanel/groups.ts';

const finding = (
  id: string,
  speaker: string | null,
  noteCount = 0,
  kind: 'quote' | 'claim' = 'quote',
): FindingSummary => ({ id, kind, text: `text ${id}`, speaker, noteCount });

describe('the side panel’s groups', () => {
  const findings = [
    finding('q1', 'KCNA', 2),
    finding('q2', 'Yoon'),
    finding('q3', null),
    finding('c1', null, 1, 'claim'),
    finding('q4', 'KCNA'),
  ];

  it('groups by speaker in the order first quoted, then unattributed quotes, then claims', () => {
    expect(
      groupBySpeaker(findings, false).map((g) => [g.kind, g.speaker, g.findings.map((f) => f.id)]),
    ).toEqual([
      ['speaker', 'KCNA', ['q1', 'q4']],
      ['speaker', 'Yoon', ['q2']],
      ['unattributed', null, ['q3']],
      ['claims', null, ['c1']],
    ]);
  });

  it('keeps only findings with notes, and drops groups left empty', () => {
    expect(
      groupBySpeaker(findings, true).map((g) => [g.kind, g.findings.map((f) => f.id)]),
    ).toEqual([
      ['speaker', ['q1']],
      ['claims', ['c1']],
    ]);
  });
});
