import { useEffect, useState } from 'preact/hooks';
import { ReadingStore } from '../shared/reading-store/index.ts';
import { type Settings, withSite } from '../shared/settings.ts';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store.ts';
import { Switch } from '../ui/Switch.tsx';
import { YourReading } from './reading/YourReading.tsx';
import type { RefSetsConnection } from './refsets/connection.ts';
import { ReferenceSets } from './refsets/ReferenceSets.tsx';

const readingStore = new ReadingStore();

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
        <img src="icons/icon-48.png" alt="" width="32" height="32" /> Backstory
      </h1>
      <section>
        <h2>Where Backstory runs</h2>
        {settings && (
          <>
            <Switch
              label="On everywhere"
              checked={settings.enabled}
              onChange={(enabled) => update({ ...settings, enabled })}
            />
            <h3>Sites where it is off</h3>
            {settings.disabledSites.length === 0 ? (
              <p class="muted">
                None. Switch a site off from the toolbar popup while you are on it.
              </p>
            ) : (
              <ul class="site-list">
                {settings.disabledSites.map((site) => (
                  <li key={site}>
                    <span>{site}</span>
                    <button type="button" onClick={() => update(withSite(settings, site, true))}>
                      Turn back on
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <ReferenceSets connection={refSets} />
      <YourReading store={readingStore} />
      <section>
        <h2>Privacy</h2>
        <p class="muted">
          Backstory reads articles and matches them inside your browser. It sends nothing anywhere:
          it makes no network requests of its own.
        </p>
      </section>
    </main>
  );
}
