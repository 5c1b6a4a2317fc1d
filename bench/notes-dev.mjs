// Context notes on real articles about the bundled set's subject, against an
// editor's blind labels (../shared/notes-dev, third-party text: read here,
// never copied). The whole pipeline runs on each page (extraction, reading,
// speakers, notes) and is scored by the labels' own rules (notes-dev/README.md,
// "How a scorer should match"): a positive passage is a hit when a note for a
// finding overlapping it shows a statement overlapping one of its expected
// seed sentences; a negative is a false note when any note is shown there.
//
// Printed: the funnel per stage (finding found, speaker right, expected
// statement among the candidates, kept by the note rules, shown), recall
// overall and by relation, false notes on on-subject negatives and on
// negatives-heavy pages, stance chips right over hits, and false notes on
// unrelated news (../shared/corpus/news-pages*). The "perfect reading" row
// hands the labelled passage and speaker to the matcher, so reading losses
// and matching losses show apart.
//
//   node bench/notes-dev.mjs [--quick] [--hits] [--misses] [--false]
// (--quick skips the curve; BACKSTORY_SHARED points at ../shared from elsewhere)
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePage } from './lib/corpus.mjs';
import { loadSource, root } from './lib/source.mjs';

const shared = process.env.BACKSTORY_SHARED ?? path.resolve(root, '../shared');
const devDir = path.join(shared, 'notes-dev');
if (!existsSync(path.join(devDir, 'gold.json'))) {
  console.error(`${devDir} is missing: the notes-dev bench needs ../shared/notes-dev.`);
  process.exit(1);
}

const core = await loadSource('notes-dev', {
  'src/dom/extract.ts': ['extractArticle'],
  'src/core/read.ts': ['readArticle'],
  'src/core/match/index.ts': [
    'buildIndex',
    'StatementIndex',
    'traceNotes',
    'resolveSpeaker',
    'NOTE_THRESHOLDS',
  ],
  'bench/lib/core-entry.ts': ['refSetFromText'],
});

const gold = JSON.parse(await readFile(path.join(devDir, 'gold.json'), 'utf8'));
const set = core.refSetFromText(
  await readFile(path.join(root, 'data/refsets/bundled.json'), 'utf8'),
);
const index = core.StatementIndex.load(core.buildIndex(set));

// The labels name seeds by their shared file names; the set cites the project's copies
// (byte-identical, so a statement's span in its seed is its text's place there).
const sharedSeeds = new Map();
for (const name of await readdir(path.join(shared, 'seeds')))
  sharedSeeds.set(await readFile(path.join(shared, 'seeds', name), 'utf8'), name);
const seedOf = new Map();
for (const ref of new Set(set.statements.map((statement) => statement.source.ref))) {
  const file = path.join(root, ref ?? '');
  const text = ref && existsSync(file) ? await readFile(file, 'utf8') : '';
  seedOf.set(ref, { name: sharedSeeds.get(text), text });
}
const statementSpan = set.statements.map((statement) => {
  const seed = seedOf.get(statement.source.ref);
  const start = seed.text.indexOf(statement.text);
  return { seed: seed.name, start, end: start + statement.text.length };
});
const seedTexts = new Map([...sharedSeeds].map(([text, name]) => [name, text]));

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Whether the statement at this position overlaps one of the passage's expected priors. */
function isExpected(passage, statement) {
  const span = statementSpan[statement];
  return passage.expected_prior.some((prior) => {
    const start = seedTexts.get(prior.seed)?.indexOf(prior.text) ?? -1;
    return (
      span.seed === prior.seed &&
      start >= 0 &&
      overlaps(span, { start, end: start + prior.text.length })
    );
  });
}

/** Where a passage is in the extracted text: exact, else with whitespace runs matched loosely. */
function locate(text, passage) {
  const at = text.indexOf(passage);
  if (at >= 0) return { start: at, end: at + passage.length };
  const pattern = passage
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  const match = new RegExp(pattern).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

const fold = (s) => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether the finding's speaker is the labelled one (the set's id when the set knows them). */
function speakerRight(finding, passage) {
  if (passage.speaker === null) return !finding.speaker;
  const id = core.resolveSpeaker(passage.speaker, [set]);
  if (id) return finding.speakerId === id;
  const surname = fold(passage.speaker)
    .split(/[\s-]+/)
    .pop();
  return fold(finding.speaker).includes(surname);
}

const CHIP = { repeats: 'consistent', shifts: 'shift', contradicts: 'contradicts' };

/** Scores one article's findings and trace against its labels into `tally`. */
function score(article, findings, spans, trace, tally, samples) {
  const passages = [
    ...article.positives.map((p) => ({ ...p, label: 'positive' })),
    ...article.negatives.map((p) => ({ ...p, label: 'negative' })),
  ];
  for (const passage of passages) {
    const span = passage.span;
    if (!span) {
      tally.unlocated++;
      continue;
    }
    const at = findings.flatMap((_, i) => (spans[i] && overlaps(spans[i], span) ? [i] : []));
    if (passage.label === 'negative') {
      const bucket = article.article_kind === 'negative-heavy' ? tally.heavy : tally.onSubject;
      bucket.negatives++;
      const shown = at.flatMap((i) => trace.shown[i]);
      if (shown.length > 0) {
        bucket.falseNotes++;
        samples.false.push(
          `${article.slug}: ${passage.text.slice(0, 90)}\n    -> ${set.statements[shown[0].statement].text.slice(0, 90)} (${shown[0].relation})`,
        );
      }
      continue;
    }
    const funnel = tally.funnel;
    funnel.positives++;
    tally.byRelation[passage.relation] ??= { positives: 0, hits: 0 };
    const relation = tally.byRelation[passage.relation];
    relation.positives++;
    if (at.length > 0) funnel.found++;
    if (at.some((i) => speakerRight(findings[i], passage))) funnel.speakerRight++;
    if (at.some((i) => trace.candidates[i].some((c) => isExpected(passage, c.statement))))
      funnel.candidate++;
    if (at.some((i) => trace.kept[i].some((c) => isExpected(passage, c.statement)))) funnel.kept++;
    const hit = at.flatMap((i) => trace.shown[i]).find((c) => isExpected(passage, c.statement));
    if (hit) {
      samples.hits.push(
        `${article.slug} [${passage.relation}, ${passage.stance}; shown ${hit.relation}, ${CHIP[hit.stance] ?? 'neutral'}] ${passage.text.slice(0, 70)}`,
      );
      funnel.shown++;
      relation.hits++;
      tally.stance.hits++;
      if ((CHIP[hit.stance] ?? 'neutral') === passage.stance) tally.stance.right++;
    } else {
      const shown = at.flatMap((i) => trace.shown[i]);
      samples.misses.push(
        `${article.slug} [${passage.relation}] ${passage.text.slice(0, 90)}\n    found ${at.length}, speaker ${at.map((i) => findings[i].speaker ?? '-').join('/')}, ${
          shown.length > 0
            ? `shown instead: ${set.statements[shown[0].statement].text.slice(0, 70)}`
            : 'nothing shown'
        }; expected ${set.statements.flatMap((_, k) => (isExpected(passage, k) ? [k] : [])).join(',')} for ${at.map((i) => findings[i].id).join(',')}`,
      );
    }
    for (const c of at.flatMap((i) => trace.shown[i]))
      if (c.stance === 'contradicts' && c.relation === 'same-topic')
        tally.stance.adversaryContradicts++;
  }
}

const newTally = () => ({
  unlocated: 0,
  funnel: { positives: 0, found: 0, speakerRight: 0, candidate: 0, kept: 0, shown: 0 },
  byRelation: {},
  onSubject: { negatives: 0, falseNotes: 0 },
  heavy: { negatives: 0, falseNotes: 0 },
  stance: { hits: 0, right: 0, adversaryContradicts: 0 },
});

// Read every page once; the note rules then run per setting on the same findings.
const devRuns = [];
let findingsTotal = 0;
for (const article of gold.articles) {
  const html = await readFile(path.join(devDir, article.page_file), 'utf8');
  const extracted = core.extractArticle(parsePage(html), { requireArticle: false });
  const text = extracted?.map.text ?? '';
  for (const passage of [...article.positives, ...article.negatives])
    passage.span = locate(text, passage.text);
  const { quotes, claims } = extracted
    ? core.readArticle(text, extracted.meta, extracted.map.blocks)
    : { quotes: [], claims: [] };
  const findings = [
    ...quotes.map((q) => ({ ...q, speakerId: core.resolveSpeaker(q.speaker, [set]) })),
    ...claims,
  ];
  findingsTotal += findings.length;
  // Perfect reading: every labelled passage as a finding with its labelled speaker (or,
  // when the set does not know them, the side they speak for).
  const labelled = [...article.positives, ...article.negatives];
  const given = labelled.map((passage, i) => ({
    id: `p${i}`,
    text: passage.text,
    speaker: passage.speaker,
    speakerId:
      core.resolveSpeaker(passage.speaker, [set]) ??
      core.resolveSpeaker(passage.speaker_side, [set]),
  }));
  devRuns.push({
    article,
    pipeline: { findings, spans: findings, published: extracted?.meta.published ?? null },
    perfect: { findings: given, spans: labelled.map((p) => p.span), published: article.date },
  });
}

/** Every dev page through the note rules as they stand, scored both ways. */
function evaluateDev() {
  const result = {
    pipeline: newTally(),
    perfect: newTally(),
    samples: { misses: [], false: [], hits: [] },
    perfectSamples: { misses: [], false: [], hits: [] },
    notes: 0,
  };
  for (const run of devRuns) {
    const trace = core.traceNotes([index], run.pipeline.findings, run.pipeline);
    result.notes += trace.shown.filter((list) => list.length > 0).length;
    score(
      run.article,
      run.pipeline.findings,
      run.pipeline.spans,
      trace,
      result.pipeline,
      result.samples,
    );
    const given = core.traceNotes([index], run.perfect.findings, run.perfect);
    score(
      run.article,
      run.perfect.findings,
      run.perfect.spans,
      given,
      result.perfect,
      result.perfectSamples,
    );
  }
  return result;
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const frac = (n, d) => `${n}/${d} ${pct(n, d)}`;

function row(name, tally) {
  const f = tally.funnel;
  return {
    reading: name,
    'finding found': frac(f.found, f.positives),
    'speaker right': frac(f.speakerRight, f.positives),
    'among candidates': frac(f.candidate, f.positives),
    kept: frac(f.kept, f.positives),
    'shown (recall)': frac(f.shown, f.positives),
    'false notes, on-subject neg.': frac(tally.onSubject.falseNotes, tally.onSubject.negatives),
    'false notes, neg.-heavy pages': frac(tally.heavy.falseNotes, tally.heavy.negatives),
    'stance chips right': frac(tally.stance.right, tally.stance.hits),
  };
}

// Unrelated news: the whole pipeline on each page; a finding with a note is a false note.
const corpusRoot = path.join(shared, 'corpus');
const newsRuns = [];
if (existsSync(corpusRoot)) {
  for (const dir of (await readdir(corpusRoot)).filter((d) => d.startsWith('news-pages')).sort()) {
    for (const page of (await readdir(path.join(corpusRoot, dir))).sort()) {
      const file = path.join(corpusRoot, dir, page, 'source.html');
      if (!existsSync(file)) continue;
      const extracted = core.extractArticle(parsePage(await readFile(file, 'utf8')), {
        requireArticle: false,
      });
      if (!extracted) continue;
      const { quotes, claims } = core.readArticle(
        extracted.map.text,
        extracted.meta,
        extracted.map.blocks,
      );
      const findings = [
        ...quotes.map((q) => ({ ...q, speakerId: core.resolveSpeaker(q.speaker, [set]) })),
        ...claims,
      ];
      newsRuns.push({ name: `${dir}/${page}`, findings, meta: extracted.meta });
    }
  }
} else console.log(`${corpusRoot} is missing: no unrelated-news figure.`);

function evaluateNews() {
  const result = { findings: 0, noted: 0, samples: [] };
  for (const run of newsRuns) {
    const trace = core.traceNotes([index], run.findings, run.meta);
    result.findings += run.findings.length;
    trace.shown.forEach((list, i) => {
      if (list.length === 0) return;
      result.noted++;
      if (result.samples.length < 10)
        result.samples.push(
          `${run.name}: ${run.findings[i].text.slice(0, 80)}\n    -> ${set.statements[list[0].statement].text.slice(0, 80)} (${list[0].relation})`,
        );
    });
  }
  return result;
}

// The recall/false-note curve: the relatedness bars scaled, and the subject words required
// of a speaker's own side, around the chosen setting (marked *).
const defaults = structuredClone(core.NOTE_THRESHOLDS);
const curve = [];
for (const subjectTerms of process.argv.includes('--quick') ? [] : [1, 2, 3]) {
  for (const scale of [0, 0.5, 1, 2, 3]) {
    core.NOTE_THRESHOLDS.subjectTerms = subjectTerms;
    for (const [relation, bar] of Object.entries(defaults.relatedness))
      core.NOTE_THRESHOLDS.relatedness[relation] = bar * scale;
    const dev = evaluateDev();
    const news = evaluateNews();
    const chosen = subjectTerms === defaults.subjectTerms && scale === 1;
    curve.push({
      setting: `${chosen ? '* ' : ''}subject ${subjectTerms}, relatedness x${scale}`,
      'recall (pipeline)': pct(dev.pipeline.funnel.shown, dev.pipeline.funnel.positives),
      'recall (perfect)': pct(dev.perfect.funnel.shown, dev.perfect.funnel.positives),
      'false, on-subject': pct(dev.pipeline.onSubject.falseNotes, dev.pipeline.onSubject.negatives),
      'false, neg.-heavy': pct(dev.pipeline.heavy.falseNotes, dev.pipeline.heavy.negatives),
      'false (perfect)': pct(
        dev.perfect.onSubject.falseNotes + dev.perfect.heavy.falseNotes,
        dev.perfect.onSubject.negatives + dev.perfect.heavy.negatives,
      ),
      'unrelated news': pct(news.noted, news.findings),
    });
  }
}
Object.assign(core.NOTE_THRESHOLDS, structuredClone(defaults));
const { pipeline, perfect, samples, perfectSamples, notes: notesTotal } = evaluateDev();
const news = evaluateNews();

console.log(
  `Context notes on ../shared/notes-dev (${gold.articles.length} articles, ${perfect.funnel.positives} positives, ${perfect.onSubject.negatives + perfect.heavy.negatives} negatives) against data/refsets/bundled.json (${set.statements.length} statements)`,
);
if (pipeline.unlocated > 0)
  console.log(`${pipeline.unlocated} labelled passages not found in the extracted text`);
console.table([row('pipeline (annotate)', pipeline), row('perfect reading', perfect)]);
const relations = Object.keys(perfect.byRelation).sort();
console.log('Recall by relation:');
console.table(
  relations.map((relation) => ({
    relation,
    pipeline: frac(
      pipeline.byRelation[relation]?.hits ?? 0,
      pipeline.byRelation[relation]?.positives ?? 0,
    ),
    'perfect reading': frac(
      perfect.byRelation[relation].hits,
      perfect.byRelation[relation].positives,
    ),
  })),
);
console.log(
  `"contradicts" between different sides, over all shown: pipeline ${pipeline.stance.adversaryContradicts}, perfect ${perfect.stance.adversaryContradicts}`,
);
console.log(
  `Notes on the dev pages: ${notesTotal} of ${findingsTotal} findings. Unrelated news (${newsRuns.length} pages): ${frac(news.noted, news.findings)} findings with a note`,
);
console.log('Recall against false notes, by setting (* the shipped one):');
console.table(curve);
if (process.argv.includes('--hits')) {
  console.log('\nHits (pipeline):');
  for (const s of samples.hits) console.log(`  ${s}`);
  console.log('\nHits (perfect reading):');
  for (const s of perfectSamples.hits) console.log(`  ${s}`);
}
if (process.argv.includes('--misses')) {
  console.log('\nMisses (perfect reading):');
  for (const s of perfectSamples.misses) console.log(`  ${s}`);
  console.log('\nMisses (pipeline):');
  for (const s of samples.misses) console.log(`  ${s}`);
}
if (process.argv.includes('--false')) {
  console.log('\nFalse notes (pipeline):');
  for (const s of samples.false) console.log(`  ${s}`);
  console.log('\nFalse notes (perfect reading):');
  for (const s of perfectSamples.false) console.log(`  ${s}`);
  console.log('\nUnrelated news:');
  for (const s of news.samples) console.log(`  ${s}`);
}
