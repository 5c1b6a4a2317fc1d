import { describe, expect, it } from 'vitest';
import { provenance } from '../../../src/options/refsets/describe.ts';
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
  it('says where a set came from', () => {
    expect(provenance(entry({ origin: 'bundled', packageVersion: '0.1.0' }))).toBe(
      'Comes with Backstory 0.1.0',
    );
    expect(provenance(entry({ fileName: 'checks.csv' }))).toMatch(
      /^Imported from checks\.csv on .*2024/,
    );
    expect(provenance(entry({}))).toMatch(/^Imported from a file on /);
  });
});
