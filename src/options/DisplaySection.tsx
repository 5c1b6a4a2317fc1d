import { t } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { Switch } from '../ui/Switch.tsx';

/** What highlights and notes show; every open page follows a change at once. */
export function DisplaySection({
  settings,
  update,
}: {
  settings: Settings;
  update: (next: Settings) => void;
}) {
  return (
    <section class="display">
      <h2>{t('displayHeading')}</h2>
      <Switch
        label={t('displayUnnotedQuotes')}
        checked={settings.showUnnotedQuotes}
        onChange={(showUnnotedQuotes) => update({ ...settings, showUnnotedQuotes })}
      />
      <Switch
        label={t('displayClaims')}
        checked={settings.showClaims}
        onChange={(showClaims) => update({ ...settings, showClaims })}
      />
      <Switch
        label={t('displayStance')}
        checked={settings.showStance}
        onChange={(showStance) => update({ ...settings, showStance })}
      />
    </section>
  );
}
