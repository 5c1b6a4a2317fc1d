import { describe, expect, it } from 'vitest';
import type { ExtractedQuote } from '../../../../src/core/refset/build.ts';
import { buildRefSet } from '../../../../src/core/refset/build.ts';

const SEED =
  'The minister said “we will talk” on Monday. Officials said talks may resume. “We will talk,” she added. “Not yet,” he said.';

function curated(statements: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    set: { id: 'tiny', title: 'Tiny set' },
    topics: [{ id: 'talks', label: 'Talks', positions: ['refuses', 'open'] }],
    speakers: [
      {
        id: 'gov',
        name: 'Government',
        aliases: [],
        kind: 'government',
        memberOf: [],
        description: '',
      },
      {
        id: 'minister',
        name: 'The Minister',
        aliases: [],
        kind: 'person',
        memberOf: ['gov'],
        description: '',
      },
    ],
    articles: [
      {
        seed: 'tiny-seed',
        title: 'A headline',
        outlet: null,
        url: null,
        context: 'Talks',
        statements,
        ...extra,
      },
    ],
  };
}

const quote = {
  speaker: 'minister',
  kind: 'quote',
  text: 'we will talk',
  date: null,
  topics: ['talks'],
  stance: { talks: 'open' },
};
const paraphrase = {
  speaker: 'gov',
  attribution: 'officials',
  kind: 'paraphrase',
  text: 'talks may resume',
  date: { value: '2023-05', basis: 'Said at the May 2023 briefing (test fixture).' },
};
const seeds = new Map([['tiny-seed', SEED]]);

describe('buildRefSet', () => {
  it('locates statements, derives ids from their place, and gives the same bytes every time', () => {
    const first = buildRefSet(curated([paraphrase, quote]), seeds);
    const second = buildRefSet(structuredClone(curated([paraphrase, quote])), new Map(seeds));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.json).toBe(first.json);
    expect(first.set.statements.map((s) => s.id)).toEqual(['tiny-seed-00019', 'tiny-seed-00059']);
    expect(first.set.statements[0]).toMatchObject({
      speakerId: 'minister',
      text: 'we will talk',
      context: 'Talks',
      source: { title: 'A headline', outlet: null, url: null, ref: 'data/seeds/tiny-seed.txt' },
    });
    expect(first.provenance[1]).toEqual({
      id: 'tiny-seed-00059',
      seed: 'tiny-seed',
      start: 59,
      end: 75,
      dateBasis: 'Said at the May 2023 briefing (test fixture).',
    });
    expect(first.json.endsWith('}\n')).toBe(true);
  });

  it("keeps each fragment's sentence, and reports the narration no statement covers", () => {
    const narrated = new Map([
      [
        'tiny-seed',
        `${SEED.slice(0, 76)} Fishing boats stayed in port for a second day running. “Not yet,” he said.`,
      ],
    ]);
    const built = buildRefSet(curated([paraphrase, quote]), narrated);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const byKind = (kind: string) => built.set.statements.filter((s) => s.kind === kind);
    expect(byKind('quote')[0]!.sentence).toBe('The minister said “we will talk” on Monday.');
    expect(byKind('paraphrase')[0]!.sentence).toBe('Officials said talks may resume.');
    // A short line ("Not yet," he said) is no account of events.
    expect(byKind('report')).toEqual([
      expect.objectContaining({
        speakerId: null,
        text: 'Fishing boats stayed in port for a second day running.',
        context: 'Talks',
        date: null,
      }),
    ]);
    expect(buildRefSet(curated([paraphrase, quote]), new Map(narrated))).toEqual(built);
  });

  it('fails when a quote is not in the seed word for word, naming the entry', () => {
    const result = buildRefSet(curated([{ ...quote, text: 'we shall talk' }]), seeds);
    expect(result).toEqual({
      ok: false,
      errors: [
        'articles[0] (tiny-seed) statements[0]: quote not found verbatim in the seed: "we shall talk"',
      ],
    });
  });

  it('asks which occurrence when the words appear twice', () => {
    const twice = { ...quote, text: 'e will talk' };
    expect(buildRefSet(curated([twice]), seeds)).toEqual({
      ok: false,
      errors: [
        'articles[0] (tiny-seed) statements[0]: "e will talk" appears 2 times in the seed: add "occurrence"',
      ],
    });
    const second = buildRefSet(curated([{ ...twice, occurrence: 2 }]), seeds);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const curatedOnly = second.set.statements.filter((s) => s.kind !== 'report');
    expect(curatedOnly.map((s) => s.id)).toEqual(['tiny-seed-00079']);
  });

  it('refuses a date without its basis, an undefined topic, a missing seed and an uncurated seed', () => {
    const undated = buildRefSet(curated([{ ...paraphrase, date: { value: '2023-05' } }]), seeds);
    expect(undated.ok).toBe(false);
    if (!undated.ok)
      expect(undated.errors[0]).toMatch(/^curated articles\.0\.statements\.0\.date\.basis: /);
    const badDate = buildRefSet(
      curated([{ ...paraphrase, date: { value: 'May', basis: 'A basis long enough to pass.' } }]),
      seeds,
    );
    expect(badDate.ok).toBe(false);
    expect(buildRefSet(curated([{ ...paraphrase, topics: ['weather'] }]), seeds)).toEqual({
      ok: false,
      errors: ['tiny-seed-00059: topic "weather" is not defined in topics'],
    });
    expect(buildRefSet(curated([quote]), new Map())).toEqual({
      ok: false,
      errors: ['articles[0]: no seed named "tiny-seed"'],
    });
    expect(buildRefSet(curated([quote]), new Map([...seeds, ['other', 'text']]))).toEqual({
      ok: false,
      errors: ['seed "other" has no entry in articles'],
    });
  });

  it('passes the finished set through the validator', () => {
    const result = buildRefSet(curated([{ ...quote, speaker: 'nobody' }]), seeds);
    expect(result).toEqual({
      ok: false,
      errors: ['statements[0].speakerId: unknown speaker id "nobody"'],
    });
  });

  it('reports what the quote extraction finds that the curated file lacks, and the reverse', () => {
    const extractor = (text: string): ExtractedQuote[] => {
      const at = text.indexOf('Not yet');
      return [
        { text: 'Not yet,', speaker: 'he', start: at, end: at + 8, kind: 'direct' },
        { text: 'talks may resume', speaker: 'Officials', start: 59, end: 75, kind: 'reported' },
      ];
    };
    const result = buildRefSet(curated([quote, paraphrase]), seeds, extractor);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.notCurated).toEqual([
      { seed: 'tiny-seed', text: 'Not yet,', speaker: 'he' },
    ]);
    expect(result.report.notExtracted).toEqual([
      { seed: 'tiny-seed', id: 'tiny-seed-00019', text: 'we will talk' },
    ]);
    const explained = buildRefSet(
      curated([quote, paraphrase], {
        notStatements: [{ text: 'Not yet', reason: 'test: explained' }],
      }),
      seeds,
      extractor,
    );
    expect(explained.ok && explained.report.notCurated).toEqual([]);
  });

  it('matches extracted quotes to curated ones by their words when the reader counts places differently', () => {
    // A reader that normalised the text: offsets shifted, marks and punctuation kept.
    const shifted = (): ExtractedQuote[] => [
      { text: '“We will talk,”', speaker: 'she', start: 0, end: 15, kind: 'direct' },
    ];
    const result = buildRefSet(curated([quote]), seeds, shifted);
    expect(result.ok && result.report).toMatchObject({ notCurated: [], notExtracted: [] });
  });
});
