import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import {
  cardBox,
  cardControlRect,
  cardControls,
  layerFocus,
  markers,
  noteCard,
  previewText,
  withLayer,
} from './harness/layer-probes.ts';
import { inPage, paintedHighlights, pointAt } from './harness/page-probes.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

/**
 * What a reader meets on an article, acting as a reader does: pointing,
 * clicking, selecting, tabbing. Each state is saved as a screenshot in
 * .tmp/e2e-screens for a reviewer to look at.
 */
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const SCREENS = path.resolve('.tmp/e2e-screens');
const ARTICLE = 'north-korea-rejects-dialogue.html';
const KCNA = 'has no intention of participating';
const WHITE_HOUSE = 'the door to diplomacy remains open';
/** Longer than the wait that tells a click from a double-click: a card would be open by then. */
const NO_CARD_WAIT = 900;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.each(BROWSERS)('The page experience in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let openPages: Page[] = [];

  const open = async (file: string) => {
    const page = await browser.openPage(server.url(file));
    openPages.push(page);
    return page;
  };
  const shot = async (page: Page, state: string) => {
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENS, `${name}-${state}.png`) });
  };
  const notesReady = (page: Page, count = 1) =>
    eventually(
      () => markers(page, name),
      (list) => list.length >= count,
      'highlights with notes',
    );
  const cardOpens = (page: Page) =>
    eventually(
      () => noteCard(page, name),
      (card) => card !== null,
      'the note card',
    );
  const noCard = async (page: Page) => {
    await new Promise((resolve) => setTimeout(resolve, NO_CARD_WAIT));
    return noteCard(page, name);
  };
  const clickQuote = async (page: Page, prefix: string) => {
    const point = await pointAt(page, prefix);
    await page.mouse.click(point.x, point.y);
  };

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
      for (const [i, page] of openPages.entries()) {
        const slug = context.task.name.replace(/\W+/g, '-').toLowerCase();
        // A background tab cannot be captured in Chromium: bring each to the front first.
        await page.bringToFront().catch(() => {});
        await shot(page, `failed-${slug}-${i}`).catch(() => {});
      }
    }
    await Promise.all(openPages.map((page) => page.close().catch(() => {})));
    openPages = [];
  });

  it('marks only the highlights that have a note, and previews one on hover', async () => {
    const page = await open(ARTICLE);
    const list = await notesReady(page, 2);
    const painted = await paintedHighlights(page);
    const noted = painted.filter((h) => h.layer === 'noted');
    // One marker per noted highlight; quotes without a note get quiet paint and no marker.
    expect(list).toHaveLength(noted.length);
    expect(painted.some((h) => h.layer === 'quote')).toBe(true);
    expect(list.map((m) => m.label)).toContain(
      'Quote by a senior White House official: 3 related statements. Open the note.',
    );
    expect(list.find((m) => m.label.includes('White House'))!.count).toBe('3');

    const point = await pointAt(page, KCNA);
    await page.mouse.move(point.x, point.y);
    const preview = await eventually(
      () => previewText(page, name),
      (text) => text !== null,
      'the preview',
    );
    // Her words come from a paraphrase: no quotation marks around them.
    expect(preview).toMatch(
      /^Kim Yo-jong, (November 30, 2023|30 November 2023) \(in other words\): dismissing/,
    );
    // The pointer says the text opens something; the card itself stays shut.
    expect(await inPage(page, (doc) => getComputedStyle(doc.documentElement).cursor, null)).toBe(
      'pointer',
    );
    expect(await noteCard(page, name)).toBeNull();
    await shot(page, 'hover-preview');

    await page.mouse.move(5, 5);
    await eventually(
      () => previewText(page, name),
      (text) => text === null,
      'the preview to go',
    );
  });

  it('lets links inside a noted quote work as links, with or without modifier keys', async () => {
    const page = await open('link-in-quote.html');
    await notesReady(page);
    // The link's first line: a link that wraps has no text at the middle of its box.
    const linkPoint = () =>
      inPage(
        page,
        (doc) => {
          const rect = doc.getElementById('quote-link')!.getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        },
        null,
      );
    let link = await linkPoint();
    const articleUrl = page.url();
    // Ctrl+click and a middle click are the reader's way of opening a tab: never a card.
    await page.keyboard.down('Control');
    await page.mouse.click(link.x, link.y);
    await page.keyboard.up('Control');
    await page.mouse.click(link.x, link.y, { button: 'middle' });
    expect(await noCard(page)).toBeNull();
    await page.bringToFront();
    expect(page.url()).toBe(articleUrl);
    await shot(page, 'link-modifier-click');

    // The same quote, clicked beside the link, opens its note: the test can tell.
    await clickQuote(page, KCNA);
    await cardOpens(page);
    await page.keyboard.press('Escape');

    link = await linkPoint();
    await Promise.all([page.waitForNavigation(), page.mouse.click(link.x, link.y)]);
    expect(new URL(page.url()).pathname).toBe('/section-front.html');
    await shot(page, 'link-followed');
  });

  it('never opens the card when the reader selects text, by dragging or double-clicking', async () => {
    const page = await open(ARTICLE);
    await notesReady(page);
    const start = await pointAt(page, KCNA);
    await page.mouse.move(start.x - 60, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 80, start.y, { steps: 8 });
    await page.mouse.up();
    const dragged = await inPage(page, (doc) => doc.getSelection()?.toString() ?? '', null);
    expect(dragged.length).toBeGreaterThan(5);
    expect(await noCard(page)).toBeNull();
    await shot(page, 'selection-drag');

    await inPage(page, (doc) => doc.getSelection()?.removeAllRanges(), null);
    await page.mouse.click(start.x + 20, start.y, { count: 2 });
    const word = await inPage(page, (doc) => doc.getSelection()?.toString() ?? '', null);
    expect(word.trim().length).toBeGreaterThan(0);
    expect(await noCard(page)).toBeNull();
    await shot(page, 'selection-double-click');

    // A plain click on the same spot does open it.
    await inPage(page, (doc) => doc.getSelection()?.removeAllRanges(), null);
    await page.mouse.click(start.x + 20, start.y);
    await cardOpens(page);
  });

  it('is reachable by keyboard: Tab to a highlight, Enter opens, focus stays in the card, Escape returns', async () => {
    const page = await open(ARTICLE);
    const list = await notesReady(page, 2);
    await inPage(page, (doc) => (doc.activeElement as HTMLElement | null)?.blur(), null);
    let focus: string | null = null;
    for (let presses = 0; presses < 60 && !focus?.startsWith('marker:'); presses++) {
      await page.keyboard.press('Tab');
      focus = await layerFocus(page, name);
    }
    expect(focus).toBe(`marker:${list[0]!.id}`);
    expect(await previewText(page, name)).not.toBeNull();
    await shot(page, 'focus-ring');

    await page.keyboard.press('Enter');
    await cardOpens(page);
    const controls = await cardControls(page, name);
    expect(controls[0]).toBe('Close');
    expect(controls).toContain('Hide this note');
    expect(await layerFocus(page, name)).toBe('Close');
    const visited: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      await page.keyboard.press('Tab');
      visited.push((await layerFocus(page, name)) ?? '(page)');
    }
    // Round the card's controls and back to Close: never out into the page.
    expect(visited).toEqual([...controls.slice(1), 'Close']);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await layerFocus(page, name)).toBe(controls[controls.length - 1]);
    await shot(page, 'card-focus');

    await page.keyboard.press('Escape');
    await eventually(
      () => noteCard(page, name),
      (card) => card === null,
      'the card to close',
    );
    expect(await layerFocus(page, name)).toBe(`marker:${list[0]!.id}`);
    // Space opens it too, as on any button.
    await page.keyboard.press(' ');
    await cardOpens(page);
  });

  it('has no serious or critical accessibility problem with a card open (axe-core)', async () => {
    const page = await open(ARTICLE);
    await notesReady(page, 2);
    await clickQuote(page, WHITE_HOUSE);
    await cardOpens(page);
    await page.addScriptTag({ path: AXE });
    const violations = await withLayer(
      page,
      name,
      async (root) => {
        // axe walks open shadow roots only; the test lends it the closed one, as the page cannot.
        const host = root!.host;
        Object.defineProperty(host, 'shadowRoot', { value: root, configurable: true });
        type Result = { id: string; impact: string; nodes: { target: unknown }[] };
        type Run = (context: unknown, options: unknown) => Promise<Record<string, Result[]>>;
        const axe = (window as unknown as { axe: { run: Run } }).axe;
        const whole = await axe.run(document, { resultTypes: ['violations'] });
        // The card alone as well: its own passes prove axe read inside it.
        const card = await axe.run({ fromShadowDom: ['backstory-note', '.card'] }, {});
        const serious = (v: Result) => v.impact === 'serious' || v.impact === 'critical';
        return {
          serious: [...whole.violations!, ...card.violations!]
            .filter(serious)
            .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) })),
          cardPasses: card.passes!.map((p) => p.id),
        };
      },
      null,
    );
    await shot(page, 'axe-card-open');
    expect(violations.serious).toEqual([]);
    expect(violations.cardPasses).toEqual(
      expect.arrayContaining(['button-name', 'aria-dialog-name']),
    );
    // The card was in what axe read: its dialog is named.
    const dialogName = await withLayer(
      page,
      name,
      (root) => root?.querySelector('[role="dialog"]')?.getAttribute('aria-label') ?? null,
      null,
    );
    expect(dialogName).toContain('a senior White House official');
  });

  it('keeps the card beside its quote while a scrolling container scrolls', async () => {
    const page = await open('scrolling-container.html');
    // Room below the quote in both browsers, so the card keeps its side while it follows.
    await page.setViewport({ width: 1100, height: 900 });
    await notesReady(page);
    await clickQuote(page, KCNA);
    await cardOpens(page);
    const gap = async () => {
      const quote = (await paintedHighlights(page)).find((h) => h.text.startsWith(KCNA))!;
      const card = await cardBox(page, name);
      return card && { gap: card.top - quote.point.y, top: card.top };
    };
    const before = (await eventually(gap, (placed) => placed !== null, 'the card placed'))!;
    await inPage(
      page,
      (doc) => {
        doc.querySelector('.story-body')!.scrollTop += 40;
      },
      null,
    );
    const after = await eventually(
      gap,
      (now) => now !== null && Math.abs(now.top - before.top) > 20,
      'the card to move with its quote',
    );
    expect(Math.abs(after!.gap - before.gap)).toBeLessThan(3);
    await shot(page, 'scrolling-container');
  });

  it('keeps the whole card on a 400 px wide screen', async () => {
    const page = await open(ARTICLE);
    await page.setViewport({ width: 400, height: 640 });
    await notesReady(page, 2);
    await clickQuote(page, WHITE_HOUSE);
    await cardOpens(page);
    const box = await eventually(
      () => cardBox(page, name),
      (b) => b !== null && b.bottom > b.top,
      'the card’s box',
    );
    expect(box!.left).toBeGreaterThanOrEqual(0);
    expect(box!.top).toBeGreaterThanOrEqual(0);
    expect(box!.right).toBeLessThanOrEqual(400);
    expect(box!.bottom).toBeLessThanOrEqual(640);
    await shot(page, 'narrow-screen');
  });

  it('hides a statement on every page, and the options page undoes it', async () => {
    const page = await open(ARTICLE);
    await notesReady(page, 2);
    await clickQuote(page, WHITE_HOUSE);
    const card = await cardOpens(page);
    expect(card!.statements).toHaveLength(3);
    const hidden = card!.statements[0]!.said.replace(/^(Paraphrase|Claim): /, '');
    const button = (await cardControlRect(page, name, 'Hide this note'))!;
    await page.mouse.click(button.x, button.y);
    const after = await eventually(
      () => noteCard(page, name),
      (c) => c !== null && c.statements.length === 2,
      'the statement to go',
    );
    expect(after!.statements.map((s) => s.said)).not.toContain(hidden);
    await shot(page, 'statement-hidden');

    // Another page of the same story: the statement stays hidden there too.
    const again = await open(ARTICLE);
    await notesReady(again, 2);
    expect((await markers(again, name)).find((m) => m.label.includes('White House'))!.count).toBe(
      '2',
    );

    const options = await browser.openExtensionPage('options.html');
    openPages.push(options);
    const listed = await eventually(
      () => inPage(options, (doc) => doc.querySelector('.feedback-list')?.textContent ?? '', null),
      (text) => text.includes('Hidden'),
      'the hidden statement in the options',
    );
    expect(listed).toContain(hidden.replace(/[“”]/g, ''));
    await options.bringToFront();
    await shot(options, 'options-hidden-list');
    // The list as a file for the set's maintainer.
    await inPage(
      options,
      (doc) =>
        [...doc.querySelectorAll<HTMLButtonElement>('.note-feedback button')]
          .find((b) => b.textContent === 'Export as a file')!
          .click(),
      null,
    );
    const file = `backstory-note-feedback-${new Date().toISOString().slice(0, 10)}.json`;
    const exported = JSON.parse(
      await eventually(
        () => readFile(path.join(browser.downloads, file), 'utf8'),
        (text) => text.endsWith('\n'),
        'the exported list',
      ),
    );
    expect(exported).toMatchObject({ format: 'backstory-note-feedback', version: 1 });
    expect(exported.items).toHaveLength(1);
    expect(exported.items[0]).toMatchObject({
      verdict: 'hidden',
      statementText: hidden,
      shownFor: expect.stringContaining('the door to diplomacy'),
    });
    await inPage(
      options,
      (doc) =>
        [...doc.querySelectorAll<HTMLButtonElement>('.feedback-list button')]
          .find((b) => b.textContent === 'Undo')!
          .click(),
      null,
    );
    await eventually(
      () => markers(again, name),
      (list) => list.find((m) => m.label.includes('White House'))?.count === '3',
      'the statement back on the page',
    );
  });

  it('follows the display switches at once', async () => {
    const page = await open(ARTICLE);
    await notesReady(page, 2);
    expect((await paintedHighlights(page)).some((h) => h.layer === 'quote')).toBe(true);
    const options = await browser.openExtensionPage('options.html');
    openPages.push(options);
    const toggle = (label: string) =>
      inPage(
        options,
        (doc, wanted) => {
          const target = [...doc.querySelectorAll('label.switch')].find(
            (l) => l.textContent === wanted,
          );
          (target!.querySelector('input') as HTMLInputElement).click();
        },
        label,
      );
    await eventually(
      () => inPage(options, (doc) => doc.querySelector('.display') !== null, null),
      (shown) => shown,
      'the Display section',
    );
    await toggle('Highlight quotes without notes');
    const quiet = await eventually(
      () => paintedHighlights(page),
      (painted) => !painted.some((h) => h.layer === 'quote'),
      'quotes without notes to go',
    );
    expect(quiet.filter((h) => h.layer === 'noted').length).toBeGreaterThanOrEqual(2);
    await shot(page, 'display-noted-only');

    await toggle('Show stance labels (repeats, shifts, contradicts)');
    // The options tab is in front: a reader goes back to the article before clicking in it.
    await page.bringToFront();
    await clickQuote(page, KCNA);
    const card = await cardOpens(page);
    expect(card!.statements[0]!.tags).toEqual(['Same government']);
  });
});
