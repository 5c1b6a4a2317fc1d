/**
 * Lint for the committed bundled set: it is exactly what the build makes from
 * the seeds and the curated file, it validates, its ids are unique and sorted,
 * every quote is in its seed word for word, every date has a recorded basis,
 * and no quoted words of a seed are left out unexplained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRefSet } from '../../../../src/core/refset/build.ts';
import { parseRefSet } from '../../../../src/core/refset/schema.ts';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const seedNames = readdirSync(new URL('data/seeds/', root))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -4));
const seeds = new Map(seedNames.map((name) => [name, read(`data/seeds/${name}.txt`)]));
const curated = JSON.parse(read('data/refsets/curated.json'));
const committed = read('data/refsets/bundled.json');
const build = buildRefSet(curated, seeds);
if (!build.ok) throw new Error(`the bundled set does not build:\n${build.errors.join('\n')}`);
const parsed = parseRefSet(committed);
if (!parsed.ok) throw new Error(`the bundled set does not validate:\n${parsed.errors.join('\n')}`);
const set = parsed.set;

/** Quoted spans in a seed: double quotes of any style, and single quotes that are not apostrophes. */
function quotedSpans(text: string): { start: number; end: number; text: string }[] {
  const spans = [];
  for (const pattern of [
    /["“]([^"“”\n]+?)["”]/g,
    /(?<![\p{L}\p{N}])['‘]([^'’\n]+?)['’](?![\p{L}\p{N}])/gu,
  ]) {
    for (const match of text.matchAll(pattern)) {
      spans.push({
        start: match.index + 1,
        end: match.index + match[0].length - 1,
        text: match[1]!,
      });
    }
  }
  return spans;
}

describe('the bundled reference set', () => {
  it('is byte for byte what `backstory refset build` makes now', () => {
    expect(committed).toBe(build.json);
  });

  it('covers every seed article', () => {
    expect(Object.keys(build.report.counts).sort()).toEqual([...seedNames].sort());
    for (const name of seedNames) expect(build.report.counts[name]).toBeGreaterThan(0);
  });

  it('has unique ids, sorted lists and speakers for every statement', () => {
    for (const list of [set.topics, set.speakers, set.statements]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort());
    }
    const speakerIds = new Set(set.speakers.map((speaker) => speaker.id));
    const attributed = set.statements.filter((statement) => statement.speakerId !== null);
    for (const statement of attributed) expect(speakerIds.has(statement.speakerId!)).toBe(true);
    // Anonymous sources keep the article's description of them (a report is the article's own).
    for (const statement of set.statements.filter(
      (s) => s.speakerId === null && s.kind !== 'report',
    )) {
      expect(statement.attribution, statement.id).toBeTruthy();
    }
  });

  it('holds every quote word for word in its seed, and every statement points at its seed', () => {
    for (const statement of set.statements) {
      const seed = statement.source.ref?.replace(/^data\/seeds\/|\.txt$/g, '');
      expect(seeds.has(seed ?? ''), statement.id).toBe(true);
      if (statement.kind === 'quote')
        expect(seeds.get(seed!)!.includes(statement.text), statement.id).toBe(true);
    }
  });

  it('dates nothing without a recorded basis', () => {
    const basis = new Map(build.provenance.map((entry) => [entry.id, entry.dateBasis]));
    for (const statement of set.statements.filter((s) => s.date !== null)) {
      expect(basis.get(statement.id), statement.id).toMatch(/\S{3,}.*\d{4}/);
    }
  });

  it('accounts for every quoted span of every seed', () => {
    const missing: string[] = [];
    for (const [name, text] of seeds) {
      const article = curated.articles.find((entry: { seed: string }) => entry.seed === name);
      const ignored: string[] = (article.notStatements ?? []).map(
        (entry: { text: string }) => entry.text,
      );
      const located = build.provenance.filter((entry) => entry.seed === name);
      for (const span of quotedSpans(text)) {
        const covered = located.some((entry) => {
          const overlap = Math.min(entry.end, span.end) - Math.max(entry.start, span.start);
          return overlap * 2 >= span.end - span.start;
        });
        if (!covered && !ignored.includes(span.text)) missing.push(`${name}: ${span.text}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives the aliases readers meet', () => {
    const names = (id: string) => {
      const speaker = set.speakers.find((s) => s.id === id)!;
      return [speaker.name, ...speaker.aliases];
    };
    expect(names('kim-jong-un')).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un']));
    expect(names('dprk')).toContain('Pyongyang');
    expect(names('rok')).toContain('Seoul');
    expect(names('us-government')).toContain('Washington');
    expect(names('kcna')).toContain('KCNA');
    expect(set.speakers.find((s) => s.id === 'kim-yo-jong')!.memberOf).toEqual(['dprk']);
    expect(set.speakers.find((s) => s.id === 'kcna')!.memberOf).toEqual(['dprk']);
    expect(set.speakers.find((s) => s.id === 'white-house')!.memberOf).toEqual(['us-government']);
    expect(set.speakers.find((s) => s.id === 'state-department')!.memberOf).toEqual([
      'us-government',
    ]);
  });
});
