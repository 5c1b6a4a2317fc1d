// Real-browser benchmark: what Backstory costs the page, measured where it runs.
//
//   node bench/browser.mjs [--browser chromium|firefox]... [--page NAME]... [--rounds N]
//
// jsdom's DOM is written in JavaScript, which makes Readability itself slow
// there and flatters any ratio against it (bench/reading.mjs's speed figures
// are jsdom figures). Here both sides run in headless Chromium and Firefox ESR,
// on the live corpus page, by the page's own clock:
//
// - same page: Readability's parse alone against Backstory's page pipeline
//   (extraction on a clone, the text map, reading), cold (a fresh page, as a
//   content script always meets it) and warm (interleaved rounds in one page),
//   with a TreeWalker pass over the page's text as the floor;
// - growth: the same at 1x, 10x and 100x the longest article;
// - the article gate on pages that are not articles;
// - Chromium only: the built content script's main-thread work from a trace
//   (every task that ran extension script, total and longest), on article
//   pages, the scaled articles and the non-article pages.
//
// Every ratio is taken within this one run, since the machine is shared.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import puppeteer from 'puppeteer-core';
import { corpusDir, listPages, readPage } from './lib/corpus.mjs';
import { root } from './lib/source.mjs';

const args = process.argv.slice(2);
const valuesOf = (flag) => args.flatMap((arg, i) => (args[i - 1] === flag ? [arg] : []));
const browsers = valuesOf('--browser').length > 0 ? valuesOf('--browser') : ['chromium', 'firefox'];
const onlyPages = valuesOf('--page');
const ROUNDS = Number(valuesOf('--rounds')[0] ?? 3);
const WARMUP = 2;
const SCALES = [1, 10, 100];
const EXECUTABLES = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
const NON_ARTICLES = ['section-front.html', 'single-page-site.html'];

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (xs) =>
  `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;
const ms = (x) => `${x.toFixed(1)} ms`;

async function pageWorkBundle() {
  const built = await esbuild.build({
    entryPoints: [path.join(root, 'bench/browser/page-work.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: true,
    logLevel: 'warning',
  });
  return built.outputFiles[0].text;
}

/**
 * The saved page without its own scripts and refreshes: offline they only fail, or navigate
 * away mid-measure (Firefox refuses the address and the load errors), and their timers would
 * land in the trace as noise.
 */
function withoutScripts(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');
}

/** The longest corpus article with its paragraphs repeated `times` over, in place. */
function scaledArticle(html, times) {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  for (const p of [...document.querySelectorAll('p')]) {
    for (let i = 1; i < times; i++) p.after(p.cloneNode(true));
  }
  return dom.serialize();
}

/** Serves the pages under test from 127.0.0.1; the bench itself is added to each by the driver. */
async function startServer(routes) {
  const server = createServer(async (request, response) => {
    const page = routes.get(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(await page());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

async function launch(name, extension) {
  const profile = await mkdtemp(path.join(tmpdir(), `backstory-bench-${name}-`));
  const common = { executablePath: EXECUTABLES[name], headless: true, userDataDir: profile };
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          ...common,
          pipe: true,
          ...(extension ? { enableExtensions: [path.join(root, 'dist/chrome')] } : {}),
          args: [
            '--no-sandbox',
            '--disable-component-update',
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
          ],
        })
      : await puppeteer.launch({
          ...common,
          browser: 'firefox',
          extraPrefsFirefox: {
            'network.dns.forceResolve': '127.0.0.1',
            // Firefox rounds performance.now() to whole milliseconds by default, too coarse here.
            'privacy.reduceTimerPrecision': false,
          },
        });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function openPage(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/** One measure on a fresh page: the bench code, like a content script, meets it cold. */
async function coldSample(browser, bundle, url, measure) {
  const page = await openPage(browser, url);
  try {
    await page.evaluate(bundle);
    return await page.evaluate((m) => globalThis.__backstoryBench.run(m), measure);
  } finally {
    await page.close();
  }
}

/** Medians of warm, interleaved rounds of every measure in one page, and the page's text length. */
async function warmSamples(browser, bundle, url, measures, rounds) {
  const page = await openPage(browser, url);
  try {
    await page.evaluate(bundle);
    const samples = Object.fromEntries(measures.map((m) => [m, []]));
    for (let round = 0; round < WARMUP + rounds; round++) {
      const order = round % 2 ? [...measures].reverse() : measures;
      for (const measure of order) {
        const t = await page.evaluate((m) => globalThis.__backstoryBench.run(m), measure);
        if (round >= WARMUP) samples[measure].push(t);
      }
    }
    const textLength = await page.evaluate(() => globalThis.__backstoryBench.textLength());
    return { textLength, ...Object.fromEntries(measures.map((m) => [m, median(samples[m])])) };
  } finally {
    await page.close();
  }
}

async function coldMedians(browser, bundle, url, measures, rounds) {
  const samples = Object.fromEntries(measures.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...measures].reverse() : measures;
    for (const measure of order)
      samples[measure].push(await coldSample(browser, bundle, url, measure));
  }
  return Object.fromEntries(measures.map((m) => [m, median(samples[m])]));
}

/**
 * The content script's main-thread work in one page load, from a Chromium
 * trace with the sampling profiler on: the time of every sample on the page's
 * main thread whose stack runs extension code, and the longest task holding
 * any such sample. Trace events alone miss it: callbacks from extension APIs
 * carry no script URL. The background's own work (another process) is not
 * counted: it does not block the page.
 */
async function contentScriptCost(browser, url) {
  const page = await browser.newPage();
  try {
    await page.tracing.start({
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'v8',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The script runs at document_idle and asks the background for notes; give both time to finish.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return costFromTrace(trace.traceEvents, new URL(url).origin);
  } finally {
    await page.close();
  }
}

function costFromTrace(events, origin) {
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url).startsWith(origin),
  );
  if (!parse) return { total: Number.NaN, longest: Number.NaN };
  const onPageThread = (e) => e.pid === parse.pid && e.tid === parse.tid;
  const profiles = new Map();
  for (const e of events) {
    // The sampler reports from its own thread; a profile's id within its process names the thread sampled.
    if (e.name === 'Profile' && onPageThread(e)) {
      profiles.set(e.id, { time: e.args.data.startTime, nodes: new Map() });
    }
  }
  const extensionTimes = [];
  let total = 0;
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' && e.pid === parse.pid && profiles.get(e.id);
    if (!profile) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) profile.nodes.set(node.id, node);
    (cpuProfile.samples ?? []).forEach((sample, i) => {
      profile.time += timeDeltas[i] ?? 0;
      const interval = timeDeltas[i + 1] ?? 0;
      for (let node = profile.nodes.get(sample); node; node = profile.nodes.get(node.parent)) {
        if (String(node.callFrame?.url).startsWith('chrome-extension://')) {
          total += interval;
          extensionTimes.push(profile.time);
          break;
        }
      }
    });
  }
  let longest = 0;
  const tasks = events.filter(
    (e) => e.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && onPageThread(e),
  );
  for (const task of tasks) {
    const end = task.ts + task.dur;
    if (task.dur > longest && extensionTimes.some((t) => t >= task.ts && t < end))
      longest = task.dur;
  }
  return { total: total / 1000, longest: longest / 1000 };
}

async function main() {
  const pages = (await listPages()).filter((p) => onlyPages.length === 0 || onlyPages.includes(p));
  if (pages.length === 0) throw new Error(`no corpus pages in ${corpusDir}`);
  const html = new Map();
  for (const page of pages) html.set(page, withoutScripts(await readPage(page)));
  const longestPage = [...html].sort((a, b) => b[1].length - a[1].length)[0][0];
  const routes = new Map();
  for (const page of pages) routes.set(`/page/${page}`, async () => html.get(page));
  for (const times of SCALES) {
    let scaled;
    routes.set(
      `/scaled/${times}`,
      async () => (scaled ??= scaledArticle(html.get(longestPage), times)),
    );
  }
  for (const file of NON_ARTICLES) {
    routes.set(`/other/${file}`, () =>
      readFile(path.join(root, 'tests/fixtures/pages', file), 'utf8'),
    );
  }
  const { server, base } = await startServer(routes);
  const bundle = await pageWorkBundle();
  const SAME_PAGE = ['readability', 'backstory', 'treeWalk'];

  try {
    for (const name of browsers) {
      console.log(`\n--- ${name}: the same page, Backstory's pipeline / Readability's parse alone`);
      console.log(
        `    ${pages.length} corpus pages, ${ROUNDS} cold loads and ${ROUNDS} warm rounds each\n`,
      );
      const { browser, close } = await launch(name, false);
      const cold = [];
      const warm = [];
      const floor = [];
      const readabilityCold = new Map();
      try {
        for (const page of pages) {
          const url = `${base}/page/${page}`;
          const c = await coldMedians(browser, bundle, url, SAME_PAGE, ROUNDS);
          const w = await warmSamples(browser, bundle, url, SAME_PAGE, ROUNDS);
          readabilityCold.set(page, c.readability);
          cold.push(c.backstory / c.readability);
          warm.push(w.backstory / w.readability);
          floor.push(w.treeWalk / w.readability);
          console.log(
            `  ${page.padEnd(22)} cold ${ms(c.readability).padStart(9)} vs ${ms(c.backstory).padStart(9)}` +
              `   warm ${ms(w.readability).padStart(9)} vs ${ms(w.backstory).padStart(9)}   walk ${ms(w.treeWalk)}`,
          );
        }
        console.log(`\n  cold   Backstory / Readability  ${spread(cold)}   (goal <= 1.3x)`);
        console.log(`  warm   Backstory / Readability  ${spread(warm)}`);
        console.log(`  floor  TreeWalker / Readability ${spread(floor)}`);

        console.log(
          `\n  growth on ${longestPage}, warm (Backstory's time per character of page text, relative to 1x)`,
        );
        let perCharAt1 = null;
        for (const times of SCALES) {
          const w = await warmSamples(browser, bundle, `${base}/scaled/${times}`, SAME_PAGE, 1);
          const perChar = w.backstory / w.textLength;
          perCharAt1 ??= perChar;
          console.log(
            `    ${String(times).padStart(3)}x  Readability ${ms(w.readability).padStart(10)}  Backstory ${ms(w.backstory).padStart(10)}` +
              `  ratio ${(w.backstory / w.readability).toFixed(2)}x  per-char ${(perChar / perCharAt1).toFixed(2)}`,
          );
        }

        console.log('\n  the article gate on pages that are not articles, cold');
        for (const file of NON_ARTICLES) {
          const gate = await coldMedians(
            browser,
            bundle,
            `${base}/other/${file}`,
            ['gate'],
            ROUNDS,
          );
          console.log(`    ${file.padEnd(24)} ${ms(gate.gate)}`);
        }
      } finally {
        await close();
      }

      if (name !== 'chromium') {
        console.log(
          '\n  (the content script trace is Chromium only: Firefox has no trace protocol here)',
        );
        continue;
      }
      console.log('\n--- chromium: the built content script in a real page load (trace)\n');
      const withExtension = await launch(name, true);
      try {
        // The first load also starts the background and fills caches: not what a reader's pages meet.
        await contentScriptCost(withExtension.browser, `${base}/page/${pages[0]}`);
        const ratios = [];
        let over50 = 0;
        for (const page of pages) {
          const cost = await contentScriptCost(withExtension.browser, `${base}/page/${page}`);
          ratios.push(cost.total / readabilityCold.get(page));
          if (cost.longest > 50) over50++;
          console.log(
            `  ${page.padEnd(22)} content script ${ms(cost.total).padStart(9)}  longest task ${ms(cost.longest).padStart(9)}`,
          );
        }
        console.log(
          `\n  content script / Readability alone (cold)  ${spread(ratios)}   (goal <= 1.3x)`,
        );
        console.log(
          `  pages with a content-script task over 50 ms: ${over50} of ${pages.length}   (goal 0)`,
        );
        for (const times of SCALES) {
          const cost = await contentScriptCost(withExtension.browser, `${base}/scaled/${times}`);
          console.log(
            `  ${String(times).padStart(3)}x ${longestPage}: content script ${ms(cost.total)}, longest task ${ms(cost.longest)}   (goal <= 50 ms)`,
          );
        }
        for (const file of NON_ARTICLES) {
          const cost = await contentScriptCost(withExtension.browser, `${base}/other/${file}`);
          console.log(
            `  not an article, ${file}: content script ${ms(cost.total)}   (goal <= 2 ms)`,
          );
        }
      } finally {
        await withExtension.close();
      }
    }
  } finally {
    server.close();
  }
}

await main();
