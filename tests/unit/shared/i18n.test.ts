import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/_locales/en/messages.json' with { type: 'json' };
import { t, uiLanguage, useMessageCatalogue } from '../../../src/shared/i18n.ts';

const localesDir = new URL('../../../src/_locales/', import.meta.url);

describe('t', () => {
  afterEach(() => useMessageCatalogue(en));

  it('gives the English message for a key', () => {
    expect(t('extensionName')).toBe('Backstory');
  });

  it('fills named placeholders from positional substitutions, as the browsers do', () => {
    useMessageCatalogue({
      notesFound: {
        message: '$COUNT$ notes on $SITE$ ($$)',
        placeholders: { count: { content: '$1' }, site: { content: '$2' } },
      },
    });
    expect(t('notesFound' as never, 3, 'example.org')).toBe('3 notes on example.org ($)');
  });

  it('names the key when a catalogue lacks it, so a gap is visible rather than blank', () => {
    useMessageCatalogue({}, 'ko');
    expect(t('extensionName')).toBe('extensionName');
    expect(uiLanguage()).toBe('ko');
  });
});

describe('the catalogues', () => {
  const languages = readdirSync(localesDir);
  const read = (lang: string) =>
    JSON.parse(readFileSync(new URL(`${lang}/messages.json`, localesDir), 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, unknown> }
    >;

  it.each(languages.filter((lang) => lang !== 'en'))('%s has exactly the English keys', (lang) => {
    expect(Object.keys(read(lang)).sort()).toEqual(Object.keys(read('en')).sort());
  });

  it.each(languages)('%s uses only placeholders it declares', (lang) => {
    for (const [key, entry] of Object.entries(read(lang))) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(entry.placeholders ?? {}, `${lang}:${key}`).toHaveProperty(
          String(name).toLowerCase(),
        );
      }
    }
  });
});
