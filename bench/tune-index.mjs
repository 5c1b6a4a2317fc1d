// Tunes the first stage's BM25F parameters (build-index.ts DEFAULT_PARAMS) on
// the CLEF TRAIN splits: recall@50 of the candidates the re-ranker sees, and
// MAP@5 of the first stage alone. Prints a table; copy the best by hand.
//
//   node bench/tune-index.mjs
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { map5, parseQrels, prepareTask, TASKS } from './lib/clef.mjs';
import { loadCore } from './lib/core.mjs';

const core = await loadCore();
const DEPTH = 50;

async function load(task) {
  const dir = await prepareTask(task);
  const set = core.refSetFromText(await readFile(path.join(dir, 'refset.json'), 'utf8'));
  const queries = (await readFile(path.join(dir, 'train.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const qrels = parseQrels(await readFile(path.join(dir, 'train.qrels'), 'utf8'));
  return { set, queries, qrels };
}

function evaluate({ set, queries, qrels }, params) {
  const index = core.StatementIndex.load(core.buildIndex(set, params));
  const run = new Map();
  let found = 0;
  let total = 0;
  for (const q of queries) {
    const matches = core.searchIndexes([index], q, { top: DEPTH, candidates: DEPTH });
    // First-stage order is the `rank` feature.
    const rankAt = core.FEATURE_NAMES.indexOf('rank');
    run.set(
      q.id,
      matches.map((m) => ({ id: m.statementId, score: m.features[rankAt] })),
    );
    const ids = new Set(matches.map((m) => m.statementId));
    for (const doc of qrels.get(q.id) ?? []) {
      total++;
      if (ids.has(doc)) found++;
    }
  }
  return { map: map5(run, qrels), recall: found / total };
}

const data = {};
for (const task of Object.keys(TASKS)) data[task] = await load(task);
const base = core.DEFAULT_PARAMS;
const grid = [];
for (const k1 of [0.9, 1.2, 1.6]) {
  for (const b of [0.5, 0.75, 0.9]) {
    for (const context of [0.3, 0.6, 1]) {
      for (const speaker of [0.1, 0.3]) {
        grid.push({
          ...base,
          k1,
          text: { weight: 1, b },
          context: { weight: context, b },
          speaker: { ...base.speaker, weight: speaker },
        });
      }
    }
  }
}
const rows = [];
for (const params of grid) {
  const row = {
    k1: params.k1,
    b: params.text.b,
    context: params.context.weight,
    speaker: params.speaker.weight,
  };
  let sum = 0;
  for (const task of Object.keys(data)) {
    const { map, recall } = evaluate(data[task], params);
    row[`${task} MAP@5`] = map.toFixed(4);
    row[`${task} R@${DEPTH}`] = recall.toFixed(4);
    sum += recall;
  }
  row.meanRecall = (sum / Object.keys(data).length).toFixed(4);
  rows.push(row);
}
rows.sort((a, b) => b.meanRecall - a.meanRecall);
console.table(rows.slice(0, 15));
