import {
  type SideRelation,
  type SpeakerTimeline,
  withPageQuotes,
} from '../core/refset/timeline.ts';
import { type MessageKey, t } from '../shared/i18n.ts';
import type { FindingSummary } from '../shared/protocol.ts';
import { statementCount } from '../ui/counts.ts';

const RELATION_LABELS: Record<SideRelation, MessageKey> = {
  'same-speaker': 'common_relationSameSpeaker',
  'same-organisation': 'common_relationSameOrganisation',
  'same-government': 'common_relationSameGovernment',
};

interface TimelineProps {
  timeline: SpeakerTimeline;
  /** This speaker's quotes on the page, placed in the timeline at the article's date. */
  pageQuotes: FindingSummary[];
  published: string | null;
  onReveal: (id: string) => void;
}

/** What the speaker and their side said in the enabled sets, by date, with this article among them. */
export function Timeline({ timeline, pageQuotes, published, onReveal }: TimelineProps) {
  const earlier = timeline.items.length;
  if (earlier === 0) return <p class="timeline-none muted">{t('panel_timelineNone')}</p>;
  const placed = withPageQuotes(timeline, pageQuotes, published);
  return (
    <details class="timeline">
      <summary>{t('panel_timelineSummary', statementCount(earlier))}</summary>
      <ol class="timeline-items">
        {placed.items.map((item) =>
          item.kind === 'page' ? (
            <li key={`page:${item.findingId}`} class="timeline-item timeline-page">
              <span class="timeline-date">{item.date ?? t('panel_thisArticle')}</span>
              <button
                type="button"
                class="timeline-quote"
                aria-label={t('panel_pageQuoteLabel', item.text)}
                onClick={() => onReveal(item.findingId)}
              >
                <span class="tag">{t('panel_thisArticle')}</span> <q>{item.text}</q>
              </button>
            </li>
          ) : (
            <li key={`${item.setId}:${item.id}`} class="timeline-item">
              <span class="timeline-date">{item.date ?? t('common_undated')}</span>
              <span class="timeline-who">
                {item.speaker} <span class="tag">{t(RELATION_LABELS[item.relation])}</span>
              </span>
              <q class="timeline-text">{item.text}</q>
              {item.source.title && <span class="timeline-source muted">{item.source.title}</span>}
            </li>
          ),
        )}
      </ol>
    </details>
  );
}
