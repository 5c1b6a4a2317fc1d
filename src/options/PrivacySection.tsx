import { t } from '../shared/i18n.ts';

/** What Backstory does with what it reads: nothing leaves the browser. */
export function PrivacySection() {
  return (
    <section>
      <h2>{t('options_privacyHeading')}</h2>
      <p class="muted">{t('options_privacyText')}</p>
    </section>
  );
}
