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
            <span class="finding-speaker">{finding.speaker ?? 'Speaker not identified'}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
