// Context-note quality on the bundled set, with proxies for labels we do not
// have: (1) reading a seed article (its statements as findings, the full set):
// the quote itself must not come back, and stances come from the set's own
// record; (2) a seed article held out of the set: notes should share a topic
// with the finding's labelled topics; (3) sentences of unrelated news pages
// (../shared/corpus/news-pages) as claims: notes there are false alarms.
//
//   node bench/notes-quality.mjs [BUNDLED.json] [--samples]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { root } from './lib/clef.mjs';
import { loadCore } from './lib/core.mjs';
import { listPages, parsePage, readPage } from './lib/corpus.mjs';

const core = await loadCore();
const bundledPath =
  process.argv.slice(2).find((a) => a.endsWith('.json')) ??
  path.join(root, 'data/refsets/bundled.json');
if (!existsSync(bundledPath)) {
  console.error(`${bundledPath} is missing: build the bundled set first, or pass a set's path`);
  process.exit(1);
}
const set = core.refSetFromText(await readFile(bundledPath, 'utf8'));
const byId = new Map(set.statements.map((s) => [s.id, s]));
const articles = new Map();
for (const s of set.statements) {
  const key = s.source.ref ?? s.source.url ?? s.context;
  articles.set(key, [...(articles.get(key) ?? []), s]);
}

/** A statement as the reading pipeline would find it: its words and the article's name for the speaker. */
const asFinding = (s) => ({
  id: s.id,
  text: s.text,
  speaker: s.attribution ?? set.speakers.find((sp) => sp.id === s.speakerId)?.name ?? null,
});

/** Counts of what the notes showed, all zero. */
const noCounts = () => ({
  findings: 0,
  withNotes: 0,
  notes: 0,
  selfShown: 0,
  onTopic: 0,
  stances: 0,
  stanceRight: 0,
});

function judge(findings, notes) {
  const stats = { ...noCounts(), findings: findings.length };
  for (const note of notes) {
    const finding = byId.get(note.target);
    stats.withNotes++;
    for (const shown of note.statements) {
      stats.notes++;
      const statement = byId.get(shown.id);
      if (shown.id === note.target) stats.selfShown++;
      if (statement.topics.some((t) => finding.topics.includes(t))) stats.onTopic++;
      if (shown.stance) {
        stats.stances++;
        const topic = set.topics.find((t) => finding.stance[t.id] && statement.stance[t.id]);
        // The curated positions, compared on the set's own scale.
        const truth =
          topic && core.stanceRelation(topic, statement.stance[topic.id], finding.stance[topic.id]);
        if (truth === shown.stance) stats.stanceRight++;
      }
    }
  }
  return stats;
}

const rows = [];
const samples = [];
for (const mode of ['seed article read', 'article held out']) {
  const total = { mode, ...noCounts() };
  for (const [, statements] of articles) {
    const against =
      mode === 'seed article read'
        ? set
        : { ...set, statements: set.statements.filter((s) => !statements.includes(s)) };
    const findings = statements.map(asFinding);
    const notes = core.buildNotes(findings, { published: null }, [against]);
    if (samples.length < 12)
      samples.push(
        ...notes.slice(0, 2).map((n) => ({
          mode,
          finding: byId.get(n.target).text,
          notes: n.statements.map(
            (s) =>
              `${s.relation}${s.stance ? `/${s.stance}` : ''} ${s.score}: ${s.text.slice(0, 70)} [${s.why}]`,
          ),
        })),
      );
    const stats = judge(statements, notes);
    for (const key of Object.keys(stats)) total[key] += stats[key];
  }
  rows.push({
    mode: total.mode,
    findings: total.findings,
    'with notes': total.withNotes,
    'notes/finding': (total.notes / total.findings).toFixed(2),
    'quote shown as its own note': total.selfShown,
    'on topic': `${total.onTopic}/${total.notes}`,
    'stance right': `${total.stanceRight}/${total.stances}`,
  });
}

// Unrelated pages: every sentence of the article as a claim.
let sentences = 0;
let falseNotes = 0;
const falseSamples = [];
for (const name of await listPages()) {
  const article = new Readability(parsePage(await readPage(name))).parse();
  const claims = (article?.textContent ?? '')
    .split(/(?<=[.!?])\s+/)
    .map((text, i) => ({ id: `${name}-${i}`, text: text.trim() }))
    .filter((c) => c.text.length > 20);
  sentences += claims.length;
  const notes = core.buildNotes(claims, { published: null }, [set]);
  for (const note of notes) {
    falseNotes += note.statements.length;
    if (falseSamples.length < 8)
      falseSamples.push(
        `${claims.find((c) => c.id === note.target).text.slice(0, 90)} -> ${note.statements[0].text.slice(0, 60)} [${note.statements[0].why}]`,
      );
  }
}
rows.push({
  mode: 'unrelated news pages',
  findings: sentences,
  'with notes': '',
  'notes/finding': (falseNotes / sentences).toFixed(3),
  'quote shown as its own note': '',
  'on topic': `${falseNotes} false alarms`,
  'stance right': '',
});

console.log(
  `Context notes on ${path.relative(root, bundledPath)} (${set.statements.length} statements)`,
);
console.table(rows);
if (process.argv.includes('--samples')) {
  for (const s of samples) console.log(`\n[${s.mode}] ${s.finding}\n  ${s.notes.join('\n  ')}`);
  for (const s of falseSamples) console.log(`\nfalse alarm: ${s}`);
}
