import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../shared/protocol.ts';
import { activityOn, type Settings, withSite } from '../shared/settings.ts';
import { Switch } from '../ui/Switch.tsx';
import { FindingList } from './components/FindingList.tsx';
import type { PopupConnection } from './connection.ts';
import { pageSummary } from './page-summary.ts';

/** How often to ask the page again while it is still reading. */
const POLL_MS = 250;
/** How often once it has settled: a late story or the next one on a single-page site may still come. */
const FOLLOW_MS = 1000;

export function Popup({ connection }: { connection: PopupConnection }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);

  const refreshStatus = useCallback(() => connection.pageStatus().then(setStatus), [connection]);

  useEffect(() => {
    connection.loadSettings().then(setSettings);
    refreshStatus();
    return connection.watchSettings((next) => {
      setSettings(next);
      refreshStatus();
    });
  }, [connection, refreshStatus]);

  // The page redraws on its own when settings change; ask again until it has settled.
  const expected = settings && status ? activityOn(settings, status.site).active : undefined;
  const settled =
    status !== undefined &&
    status?.state !== 'reading' &&
    (status === null || expected === undefined || expected === (status.state !== 'off'));
  useEffect(() => {
    const timer = setTimeout(refreshStatus, settled ? FOLLOW_MS : POLL_MS);
    return () => clearTimeout(timer);
  }, [settled, status, refreshStatus]);

  const update = (next: Settings) => {
    setSettings(next);
    connection.saveSettings(next);
  };

  const site = status?.site;
  const siteOn = settings && site ? !settings.disabledSites.includes(site) : true;

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="icons/icon-32.png" alt="" width="24" height="24" />
        <h1>Backstory</h1>
        <Switch
          label="On everywhere"
          checked={settings?.enabled ?? false}
          disabled={!settings}
          onChange={(enabled) => settings && update({ ...settings, enabled })}
        />
      </header>
      <section class="page" aria-live="polite">
        <p class="summary">
          {status === undefined ? 'Looking at this page…' : pageSummary(status)}
        </p>
        {settings?.enabled && site && (
          <Switch
            label={`On ${site}`}
            checked={siteOn}
            onChange={(on) => update(withSite(settings, site, on))}
          />
        )}
      </section>
      {status?.state === 'annotated' && status.findings.length > 0 && (
        <FindingList findings={status.findings} onReveal={(id) => connection.revealFinding(id)} />
      )}
      <footer class="popup-footer">
        <button type="button" class="link" onClick={() => connection.openOptions()}>
          Settings
        </button>
        <span class="privacy">Nothing leaves your browser.</span>
      </footer>
    </main>
  );
}
