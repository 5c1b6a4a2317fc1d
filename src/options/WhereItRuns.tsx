import { t } from '../shared/i18n.ts';
import { type Settings, withSite } from '../shared/settings.ts';
import { Switch } from '../ui/Switch.tsx';

interface WhereItRunsProps {
  /** Null until the stored settings are read. */
  settings: Settings | null;
  update: (next: Settings) => void;
}

/** "Where Backstory runs": the switch for everywhere, and the sites it is off on. */
export function WhereItRuns({ settings, update }: WhereItRunsProps) {
  return (
    <section>
      <h2>{t('options_whereHeading')}</h2>
      {settings && (
        <>
          <Switch
            label={t('common_onEverywhere')}
            checked={settings.enabled}
            onChange={(enabled) => update({ ...settings, enabled })}
          />
          <h3>{t('options_sitesOffHeading')}</h3>
          {settings.disabledSites.length === 0 ? (
            <p class="muted">{t('options_sitesOffNone')}</p>
          ) : (
            <ul class="site-list">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>
                  <button type="button" onClick={() => update(withSite(settings, site, true))}>
                    {t('options_siteTurnBackOn')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
