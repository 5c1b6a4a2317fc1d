import { describe, expect, it } from 'vitest';
import {
  activityOn,
  DEFAULT_SETTINGS,
  parseSettings,
  siteKey,
  withSite,
} from '../../../src/shared/settings.ts';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['a damaged value', 'on', DEFAULT_SETTINGS],
    ['a wrong type', { enabled: 'no', disabledSites: 'example.com' }, DEFAULT_SETTINGS],
    [
      'a good value',
      { enabled: false, disabledSites: ['b.com', 'a.com'] },
      { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['a.com', 'b.com'] },
    ],
    [
      'settings from an older version, before display and remembering',
      { enabled: true, disabledSites: [] },
      DEFAULT_SETTINGS,
    ],
    [
      'display and remembering choices',
      { showClaims: false, rememberReading: true, unrememberedSites: ['x.org', 'x.org', 1] },
      {
        ...DEFAULT_SETTINGS,
        showClaims: false,
        rememberReading: true,
        unrememberedSites: ['x.org'],
      },
    ],
    [
      'duplicates and junk in the site list',
      { enabled: true, disabledSites: ['a.com', 'a.com', 3, ''] },
      { ...DEFAULT_SETTINGS, enabled: true, disabledSites: ['a.com'] },
    ],
  ])('reads %s', (_name, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });
});

describe('activityOn', () => {
  it('is off everywhere when switched off, whatever the site', () => {
    expect(activityOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toEqual({
      active: false,
      reason: 'everywhere',
    });
  });

  it('is off on a site switched off, with or without www', () => {
    const settings = withSite(DEFAULT_SETTINGS, 'www.News.example', false);
    expect(settings.disabledSites).toEqual(['news.example']);
    expect(activityOn(settings, 'news.example')).toEqual({ active: false, reason: 'site' });
    expect(activityOn(settings, 'www.news.example')).toEqual({ active: false, reason: 'site' });
    expect(activityOn(settings, 'other.example')).toEqual({ active: true });
    expect(withSite(settings, 'news.example', true).disabledSites).toEqual([]);
  });

  it('keys a site by host name without www', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
    expect(siteKey('127.0.0.1')).toBe('127.0.0.1');
  });
});
