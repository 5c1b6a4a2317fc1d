import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { layerFocus, markers, noteCard } from './harness/layer-probes.ts';
import { inPage, pageIsPristine, paintedHighlights, pointAt } from './harness/page-probes.ts';
import { clickFinding, clickSwitch, readPopup } from './harness/popup-probes.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const FAILURE_SHOTS = path.resolve('.tmp/e2e-failures');
const ARTICLE = 'north-korea-rejects-dialogue.html';

/** Quotes of the test article that any reader of it would highlight. */
const KEY_QUOTES = [
  'has no intention of participating in dialogue with forces bent on confrontation,',
  'deception through dialogue while sharpening their knives behind the curtain.',
  'It’s a dangerous inflection point,',
];

describe.each(BROWSERS)('Backstory in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let openPages: Page[] = [];

  const open = async (file: string) => {
    const page = await browser.openPage(server.url(file));
    openPages.push(page);
    return page;
  };
  /** Switches Backstory off from the popup of `page` and waits for its highlights to go. */
  const switchOffEverywhere = async (page: Page) => {
    const popup = await browser.openPopup(page);
    await eventually(
      () => readPopup(popup),
      (v) => v.findings.length > 0,
      'the popup',
    );
    await clickSwitch(popup, 'On everywhere');
    await eventually(
      () => paintedHighlights(page),
      (marks) => marks.length === 0,
      'highlights to go',
    );
    return popup;
  };
  const highlightsSettled = (page: Page) =>
    eventually(
      () => paintedHighlights(page),
      (marks) => marks.length > 0,
      'highlights',
    );
  /** The highlights once the notes are in: claims with context are drawn only then. */
  const highlightsWithNotes = (page: Page) =>
    eventually(
      () => paintedHighlights(page),
      (painted) => painted.some((m) => m.layer === 'noted'),
      'highlights with notes',
    );

  beforeAll(async () => {
    server = await servePages('tests/fixtures/pages');
    browser = await launchWithExtension(name, 'dist');
  });

  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  beforeEach(() => browser.clearStorage());

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      await mkdir(FAILURE_SHOTS, { recursive: true });
      const slug = context.task.name.replace(/\W+/g, '-').toLowerCase();
      for (const [i, page] of openPages.entries()) {
        const file = path.join(FAILURE_SHOTS, `${name}-${slug}-${i}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`Screenshot of the failing page: ${file}`);
      }
    }
    await Promise.all(openPages.map((page) => page.close().catch(() => {})));
    openPages = [];
  });

  it('highlights the quotes of the article and nothing in the page chrome', async () => {
    const page = await open(ARTICLE);
    const marks = await highlightsSettled(page);
    const texts = marks.map((mark) => mark.text);
    for (const quote of KEY_QUOTES) expect(texts).toContain(quote);
    expect(marks.every((mark) => mark.landmark === 'article')).toBe(true);
    // The navigation, sidebar and footer all carry quotation marks of their own; and the page
    // holds no element of ours but the one layer host.
    const ours = await inPage(
      page,
      (doc) =>
        [...doc.querySelectorAll('*')]
          .map((element) => element.tagName.toLowerCase())
          .filter((tag) => tag.startsWith('backstory')),
      null,
    );
    expect(ours.every((tag) => tag === 'backstory-note')).toBe(true);
    expect(ours.length).toBeLessThanOrEqual(1);
  });

  it('shows the number of notes on the badge, and the quotes in the popup', async () => {
    const page = await open(ARTICLE);
    const marks = await highlightsWithNotes(page);
    const notedCount = marks.filter((m) => m.layer === 'noted').length;
    // The badge counts what a reader can open, not every quote painted.
    expect(notedCount).toBeLessThan(marks.length);
    expect(
      await eventually(
        () => browser.badgeText(page),
        (t) => t === String(notedCount),
        'the badge',
      ),
    ).toBe(String(notedCount));

    const popup = await browser.openPopup(page);
    const view = await eventually(
      () => readPopup(popup),
      (v) => v.findings.length > 0,
      'the popup’s list',
    );
    const counts = view.summary.match(/^(\d+) quotes?(?: and (\d+) claims?)?/);
    expect(counts, view.summary).not.toBeNull();
    expect(Number(counts![1]) + Number(counts![2] ?? 0)).toBe(marks.length);
    expect(view.findings.map((f) => f.text)).toEqual(marks.map((m) => m.text));
    expect(view.findings.filter((f) => f.noteCount > 0)).toHaveLength(notedCount);

    // Choosing a quote in the list scrolls the page to it.
    await inPage(page, (doc) => doc.defaultView!.scrollTo(0, 0), null);
    await clickFinding(popup, marks.length - 1);
    await eventually(
      () => inPage(page, (doc) => doc.defaultView!.scrollY, null),
      (y) => y > 0,
      'the page to scroll',
    );
    await popup.close();
  });

  it('switching off removes every highlight and leaves the page exactly as it was; on brings them back', async () => {
    const page = await open(ARTICLE);
    const before = await highlightsWithNotes(page);
    // A reload would lose this: it proves the highlights come back in place.
    await page.evaluate('window.backstoryTestMarker = 42');

    let popup = await switchOffEverywhere(page);
    const pristine = await pageIsPristine(page);
    expect(pristine.same, `${pristine.live}\n---\n${pristine.fresh}`).toBe(true);
    const off = await eventually(
      () => readPopup(popup),
      (v) => v.findings.length === 0,
      'the popup',
    );
    expect(off.summary).toBe('Backstory is off everywhere.');
    await popup.close();
    expect(
      await eventually(
        () => browser.badgeText(page),
        (t) => t === '',
        'the badge to clear',
      ),
    ).toBe('');

    popup = await browser.openPopup(page);
    await eventually(
      () => readPopup(popup),
      (v) => v.switches.length > 0,
      'the popup',
    );
    await clickSwitch(popup, 'On everywhere');
    const after = await highlightsWithNotes(page);
    expect(after).toEqual(before);
    expect(await page.evaluate('window.backstoryTestMarker')).toBe(42);
    await popup.close();
    expect(
      await eventually(
        () => browser.badgeText(page),
        (t) => t !== '',
        'the badge',
      ),
    ).toBe(String(before.filter((m) => m.layer === 'noted').length));
  });

  it('can be switched off for one site only', async () => {
    const page = await open(ARTICLE);
    await highlightsSettled(page);
    const popup = await browser.openPopup(page);
    await eventually(
      () => readPopup(popup),
      (v) => v.switches.length === 2,
      'the site switch',
    );
    await clickSwitch(popup, 'On 127.0.0.1');
    await eventually(
      () => paintedHighlights(page),
      (marks) => marks.length === 0,
      'highlights to go',
    );
    await eventually(
      () => readPopup(popup),
      (v) => v.summary === 'Backstory is off on 127.0.0.1.',
      'the popup',
    );
    await clickSwitch(popup, 'On 127.0.0.1');
    await highlightsSettled(page);
    await popup.close();
  });

  it('leaves pages that are not articles alone', async () => {
    const page = await open('section-front.html');
    const popup = await browser.openPopup(page);
    const view = await eventually(
      () => readPopup(popup),
      (v) => v.summary.includes('article'),
      'the popup',
    );
    expect(view.summary).toBe('This page doesn’t look like a news article.');
    await popup.close();
    expect(await paintedHighlights(page)).toEqual([]);
    expect(await browser.badgeText(page)).toBe('');
  });

  it('opens a context note from a highlight, by click and by keyboard', async () => {
    const page = await open(ARTICLE);
    // Notes come from the background after the first drawing: the highlight gets a marker.
    const kcna = await eventually(
      () => markers(page, name),
      (list) => list.some((m) => m.label.startsWith('Quote by Korean Central News Agency')),
      'the KCNA quote’s marker',
    );
    const kcnaId = kcna.find((m) => m.label.startsWith('Quote by Korean Central News Agency'))!.id;
    const point = await pointAt(page, 'has no intention');
    await page.mouse.click(point.x, point.y);
    const card = await eventually(
      () => noteCard(page, name),
      (c) => c !== null,
      'the note card',
    );
    expect(card!.finding).toContain('has no intention of participating in dialogue');
    expect(card!.statements[0]).toMatchObject({
      who: 'Kim Yo-jong',
      tags: ['Repeats', 'Same government'],
    });
    // In the browser's own way of writing dates (an English browser here).
    expect(card!.statements[0]!.date).toMatch(/^(November 30, 2023|30 November 2023)$/);

    await page.keyboard.press('Escape');
    await eventually(
      () => noteCard(page, name),
      (c) => c === null,
      'the card to close',
    );
    expect(await layerFocus(page, name)).toBe(`marker:${kcnaId}`);
    await page.keyboard.press('Enter');
    expect(
      await eventually(
        () => noteCard(page, name),
        (c) => c !== null,
        'the card by keyboard',
      ),
    ).not.toBeNull();
  });

  it('follows a single-page site to its next story without a reload', async () => {
    const page = await open('single-page-site.html');
    const first = await highlightsSettled(page);
    expect(first.map((m) => m.text)).toContain(KEY_QUOTES[0]);
    await page.evaluate('window.backstoryTestMarker = 7');
    await inPage(page, (doc) => doc.getElementById('next-story')!.click(), null);
    const second = await eventually(
      () => paintedHighlights(page),
      (marks) => marks.some((m) => m.text.startsWith('The situation is precarious')),
      'highlights of the next story',
    );
    expect(second.map((m) => m.text)).not.toContain(KEY_QUOTES[0]);
    expect(await page.evaluate('window.backstoryTestMarker')).toBe(7);
  });

  it('remembers being switched off across a restart', async () => {
    let page = await open(ARTICLE);
    await highlightsSettled(page);
    let popup = await switchOffEverywhere(page);
    openPages = [];

    await browser.restart();
    page = await open(ARTICLE);
    popup = await browser.openPopup(page);
    const view = await eventually(
      () => readPopup(popup),
      (v) => v.summary.startsWith('Backstory is off'),
      'the popup',
    );
    expect(view.switches[0]).toEqual({ label: 'On everywhere', checked: false });
    expect(await paintedHighlights(page)).toEqual([]);
    await popup.close();
  });
});
