import { describe, expect, it } from 'vitest';
import { refusal } from '../../../src/background/recording-rules.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings.ts';

const on: Settings = { ...DEFAULT_SETTINGS, rememberReading: true };
const page = (url = 'https://www.harbour.example/story', incognito = false) => ({
  page: { url, articleId: 'r1', incognito },
  tab: { incognito: false },
});

describe('what may be recorded', () => {
  it('nothing until the user chooses it', () => {
    expect(refusal(page(), DEFAULT_SETTINGS, false)).toBe('not chosen');
    expect(refusal(page(), on, false)).toBeNull();
  });

  it('nothing from a private window, whichever side says so', () => {
    expect(refusal(page(undefined, true), on, false)).toBe('private window');
    expect(refusal({ ...page(), tab: { incognito: true } }, on, false)).toBe('private window');
    expect(refusal(page(), on, true)).toBe('private window');
  });

  it('nothing from a site switched off or not to be remembered', () => {
    expect(refusal(page(), { ...on, disabledSites: ['harbour.example'] }, false)).toBe(
      'Backstory is off there',
    );
    expect(refusal(page(), { ...on, enabled: false }, false)).toBe('Backstory is off there');
    expect(refusal(page(), { ...on, unrememberedSites: ['harbour.example'] }, false)).toBe(
      'site not remembered',
    );
    expect(refusal(page('file:///home/me/a.html'), on, false)).toBe('not a web page');
    // Per-site choices are by host name: a port or user name in the address changes nothing.
    const local = page('http://me@127.0.0.1:8080/story');
    expect(refusal(local, { ...on, unrememberedSites: ['127.0.0.1'] }, false)).toBe(
      'site not remembered',
    );
    expect(refusal(local, { ...on, disabledSites: ['127.0.0.1'] }, false)).toBe(
      'Backstory is off there',
    );
  });
});
