import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SpeakerTimeline } from '../core/refset/timeline.ts';
import { t } from '../shared/i18n.ts';
import { FindingButton } from '../ui/FindingButton.tsx';
import { pageSummary } from '../ui/page-summary.ts';
import type { TabView } from '../ui/tab-view.ts';
import type { PanelConnection } from './connection.ts';
import { type FindingGroup, groupBySpeaker } from './groups.ts';
import { Timeline } from './Timeline.tsx';

/** How often to ask again while the page is still reading. */
const POLL_MS = 300;

/**
 * The side panel: every finding of the shown tab's page grouped by speaker,
 * each speaker with a timeline of what they and their side said before, and
 * a filter to the findings that have notes. Choosing a finding scrolls the
 * page to it and opens its note.
 */
export function SidePanel({ connection }: { connection: PanelConnection }) {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [view, setView] = useState<TabView | undefined>(undefined);
  const [timelines, setTimelines] = useState<Map<string, SpeakerTimeline>>(new Map());
  const [withNotes, setWithNotes] = useState(false);

  const refresh = useCallback(async () => {
    const tab = await connection.currentTab();
    setTabId(tab);
    setView(await connection.pageStatus(tab));
  }, [connection]);

  useEffect(() => {
    refresh();
    return connection.watch(refresh);
  }, [connection, refresh]);
  useEffect(() => {
    if (view?.state !== 'reading') return;
    const timer = setTimeout(refresh, POLL_MS);
    return () => clearTimeout(timer);
  }, [view, refresh]);

  const findings = view?.state === 'annotated' ? view.findings : [];
  const speakers = [...new Set(findings.flatMap((f) => (f.speaker ? [f.speaker] : [])))];
  const speakerKey = speakers.join('\n');
  useEffect(() => {
    if (speakerKey === '') return;
    let current = true;
    connection.timelines(speakerKey.split('\n')).then(
      (list) => current && setTimelines(new Map(list.map((line) => [line.name, line]))),
      () => current && setTimelines(new Map()),
    );
    return () => {
      current = false;
    };
  }, [connection, speakerKey]);

  const reveal = (id: string) => {
    if (tabId !== undefined) connection.reveal(tabId, id).catch(() => refresh());
  };
  const groups = groupBySpeaker(findings, withNotes);

  return (
    <main class="panel">
      <header class="panel-header">
        <img src="icons/icon-32.png" alt="" width="20" height="20" />
        <h1>{t('panel_heading')}</h1>
      </header>
      <p class="summary" aria-live="polite">
        {view === undefined ? t('common_looking') : pageSummary(view)}
      </p>
      {findings.length > 0 && (
        <label class="panel-filter">
          <input
            type="checkbox"
            checked={withNotes}
            onChange={(event) => setWithNotes(event.currentTarget.checked)}
          />
          {t('panel_withNotes')}
        </label>
      )}
      {findings.length > 0 && groups.length === 0 && (
        <p class="muted">{t('panel_noneWithNotes')}</p>
      )}
      {groups.map((group) => (
        <SpeakerGroup
          key={`${group.kind}:${group.speaker ?? ''}`}
          group={group}
          timeline={group.speaker ? timelines.get(group.speaker) : undefined}
          published={view?.state === 'annotated' ? (view.published ?? null) : null}
          onReveal={reveal}
        />
      ))}
    </main>
  );
}

interface SpeakerGroupProps {
  group: FindingGroup;
  timeline: SpeakerTimeline | undefined;
  published: string | null;
  onReveal: (id: string) => void;
}

function groupHeading(group: FindingGroup): string {
  if (group.kind === 'claims') return t('panel_claimsHeading');
  return group.speaker ?? t('common_speakerUnknown');
}

/** One speaker: their quotes on this page, then their side's timeline. */
function SpeakerGroup({ group, timeline, published, onReveal }: SpeakerGroupProps) {
  return (
    <section class="speaker-group" data-speaker={group.speaker ?? group.kind}>
      <h2>{groupHeading(group)}</h2>
      <ol class="findings">
        {group.findings.map((finding) => (
          <li key={finding.id}>
            <FindingButton
              finding={finding}
              onReveal={onReveal}
              showSpeaker={group.kind === 'claims'}
            />
          </li>
        ))}
      </ol>
      {group.kind === 'speaker' && timeline && (
        <Timeline
          timeline={timeline}
          pageQuotes={group.findings}
          published={published}
          onReveal={onReveal}
        />
      )}
    </section>
  );
}
