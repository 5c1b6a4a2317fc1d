/**
 * The user's settings: whether Backstory runs everywhere, the sites it is
 * switched off on, what the page shows, and whether it remembers what was read. Pure, so the rules are testable without a browser;
 * src/shared/settings-store.ts keeps them in extension storage.
 */
export interface Settings {
  enabled: boolean;
  /** Site keys (see `siteKey`) where Backstory stays off even when enabled. */
  disabledSites: string[];
  /** Highlight quotes that have no context note (quietly); off shows only noted findings. */
  showUnnotedQuotes: boolean;
  /** Highlight checkable claims that have a context note. */
  showClaims: boolean;
  /** Draw repeats / shifts / contradicts labels in notes. */
  showStance: boolean;
  /** Record read articles' attributed statements into the private "Your reading" set. Off until chosen. */
  rememberReading: boolean;
  /** Site keys never recorded into "Your reading", even when remembering is on. */
  unrememberedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  showUnnotedQuotes: true,
  showClaims: true,
  showStance: true,
  rememberReading: false,
  unrememberedSites: [],
};

/**
 * Settings from whatever storage held, which may be missing, from an older
 * version, or damaged: anything unusable falls back to its default rather
 * than switching Backstory off by accident.
 */
export function parseSettings(stored: unknown): Settings {
  const record =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const flag = (key: FlagKey) =>
    typeof record[key] === 'boolean' ? (record[key] as boolean) : DEFAULT_SETTINGS[key];
  return {
    enabled: flag('enabled'),
    disabledSites: siteList(record.disabledSites),
    showUnnotedQuotes: flag('showUnnotedQuotes'),
    showClaims: flag('showClaims'),
    showStance: flag('showStance'),
    rememberReading: flag('rememberReading'),
    unrememberedSites: siteList(record.unrememberedSites),
  };
}

type FlagKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

function siteList(stored: unknown): string[] {
  const sites = Array.isArray(stored) ? stored : [];
  return [...new Set(sites.filter((s): s is string => typeof s === 'string' && s !== ''))].sort();
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
