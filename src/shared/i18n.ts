/**
 * Every user-facing string goes through `t`, so the browser's own locale
 * machinery (`_locales/<lang>/messages.json`) picks the language. The keys are
 * typed from the English catalogue: a missing key is a compile error, not a
 * blank label.
 *
 * Outside an extension (unit tests, a page rendered under happy-dom) there is
 * no `i18n` API; a catalogue installed with `useMessageCatalogue` stands in,
 * applying the same `$NAME$` / `$1` placeholder rules as the browsers do.
 */
export type MessageKey = keyof typeof import('../_locales/en/messages.json');

export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageCatalogue = Record<string, CatalogueEntry>;

interface NativeI18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

let standIn: { catalogue: MessageCatalogue; language: string } | null = null;

function nativeI18n(): NativeI18n | undefined {
  const scope = globalThis as { chrome?: { i18n?: NativeI18n }; browser?: { i18n?: NativeI18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** Installs the catalogue used where the browser's `i18n` API is absent. */
export function useMessageCatalogue(catalogue: MessageCatalogue, language = 'en'): void {
  standIn = { catalogue, language };
}

/** The message for `key` in the browser's language, with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const native = standIn ? undefined : nativeI18n();
  if (native) return native.getMessage(key, subs) || key;
  const entry = standIn?.catalogue[key];
  return entry ? fillPlaceholders(entry, subs) : key;
}

/** The language the strings are shown in, for `lang` attributes and `Intl` formatters. */
export function uiLanguage(): string {
  if (standIn) return standIn.language;
  return nativeI18n()?.getUILanguage() ?? 'en';
}

function fillPlaceholders(entry: CatalogueEntry, subs: string[]): string {
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : whole;
  });
  return named.replace(/\$\$/g, '$');
}
