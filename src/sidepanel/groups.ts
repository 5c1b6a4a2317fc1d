import type { FindingSummary } from '../shared/protocol.ts';

/** The findings of one speaker (or the page's claims), in reading order. */
export interface FindingGroup {
  kind: 'speaker' | 'unattributed' | 'claims';
  /** The speaker's name as the article gives it; null for unattributed quotes and for claims. */
  speaker: string | null;
  findings: FindingSummary[];
}

/**
 * The page's findings grouped by who said them, speakers in the order the
 * article first quotes them, then quotes nobody could be named for, then the
 * claims. With `withNotes`, only findings that have a note.
 */
export function groupBySpeaker(
  findings: readonly FindingSummary[],
  withNotes: boolean,
): FindingGroup[] {
  const speakers = new Map<string, FindingGroup>();
  const unattributed: FindingGroup = { kind: 'unattributed', speaker: null, findings: [] };
  const claims: FindingGroup = { kind: 'claims', speaker: null, findings: [] };
  for (const finding of findings) {
    if (withNotes && finding.noteCount === 0) continue;
    if (finding.kind === 'claim') claims.findings.push(finding);
    else if (!finding.speaker) unattributed.findings.push(finding);
    else {
      let group = speakers.get(finding.speaker);
      if (!group) {
        group = { kind: 'speaker', speaker: finding.speaker, findings: [] };
        speakers.set(finding.speaker, group);
      }
      group.findings.push(finding);
    }
  }
  return [...speakers.values(), unattributed, claims].filter((group) => group.findings.length > 0);
}
