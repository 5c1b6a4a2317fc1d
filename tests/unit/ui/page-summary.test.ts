import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/_locales/en/messages.json' with { type: 'json' };
import ko from '../../../src/_locales/ko/messages.json' with { type: 'json' };
import { useMessageCatalogue } from '../../../src/shared/i18n.ts';
import { pageSummary } from '../../../src/ui/page-summary.ts';
import type { TabView } from '../../../src/ui/tab-view.ts';

const annotated = (quoteCount: number, claimCount: number): TabView => ({
  state: 'annotated',
  site: 'example.org',
  quoteCount,
  claimCount,
  findings: [],
});

describe('what the popup and the panel say about a tab', () => {
  afterEach(() => useMessageCatalogue(en));

  it('tells a tab opened before the install, which a reload fixes, from one it can never read', () => {
    expect(pageSummary({ state: 'reload' })).toBe(
      'Reload this page to read it: it was already open when Backstory was installed.',
    );
    expect(pageSummary({ state: 'unreadable' })).toBe('Backstory can’t read this page.');
  });

  it('counts what it found, in English and in Korean', () => {
    expect(pageSummary(annotated(1, 0))).toBe('1 quote found on this page.');
    expect(pageSummary(annotated(3, 2))).toBe(
      '3 quotes and 2 claims with context found on this page.',
    );
    expect(pageSummary(annotated(0, 0))).toBe('No quotes found in this article.');
    useMessageCatalogue(ko, 'ko');
    expect(pageSummary(annotated(3, 2))).toBe(
      '이 페이지에서 인용 3개와 맥락이 있는 주장 2개를 찾았습니다.',
    );
    expect(pageSummary({ state: 'off', reason: 'site', site: 'example.org' })).toBe(
      'Backstory가 example.org에서 꺼져 있습니다.',
    );
  });
});
