/**
 * The user's settings: whether Backstory runs everywhere, and the sites it
 * is switched off on. Pure, so the rules are testable without a browser;
 * src/shared/settings-store.ts keeps them in extension storage.
 */
export interface Settings {
  enabled: boolean;
  /** Site keys (see `siteKey`) where Backstory stays off even when enabled. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

/**
 * Settings from whatever storage held, which may be missing, from an older
 * version, or damaged: anything unusable falls back to its default rather
 * than switching Backstory off by accident.
 */
export function parseSettings(stored: unknown): Settings {
  const record =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const enabled = typeof record.enabled === 'boolean' ? record.enabled : DEFAULT_SETTINGS.enabled;
  const sites = Array.isArray(record.disabledSites) ? record.disabledSites : [];
  const disabledSites = [
    ...new Set(sites.filter((s): s is string => typeof s === 'string' && s !== '')),
  ].sort();
  return { enabled, disabledSites };
}

/** The key a per-site choice is stored under: the host name without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export type Activity = { active: true } | { active: false; reason: 'everywhere' | 'site' };

export function activityOn(settings: Settings, hostname: string): Activity {
  if (!settings.enabled) return { active: false, reason: 'everywhere' };
  if (settings.disabledSites.includes(siteKey(hostname))) return { active: false, reason: 'site' };
  return { active: true };
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const key = siteKey(hostname);
  const others = settings.disabledSites.filter((site) => site !== key);
  return { ...settings, disabledSites: enabled ? others : [...others, key].sort() };
}
