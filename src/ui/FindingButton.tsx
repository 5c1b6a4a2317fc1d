import { t } from '../shared/i18n.ts';
import type { FindingSummary } from '../shared/protocol.ts';
import { relatedCount } from './counts.ts';

interface FindingButtonProps {
  finding: FindingSummary;
  /** Scrolls the page to the finding and opens its note. */
  onReveal: (id: string) => void;
  /** Leave out the speaker line where a heading already names the speaker. */
  showSpeaker?: boolean;
}

/** One finding as a list item a reader can choose: its words, who said them, how many notes. */
export function FindingButton({ finding, onReveal, showSpeaker = true }: FindingButtonProps) {
  const who =
    finding.kind === 'claim' ? t('common_claim') : (finding.speaker ?? t('common_speakerUnknown'));
  return (
    <button
      type="button"
      class="finding"
      data-finding-id={finding.id}
      onClick={() => onReveal(finding.id)}
    >
      <q class="finding-text">{finding.text}</q>
      <span class="finding-meta">
        {showSpeaker && <span class="finding-speaker">{who}</span>}
        {finding.noteCount > 0 && (
          <span class="finding-notes">{relatedCount(finding.noteCount)}</span>
        )}
      </span>
    </button>
  );
}
