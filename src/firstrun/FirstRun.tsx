import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { Switch } from '../ui/Switch.tsx';
import type { FirstRunConnection } from './connection.ts';

/**
 * The page a new user meets on install: what Backstory does, that nothing
 * leaves the browser, the demo article, how to bring one's own sets, and
 * the choice to remember what one reads, which stays off until chosen.
 */
export function FirstRun({ connection }: { connection: FirstRunConnection }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    connection.loadSettings().then(setSettings);
    return connection.watchSettings(setSettings);
  }, [connection]);

  const remember = (rememberReading: boolean) => {
    if (!settings) return;
    const next = { ...settings, rememberReading };
    setSettings(next);
    connection.saveSettings(next);
  };

  return (
    <main class="first-run">
      <header class="first-run-header">
        <img src="icons/icon-128.png" alt="" width="64" height="64" />
        <h1>{t('firstRun_heading')}</h1>
      </header>
      <p class="lead">{t('firstRun_what')}</p>
      <p>{t('firstRun_howTo')}</p>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('firstRun_privacyHeading')}</h2>
        <p>{t('firstRun_privacyText')}</p>
      </section>

      <section aria-labelledby="demo-heading">
        <h2 id="demo-heading">{t('firstRun_demoHeading')}</h2>
        <p>{t('firstRun_demoText')}</p>
        <button type="button" class="primary" onClick={() => connection.openDemo()}>
          {t('firstRun_demoButton')}
        </button>
      </section>

      <section aria-labelledby="sets-heading">
        <h2 id="sets-heading">{t('firstRun_setsHeading')}</h2>
        <p>{t('firstRun_setsText')}</p>
        <button type="button" onClick={() => connection.openOptions()}>
          {t('firstRun_setsButton')}
        </button>
      </section>

      <section aria-labelledby="remember-heading">
        <h2 id="remember-heading">{t('firstRun_rememberHeading')}</h2>
        <p>{t('firstRun_rememberText')}</p>
        <Switch
          label={t('firstRun_rememberSwitch')}
          checked={settings?.rememberReading ?? false}
          disabled={!settings}
          onChange={remember}
        />
        <p class="remember-state" role="status" aria-live="polite">
          {settings &&
            (settings.rememberReading ? t('firstRun_rememberOn') : t('firstRun_rememberOff'))}
        </p>
      </section>
    </main>
  );
}
