import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { ReadingStore } from '../shared/reading-store/index.ts';
import type { Settings } from '../shared/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';
import { DisplaySection } from './DisplaySection.tsx';
import { NoteFeedbackSection } from './NoteFeedbackSection.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { YourReading } from './reading/YourReading.tsx';
import type { RefSetsConnection } from './refsets/connection.ts';
import { ReferenceSets } from './refsets/ReferenceSets.tsx';
import { WhereItRuns } from './WhereItRuns.tsx';

const readingStore = new ReadingStore();

/** The options page: one component per section, each owning its own part of the settings. */
export function Options({ refSets }: { refSets: RefSetsConnection }) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next);
  };

  return (
    <main class="options">
      <h1>
        <img src="icons/icon-48.png" alt="" width="32" height="32" /> {t('extensionName')}
      </h1>
      <WhereItRuns settings={settings} update={update} />
      {settings && <DisplaySection settings={settings} update={update} />}
      <NoteFeedbackSection />
      <ReferenceSets connection={refSets} />
      <YourReading store={readingStore} />
      <PrivacySection />
    </main>
  );
}
