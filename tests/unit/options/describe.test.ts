import { describe, expect, it } from 'vitest';
import { counted, fileSize, provenance } from '../../../src/options/refsets/describe.ts';
import type { RefSetEntry } from '../../../src/shared/refset-store/index.ts';

const entry = (overrides: Partial<RefSetEntry>): RefSetEntry => ({
  id: 'set',
  title: 'Set',
  statementCount: 1,
  speakerCount: 1,
  bytes: 100,
  enabled: true,
  origin: 'imported',
  importedAt: '2024-03-05T10:00:00.000Z',
  revision: 1,
  ...overrides,
});

describe('how the reference-set section words things', () => {
  it('counts with the right plural and thousands separators', () => {
    expect(counted(1, 'statement')).toBe('1 statement');
    expect(counted(0, 'speaker')).toBe('0 speakers');
    expect(counted(100_000, 'statement')).toBe('100,000 statements');
  });

  it('gives sizes in decimal units, as file managers do', () => {
    expect(fileSize(999)).toBe('999 bytes');
    expect(fileSize(66_765)).toBe('67 kB');
    expect(fileSize(52_130_000)).toBe('52.1 MB');
    expect(fileSize(2_000_000)).toBe('2 MB');
  });

  it('says where a set came from', () => {
    expect(provenance(entry({ origin: 'bundled', packageVersion: '0.1.0' }))).toBe(
      'Comes with Backstory 0.1.0',
    );
    expect(provenance(entry({ fileName: 'checks.csv' }))).toMatch(
      /^Imported from checks\.csv on .*2024/,
    );
  });
});
