import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { activityOn, type Settings, withSite } from '../shared/settings.ts';
import { pageSummary } from '../ui/page-summary.ts';
import { Switch } from '../ui/Switch.tsx';
import type { TabView } from '../ui/tab-view.ts';
import { FindingList } from './components/FindingList.tsx';
import type { PopupConnection } from './connection.ts';

/** How often to ask the page again while it is still reading. */
const POLL_MS = 250;
/** How often once it has settled: a late story or the next one on a single-page site may still come. */
const FOLLOW_MS = 1000;

export function Popup({ connection }: { connection: PopupConnection }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<TabView | undefined>(undefined);

  const refreshStatus = useCallback(() => connection.pageStatus().then(setStatus), [connection]);

  useEffect(() => {
    connection.loadSettings().then(setSettings);
    refreshStatus();
    return connection.watchSettings((next) => {
      setSettings(next);
      refreshStatus();
    });
  }, [connection, refreshStatus]);

  const site = status && 'site' in status ? status.site : undefined;
  // The page redraws on its own when settings change; ask again until it has settled.
  const expected = settings && site !== undefined ? activityOn(settings, site).active : undefined;
  const settled =
    status !== undefined &&
    status.state !== 'reading' &&
    (expected === undefined || expected === (status.state !== 'off'));
  useEffect(() => {
    const timer = setTimeout(refreshStatus, settled ? FOLLOW_MS : POLL_MS);
    return () => clearTimeout(timer);
  }, [settled, status, refreshStatus]);

  const update = (next: Settings) => {
    setSettings(next);
    connection.saveSettings(next);
  };

  const siteOn = settings && site ? !settings.disabledSites.includes(site) : true;

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="icons/icon-32.png" alt="" width="24" height="24" />
        <h1>{t('extensionName')}</h1>
        <Switch
          label={t('common_onEverywhere')}
          checked={settings?.enabled ?? false}
          disabled={!settings}
          onChange={(enabled) => settings && update({ ...settings, enabled })}
        />
      </header>
      <section class="page" aria-live="polite">
        <p class="summary">{status === undefined ? t('common_looking') : pageSummary(status)}</p>
        {settings?.enabled && site && (
          <Switch
            label={t('popup_onSite', site)}
            checked={siteOn}
            onChange={(on) => update(withSite(settings, site, on))}
          />
        )}
      </section>
      {status?.state === 'annotated' && status.findings.length > 0 && (
        <FindingList findings={status.findings} onReveal={(id) => connection.revealFinding(id)} />
      )}
      <footer class="popup-footer">
        <span class="popup-links">
          <button type="button" class="link" onClick={() => connection.openOptions()}>
            {t('common_settings')}
          </button>
          <button type="button" class="link" onClick={() => connection.openSidePanel()}>
            {t('popup_openPanel')}
          </button>
        </span>
        <span class="privacy">{t('common_nothingLeaves')}</span>
      </footer>
    </main>
  );
}
