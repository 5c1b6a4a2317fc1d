// Learns the re-ranker's weights (src/core/match/ranker-model.json) from the
// TRAIN splits of the CLEF claim-retrieval tasks; the dev splits choose
// between model kinds and regularisation; test is never read here.
//
//   node build.mjs --cli && node bench/train-ranker.mjs [--write]
//
// Candidates and their features come from the built `backstory match
// --features`, so training sees exactly what the shipped matcher computes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseQrels, prepareTask, root, runMatch, TASKS } from './lib/clef.mjs';

const CANDIDATES = 100;
const write = process.argv.includes('--write');

/**
 * Each feature twice: as it is, and again when both dates are known, so dated
 * queries (debates, articles) get their own weights on top of the shared ones.
 */
function withDated(values) {
  const dated = values[values.length === 0 ? 0 : DATE_KNOWN] ?? 0;
  return Float64Array.from([...values, ...values.map((v) => v * dated)]);
}
let DATE_KNOWN = -1;

async function load(task, split) {
  const dir = await prepareTask(task);
  const qrels = parseQrels(await readFile(path.join(dir, `${split}.qrels`), 'utf8'));
  const run = runMatch(path.join(dir, 'refset.json'), path.join(dir, `${split}.jsonl`), [
    // Every candidate the CLI re-ranks: the first stage's and the same-day statements.
    '--top',
    String(CANDIDATES + 50),
    '--candidates',
    String(CANDIDATES),
    '--features',
  ]);
  const queries = [];
  const first = run.values().next().value?.[0];
  if (first) DATE_KNOWN = Object.keys(first.features).indexOf('dateKnown');
  for (const [id, matches] of run) {
    const relevant = qrels.get(id);
    if (!relevant || matches.length === 0) continue;
    queries.push({
      task,
      relevantCount: relevant.size,
      names: Object.keys(matches[0].features),
      x: matches.map((m) => withDated(Object.values(m.features))),
      y: matches.map((m) => (relevant.has(m.id) ? 1 : 0)),
    });
  }
  return queries;
}

function dot(w, x) {
  let s = w[x.length];
  for (let i = 0; i < x.length; i++) s += w[i] * x[i];
  return s;
}

/** Full-batch Adam on a differentiable loss; w has one weight per feature, then the bias. */
function learn(queries, lossGradient, { l2, steps = 600, rate = 0.05 }) {
  const n = queries[0].x[0].length;
  const w = new Float64Array(n + 1);
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const perTask = new Map();
  for (const q of queries) perTask.set(q.task, (perTask.get(q.task) ?? 0) + 1);
  for (let step = 1; step <= steps; step++) {
    const g = new Float64Array(n + 1);
    for (const q of queries) lossGradient(w, q, g, 1 / (perTask.size * perTask.get(q.task)));
    for (let i = 0; i < n; i++) g[i] += l2 * w[i];
    for (let i = 0; i <= n; i++) {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      w[i] -= (rate * (m[i] / (1 - 0.9 ** step))) / (Math.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return w;
}

/** Pointwise: logistic loss on every candidate (the model's output is then a probability). */
function pointwise(w, q, g, weight) {
  const scale = weight / q.x.length;
  q.x.forEach((x, k) => {
    const p = 1 / (1 + Math.exp(-dot(w, x)));
    const d = (p - q.y[k]) * scale;
    for (let i = 0; i < x.length; i++) g[i] += d * x[i];
    g[x.length] += d;
  });
}

/** Listwise: softmax cross-entropy of the relevant candidates among the query's candidates. */
function listwise(w, q, g, weight) {
  const positives = q.y.reduce((a, b) => a + b, 0);
  if (positives === 0) return;
  const z = q.x.map((x) => dot(w, x));
  const max = Math.max(...z);
  const e = z.map((s) => Math.exp(s - max));
  const total = e.reduce((a, b) => a + b, 0);
  q.x.forEach((x, k) => {
    const d = (e[k] / total - q.y[k] / positives) * weight;
    for (let i = 0; i < x.length; i++) g[i] += d * x[i];
  });
}

/** Official AP@5 semantics (see lib/clef.mjs), over queries that have candidates. */
function meanAp(queries, w) {
  let sum = 0;
  for (const q of queries) {
    const order = q.x.map((x, k) => [dot(w, x), k]).sort((a, b) => b[0] - a[0]);
    let found = 0;
    let ap = 0;
    order.slice(0, 5).forEach(([, k], rank) => {
      if (q.y[k]) ap += ++found / (rank + 1);
    });
    sum += ap / q.relevantCount;
  }
  return sum / queries.length;
}

/** Platt scaling on train: a listwise model's scores become probabilities. */
function calibrate(queries, w) {
  const scores = queries.flatMap((q) => q.x.map((x, k) => ({ z: dot(w, x), y: q.y[k] })));
  let a = 1;
  let b = 0;
  for (let step = 0; step < 3000; step++) {
    let ga = 0;
    let gb = 0;
    for (const { z, y } of scores) {
      const d = 1 / (1 + Math.exp(-(a * z + b))) - y;
      ga += d * z;
      gb += d;
    }
    a -= (0.5 * ga) / scores.length;
    b -= (0.5 * gb) / scores.length;
  }
  const n = w.length - 1;
  return Float64Array.from(w, (value, i) => (i < n ? a * value : a * value + b));
}

const data = {};
for (const task of Object.keys(TASKS)) {
  data[task] = { train: await load(task, 'train'), dev: await load(task, 'dev') };
}
const names = data.clef2020.train[0].names;
const train = Object.values(data).flatMap((d) => d.train);

const trials = [];
for (const [kind, loss] of [
  ['pointwise', pointwise],
  ['listwise', listwise],
]) {
  for (const l2 of [1e-4, 1e-3, 1e-2]) {
    const w = learn(train, loss, { l2 });
    const dev = Object.fromEntries(Object.keys(data).map((t) => [t, meanAp(data[t].dev, w)]));
    const mean = Object.values(dev).reduce((a, b) => a + b, 0) / Object.keys(dev).length;
    trials.push({ kind, l2, w, dev, mean });
    console.log(
      kind,
      l2,
      Object.entries(dev)
        .map(([t, m]) => `${t} dev ${m.toFixed(4)}`)
        .join(', '),
    );
  }
}
const best = trials.reduce((a, b) => (b.mean > a.mean ? b : a));
const weights = best.kind === 'listwise' ? calibrate(train, best.w) : best.w;
console.log(`best: ${best.kind}, l2 ${best.l2}, mean dev MAP@5 ${best.mean.toFixed(4)}`);

const rounded = (i) => Number(weights[i].toFixed(4));
const model = {
  about: `Learned by bench/train-ranker.mjs (${best.kind} logistic, l2 ${best.l2}) on the CLEF 2020 task 2 and 2021 task 2B train splits, chosen on dev.`,
  bias: rounded(2 * names.length),
  weights: Object.fromEntries(names.map((name, i) => [name, rounded(i)])),
  datedWeights: Object.fromEntries(names.map((name, i) => [name, rounded(names.length + i)])),
};
console.log(JSON.stringify(model, null, 2));
if (write) {
  await writeFile(
    path.join(root, 'src/core/match/ranker-model.json'),
    `${JSON.stringify(model, null, 2)}\n`,
  );
  console.log('wrote src/core/match/ranker-model.json (rebuild the CLI to use it)');
}
