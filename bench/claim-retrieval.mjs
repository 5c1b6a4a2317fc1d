// Claim retrieval quality on the CLEF CheckThat! tasks (MAP@5, official
// trectools semantics), for Backstory's matcher and a plain BM25 yardstick,
// on dev and test. Needs the built CLI: `node build.mjs --cli`.
//
//   node bench/claim-retrieval.mjs [clef2020|clef2021b]...
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { map5, parseQrels, prepareTask, runMatch, TASKS } from './lib/clef.mjs';
import { plainBm25 } from './lib/plain-bm25.mjs';

const DEPTH = 50;
const tasks = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(TASKS);

const recall = (run, qrels) => {
  let found = 0;
  let total = 0;
  for (const [query, relevant] of qrels) {
    const ids = new Set((run.get(query) ?? []).map((m) => m.id));
    for (const doc of relevant) {
      total++;
      if (ids.has(doc)) found++;
    }
  }
  return total ? found / total : 0;
};

const rows = [];
for (const task of tasks) {
  const dir = await prepareTask(task);
  const refsetPath = path.join(dir, 'refset.json');
  const set = JSON.parse(await readFile(refsetPath, 'utf8'));
  const bm25 = plainBm25(set);
  for (const split of ['dev', 'test']) {
    const qrels = parseQrels(await readFile(path.join(dir, `${split}.qrels`), 'utf8'));
    const queries = (await readFile(path.join(dir, `${split}.jsonl`), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const started = performance.now();
    const run = runMatch(refsetPath, path.join(dir, `${split}.jsonl`), [
      '--top',
      String(DEPTH),
      '--features',
    ]);
    const seconds = (performance.now() - started) / 1000;
    // The first stage alone: the same candidates in BM25F order.
    const firstStage = new Map(
      [...run].map(([id, ms]) => [id, ms.map((m) => ({ id: m.id, score: m.features.rank }))]),
    );
    const baseline = new Map(queries.map((q) => [q.id, bm25([q.text, q.speaker].join(' '), 5)]));
    rows.push({
      task,
      split,
      queries: queries.length,
      'MAP@5': map5(run, qrels).toFixed(4),
      'first stage MAP@5': map5(firstStage, qrels).toFixed(4),
      'plain BM25 MAP@5': map5(baseline, qrels).toFixed(4),
      [`recall@${DEPTH}`]: recall(run, qrels).toFixed(4),
      'CLI seconds': seconds.toFixed(1),
    });
  }
}
console.log('Claim retrieval (CLEF CheckThat!), MAP@5');
console.table(rows);
