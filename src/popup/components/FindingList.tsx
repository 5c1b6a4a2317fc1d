import type { FindingSummary } from '../../shared/protocol.ts';
import { FindingButton } from '../../ui/FindingButton.tsx';

interface FindingListProps {
  findings: FindingSummary[];
  onReveal: (id: string) => void;
}

/** The page's findings, in reading order; choosing one scrolls the page to it and opens its note. */
export function FindingList({ findings, onReveal }: FindingListProps) {
  return (
    <ol class="findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <FindingButton finding={finding} onReveal={onReveal} />
        </li>
      ))}
    </ol>
  );
}
