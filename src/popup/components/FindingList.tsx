import type { FindingSummary } from '../../shared/protocol.ts';

interface FindingListProps {
  findings: FindingSummary[];
  onReveal: (id: string) => void;
}

/** The page's findings, in reading order; choosing one scrolls the page to it. */
export function FindingList({ findings, onReveal }: FindingListProps) {
  return (
    <ol class="findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <button type="button" class="finding" onClick={() => onReveal(finding.id)}>
            <q class="finding-text">{finding.text}</q>
            <span class="finding-meta">
              <span class="finding-speaker">
                {finding.kind === 'claim' ? 'Claim' : (finding.speaker ?? 'Speaker not identified')}
              </span>
              {finding.noteCount > 0 && (
                <span class="finding-notes">
                  {finding.noteCount} related statement{finding.noteCount === 1 ? '' : 's'}
                </span>
              )}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
