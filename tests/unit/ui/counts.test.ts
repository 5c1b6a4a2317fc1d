import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/_locales/en/messages.json' with { type: 'json' };
import ko from '../../../src/_locales/ko/messages.json' with { type: 'json' };
import { useMessageCatalogue } from '../../../src/shared/i18n.ts';
import { fileSize, relatedCount, speakerCount, statementCount } from '../../../src/ui/counts.ts';

describe('counts and sizes', () => {
  afterEach(() => useMessageCatalogue(en));

  it('counts with the right English plural and thousands separators', () => {
    expect(statementCount(1)).toBe('1 statement');
    expect(speakerCount(0)).toBe('0 speakers');
    expect(statementCount(100_000)).toBe('100,000 statements');
    expect(relatedCount(1)).toBe('1 related statement');
  });

  it('gives sizes in decimal units, as file managers do', () => {
    expect(fileSize(999)).toBe('999 bytes');
    expect(fileSize(66_765)).toBe('67 kB');
    expect(fileSize(52_130_000)).toBe('52.1 MB');
    expect(fileSize(2_000_000)).toBe('2 MB');
  });

  it('counts in Korean with the counter word, and no plural', () => {
    useMessageCatalogue(ko, 'ko');
    expect(statementCount(1)).toBe('발언 1건');
    expect(statementCount(2_500)).toBe('발언 2,500건');
    expect(speakerCount(3)).toBe('발언자 3명');
    expect(fileSize(999)).toBe('999바이트');
  });
});
