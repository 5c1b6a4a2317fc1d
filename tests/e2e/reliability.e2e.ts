/**
 * Reliability in both browsers: what updates, live pages and hostile data
 * must never do to Backstory or to the page. Each state is saved as a
 * screenshot under .tmp/e2e-shots/.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { noteCard, withLayer } from './harness/layer-probes.ts';
import { importFile, importView } from './harness/options-probes.ts';
import {
  bodyShape,
  inPage,
  pageIsPristine,
  paintedHighlights,
  pointAt,
} from './harness/page-probes.ts';
import { clickSwitch, readPopup } from './harness/popup-probes.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const SHOTS = path.resolve('.tmp/e2e-shots');
const ARTICLE = 'north-korea-rejects-dialogue.html';
const FIRST_STORY_QUOTE =
  'has no intention of participating in dialogue with forces bent on confrontation,';
const NEXT_STORY_QUOTE = 'The situation is precarious';

/** Statements whose every field a page would like to run; all must show as text. */
const PAYLOADS = [
  '<img src=x onerror="document.documentElement.dataset.pwned=1">',
  '<script>document.documentElement.dataset.pwned=2</script>',
  '<svg onload="document.documentElement.dataset.pwned=3"></svg>',
  '<noscript><p title="</noscript><img src=x onerror=document.documentElement.dataset.pwned=4>">',
];
function hostileSet(): string {
  return JSON.stringify({
    format: 'backstory-refset',
    version: 1,
    id: 'hostile',
    title: `Hostile ${PAYLOADS[0]}`,
    topics: [],
    speakers: [
      {
        id: 'kcna',
        name: 'Korean Central News Agency',
        aliases: [],
        kind: 'person',
        memberOf: [],
        description: PAYLOADS[1],
      },
    ],
    statements: PAYLOADS.map((payload, i) => ({
      id: `h${i}`,
      speakerId: 'kcna',
      kind: 'quote',
      // The same speaker on the same subject in other words: a verbatim copy of the page's quote
      // would be taken for the page itself and hidden.
      text: `Dialogue with forces bent on confrontation is of no use to us ${payload}`,
      date: `2023-0${i + 1}-01`,
      context: payload,
      source: { title: payload, outlet: payload, url: `https://news.example/${i}?q=%3Cscript%3E` },
      topics: [],
      stance: {},
    })),
  });
}

describe.each(BROWSERS)('Reliability in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let openPages: Page[] = [];
  let files: string;

  const open = async (file: string) => {
    const page = await browser.openPage(server.url(file));
    openPages.push(page);
    return page;
  };
  const shot = async (page: Page, state: string) => {
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${state}.png`) }).catch(() => {});
  };
  const highlights = (
    page: Page,
    accept = (texts: string[]) => texts.length > 0,
    what = 'highlights',
  ) =>
    eventually(
      () => paintedHighlights(page),
      (marks) => accept(marks.map((m) => m.text)),
      what,
    );
  /** A reader's click on the noted highlight that starts with `prefix` (the first noted one without). */
  const openNote = async (page: Page, prefix?: string) => {
    const painted = await eventually(
      () => paintedHighlights(page),
      (marks) => marks.some((m) => m.layer === 'noted' && (!prefix || prefix.startsWith(m.text))),
      'a highlight with a note',
    );
    const target = painted.find(
      (m) => m.layer === 'noted' && (!prefix || prefix.startsWith(m.text)),
    )!;
    const point = await pointAt(page, target.text.slice(0, 24));
    await page.mouse.click(point.x, point.y);
  };
  const setEverywhere = async (page: Page, on: boolean) => {
    const popup = await browser.openPopup(page);
    const view = await eventually(
      () => readPopup(popup),
      (v) => v.switches.length > 0,
      'the popup',
    );
    if (view.switches[0]!.checked !== on) await clickSwitch(popup, 'On everywhere');
    await eventually(
      () => readPopup(popup),
      (v) => v.switches[0]?.checked === on,
      'the switch',
    );
    await popup.close();
  };

  beforeAll(async () => {
    server = await servePages('tests/fixtures/pages');
    browser = await launchWithExtension(name, 'dist');
    files = await mkdtemp(path.join(tmpdir(), 'backstory-reliability-'));
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });
  beforeEach(() => browser.clearStorage());
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      const slug = context.task.name.replace(/\W+/g, '-').toLowerCase();
      for (const [i, page] of openPages.entries()) await shot(page, `FAILED-${slug}-${i}`);
    }
    await Promise.all(openPages.map((page) => page.close().catch(() => {})));
    openPages = [];
  });

  it('keeps extension pages off the network: images, styles, fonts, frames and media are refused', async () => {
    const options = await browser.openExtensionPage('options.html');
    openPages.push(options);
    const before = server.requested.length;
    const probe = server.url('probe');
    await inPage(
      options,
      (doc, base) =>
        new Promise<void>((resolve) => {
          const probes = doc.createElement('div');
          probes.className = 'probes';
          doc.body.append(probes);
          const add = (html: string) => probes.insertAdjacentHTML('beforeend', html);
          add(`<img src="${base}/img.png">`);
          add(`<link rel="stylesheet" href="${base}/style.css">`);
          add(
            `<style>@font-face{font-family:p;src:url(${base}/font.woff)} body{font-family:p}</style>`,
          );
          add(`<span style="font-family:p">x</span>`);
          add(`<iframe src="${base}/frame.html"></iframe>`);
          add(`<audio src="${base}/sound.mp3" preload="auto"></audio>`);
          add(`<video poster="${base}/poster.png" src="${base}/video.mp4" preload="auto"></video>`);
          // Inline styles are refused too, so the font is also asked for from script.
          new FontFace('probe', `url(${base}/font-api.woff)`).load().catch(() => {});
          setTimeout(() => resolve(), 2000);
        }),
      probe,
    );
    const probes = server.requested.slice(before).filter((p) => p.startsWith('/probe'));
    expect(probes).toEqual([]);
  });

  it('makes no request of its own across page loads, cards, the popup and an import', async () => {
    const before = server.requested.length;
    const page = await open(ARTICLE);
    await highlights(page);
    await openNote(page);
    await eventually(
      () => noteCard(page, name),
      (card) => card !== null,
      'the card',
    );
    await shot(page, 'network-card');
    const popup = await browser.openPopup(page);
    await eventually(
      () => readPopup(popup),
      (v) => v.findings.length > 0,
      'the popup',
    );
    await popup.close();
    const second = await open('single-page-site.html');
    await highlights(second);
    await inPage(second, (doc) => doc.getElementById('next-story')!.click(), null);
    await highlights(second, (texts) => texts.some((t) => t.startsWith(NEXT_STORY_QUOTE)));

    const csv = path.join(files, 'statements.csv');
    await writeFile(
      csv,
      'speaker,date,text\nKim Yo-jong,2023-07,We will never sit down with them.\n',
    );
    const options = await browser.openExtensionPage('options.html');
    openPages.push(options);
    await importFile(options, csv, 'csv');
    await eventually(
      () => importView(options),
      (v) => v.status === 'imported',
      'the import',
    );

    // Only what the test itself opened, and what those pages load themselves.
    const ours = new Set([
      '/north-korea-rejects-dialogue.html',
      '/single-page-site.html',
      '/site.css',
      '/favicon.ico',
    ]);
    expect(server.requested.slice(before).filter((p) => !ours.has(p))).toEqual([]);
  });

  it('shows hostile set data as text: nothing runs, nothing is rendered as markup', async () => {
    const setFile = path.join(files, 'hostile.json');
    await writeFile(setFile, hostileSet());
    const options = await browser.openExtensionPage('options.html');
    openPages.push(options);
    await importFile(options, setFile, 'backstory');
    await eventually(
      () => importView(options),
      (v) => v.status === 'imported',
      'the import',
    );
    await shot(options, 'hostile-options');
    expect(
      await inPage(options, (doc) => doc.documentElement.dataset.pwned ?? null, null),
    ).toBeNull();

    const page = await open(ARTICLE);
    await openNote(page, FIRST_STORY_QUOTE);
    const card = await eventually(
      () => noteCard(page, name),
      (c) => c?.statements.some((s) => s.said.includes('<')) === true,
      'the card with the hostile statements',
    );
    await shot(page, 'hostile-card');
    const shown = card!.statements.map((s) => s.said).join('\n');
    expect(PAYLOADS.some((payload) => shown.includes(payload))).toBe(true);
    const markup = await withLayer(
      page,
      name,
      (root) => (root ? root.querySelectorAll('img, script, svg, noscript, iframe').length : -1),
      null,
    );
    expect(markup).toBe(0);
    expect(await page.evaluate('document.documentElement.dataset.pwned ?? null')).toBeNull();
  });

  it('leaves a single-page site byte for byte as it would be without Backstory after it moves on', async () => {
    // The same steps with Backstory off give the page as the site alone makes it.
    const off = await open('single-page-site.html');
    await setEverywhere(off, false);
    await off.reload({ waitUntil: 'load' });
    await inPage(off, (doc) => doc.getElementById('next-story')!.click(), null);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const expected = await bodyShape(off);
    await setEverywhere(off, true);

    const page = await open('single-page-site.html');
    await highlights(page);
    await inPage(page, (doc) => doc.getElementById('next-story')!.click(), null);
    await highlights(page, (texts) => texts.some((t) => t.startsWith(NEXT_STORY_QUOTE)));
    await shot(page, 'spa-next-story');
    await setEverywhere(page, false);
    await eventually(
      () => paintedHighlights(page),
      (marks) => marks.length === 0,
      'highlights to go',
    );
    await shot(page, 'spa-off');
    expect(await bodyShape(page)).toBe(expected);
  });

  it('reads an article that arrives after load', async () => {
    const page = await open('late-article.html');
    const marks = await highlights(
      page,
      (texts) => texts.includes(FIRST_STORY_QUOTE),
      'the late story’s highlights',
    );
    await shot(page, 'late-article');
    const popup = await browser.openPopup(page);
    // Notes may still arrive and change which finding holds a place: page and popup are read together.
    const { view, painted } = await eventually(
      async () => ({ view: await readPopup(popup), painted: await paintedHighlights(page) }),
      ({ view: v, painted: p }) =>
        v.findings.length > 0 &&
        JSON.stringify(v.findings.map((f) => f.text)) === JSON.stringify(p.map((m) => m.text)),
      'the popup to list what the page shows',
    );
    expect(view.findings.map((f) => f.text)).toEqual(painted.map((m) => m.text));
    expect(painted.map((m) => m.text)).toContain(
      marks.find((t) => t.text === FIRST_STORY_QUOTE)!.text,
    );
    await popup.close();
  });

  it('reads a story that renders seconds after the address changes, and the popup follows', async () => {
    const page = await open('late-single-page-site.html');
    await highlights(page, (texts) => texts.includes(FIRST_STORY_QUOTE));
    const popup = await browser.openPopup(page);
    await eventually(
      () => readPopup(popup),
      (v) => v.findings.some((f) => f.text === FIRST_STORY_QUOTE),
      'the popup to list the first story',
    );
    await inPage(page, (doc) => doc.getElementById('next-story')!.click(), null);
    const marks = await highlights(
      page,
      (texts) => texts.some((t) => t.startsWith(NEXT_STORY_QUOTE)),
      'the next story’s highlights',
    );
    expect(marks.map((m) => m.text)).not.toContain(FIRST_STORY_QUOTE);
    await shot(page, 'late-next-story');
    // The popup, left open, moves on with the page.
    const view = await eventually(
      () => readPopup(popup),
      (v) => v.findings.some((f) => f.text.startsWith(NEXT_STORY_QUOTE)),
      'the popup to list the next story',
    );
    expect(view.findings.map((f) => f.text)).not.toContain(FIRST_STORY_QUOTE);
    await popup.close();
  });

  it('after an update with the tab open, never draws over old marks, and switching off still leaves the page as it was', async () => {
    const page = await open(ARTICLE);
    const before = await highlights(page);
    await shot(page, 'update-before');
    await browser.reloadExtension();
    // Give an updated script (Firefox injects one into open tabs) time to draw.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await shot(page, 'update-after');
    // Two scripts drawing at once would leave two paint sheets or two note layers.
    const layers = await inPage(
      page,
      (doc) => ({
        paint: doc.querySelectorAll('style[data-backstory-paint]').length,
        notes: doc.querySelectorAll('backstory-note').length,
      }),
      null,
    );
    expect(layers.paint).toBeLessThanOrEqual(1);
    expect(layers.notes).toBeLessThanOrEqual(1);
    const after = await paintedHighlights(page);
    expect(after.length === 0 || after.length === before.length, JSON.stringify(after.length)).toBe(
      true,
    );

    // Switching off now reaches whatever runs in the tab; nothing is left behind.
    await setEverywhere(page, false);
    const clean = await eventually(
      () => pageIsPristine(page),
      (result) => result.same,
      'the page to be as the server sent it',
    );
    expect(clean.same).toBe(true);
    await shot(page, 'update-off');
    // And the updated Backstory works on the next page.
    await setEverywhere(page, true);
    const fresh = await open(ARTICLE);
    expect((await highlights(fresh)).length).toBe(before.length);
  });
});
