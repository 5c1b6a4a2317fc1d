import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { noteCard } from './harness/layer-probes.ts';
import { clickDialogButton, openDialog } from './harness/options-probes.ts';
import { inPage, paintedHighlights, pointAt } from './harness/page-probes.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const SHOTS = path.resolve('.tmp/e2e-shots/remember');
const FAILURE_SHOTS = path.resolve('.tmp/e2e-failures');
/** Article A: Mara Ellison on the cod quota in September; B: the same, six weeks later. */
const A = 'cod-quota-warning.html';
const B = 'cod-quota-decision.html';
const TITLE_A = 'Fishing towns brace for another cod quota cut';
const TITLE_B = 'Regulator confirms cod quota reduction';
const B_QUOTE = 'This cut to the cod quota will finish the small boats in Peterhead,';

/** What the options page's "Your reading" section shows. */
function readingView(page: Page) {
  return inPage(
    page,
    (doc) => {
      const section = doc.querySelector('section.reading');
      return {
        remembering:
          section?.querySelector<HTMLInputElement>('input[role="switch"]')?.checked ?? null,
        counts: section?.querySelector('.reading-counts')?.textContent ?? '',
        articles: [...(section?.querySelectorAll('.reading-article a') ?? [])].map(
          (a) => a.textContent ?? '',
        ),
        said: section?.querySelector('.reading-said')?.textContent ?? '',
      };
    },
    null,
  );
}

/**
 * The settings as stored, read from an extension page: what the background
 * goes by. A switch shows its new state before storage has it.
 */
function storedSettings(page: Page) {
  return page.evaluate(
    `(globalThis.browser ?? globalThis.chrome).storage.local.get('settings').then((s) => s.settings)`,
  ) as Promise<{ rememberReading?: boolean; unrememberedSites?: string[] } | undefined>;
}

/** Switches "Remember what I read" on in the options page, as a user clicks it. */
async function turnOn(page: Page) {
  await inPage(
    page,
    (doc) => doc.querySelector<HTMLInputElement>('section.reading input[role="switch"]')!.click(),
    null,
  );
  await eventually(
    () => readingView(page),
    (v) => v.remembering === true,
    'the switch on',
  );
  await eventually(
    () => storedSettings(page),
    (stored) => stored?.rememberReading === true,
    'the choice stored',
  );
}

/** Clears everything from the options page, through its confirmation dialog. */
async function clearAll(page: Page) {
  await clickReading(page, 'Clear all');
  await eventually(
    () => openDialog(page),
    (d) => d !== null,
    'the confirmation',
  );
  await clickDialogButton(page, 'Clear all');
}

/** Clicks the button labelled `label` in the "Your reading" section (in the row of `article`, if given). */
function clickReading(page: Page, label: string, article?: string) {
  return inPage(
    page,
    (doc, [wanted, title]) => {
      const rows = title
        ? [...doc.querySelectorAll('section.reading .reading-article')].filter((row) =>
            row.querySelector('a')?.textContent?.includes(title),
          )
        : [doc.querySelector('section.reading')!];
      const button = rows
        .flatMap((row) => [...row.querySelectorAll('button')])
        .find((b) => b.textContent === wanted);
      if (!button) throw new Error(`No "${wanted}" button`);
      button.click();
    },
    [label, article ?? ''],
  );
}

describe.each(BROWSERS)('Your reading in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let openPages: Page[] = [];
  let options: Page;
  let shot = 0;

  const open = async (file: string) => {
    const page = await browser.openPage(server.url(file));
    openPages.push(page);
    return page;
  };
  const screenshot = async (page: Page, state: string) => {
    await mkdir(SHOTS, { recursive: true });
    await page.bringToFront();
    await page.screenshot({
      path: path.join(SHOTS, `${name}-${String(++shot).padStart(2, '0')}-${state}.png`),
      fullPage: true,
    });
  };
  const reload = async () => {
    // The first test to run opens it; a test run alone finds none.
    await (options as Page | undefined)?.close().catch(() => {});
    options = await browser.openExtensionPage('options.html');
    openPages.push(options);
  };
  /** Opens B and returns the note card of its quote, or null when the quote has no note. */
  const noteOnB = async (state: string) => {
    const page = await open(B);
    await eventually(
      () => paintedHighlights(page),
      (list) => list.some((m) => m.text === B_QUOTE),
      'the quote of article B',
    );
    // Notes arrive after the highlights; give the background the time it takes.
    const noted = await eventually(
      () => paintedHighlights(page),
      (list) => list.some((m) => m.text === B_QUOTE && m.layer === 'noted'),
      'a note on B',
      5_000,
    ).catch(() => null);
    if (!noted) {
      await screenshot(page, state);
      return null;
    }
    const point = await pointAt(page, B_QUOTE);
    await page.mouse.click(point.x, point.y);
    const card = await eventually(
      () => noteCard(page, name),
      (c) => c !== null,
      'the note card',
    );
    await screenshot(page, state);
    return card;
  };

  beforeAll(async () => {
    server = await servePages('tests/fixtures/remember');
    browser = await launchWithExtension(name, 'dist');
  });

  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      await mkdir(FAILURE_SHOTS, { recursive: true });
      for (const [i, page] of openPages.entries()) {
        const file = path.join(FAILURE_SHOTS, `${name}-remember-${i}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`Screenshot of the failing page: ${file}`);
      }
    }
    await Promise.all(openPages.map((page) => page.close().catch(() => {})));
    openPages = [];
  });

  it('remembers A once chosen, notes B with it, forgets it, and brings it back by export and import', async () => {
    options = await browser.openExtensionPage('options.html');
    openPages.push(options);
    expect(
      (
        await eventually(
          () => readingView(options),
          (v) => v.remembering !== null,
          'the section',
        )
      ).remembering,
    ).toBe(false);

    // Off until chosen: reading A now records nothing.
    const before = await open(A);
    await eventually(
      () => paintedHighlights(before),
      (m) => m.length > 0,
      'highlights on A',
    );
    await before.close();
    await reload();
    expect((await readingView(options)).articles).toEqual([]);
    await screenshot(options, 'off-until-chosen');

    await turnOn(options);
    await screenshot(options, 'turned-on');

    const pageA = await open(A);
    await eventually(
      () => paintedHighlights(pageA),
      (m) => m.length > 0,
      'highlights on A',
    );
    await reload();
    const recorded = await eventually(
      () => readingView(options),
      (v) => v.articles.length === 1,
      'A in Your reading',
    );
    expect(recorded.articles).toEqual(['Fishing towns brace for another cod quota cut']);
    expect(recorded.counts).toBe('4 statements from 1 articles.');
    await screenshot(options, 'a-recorded');

    const card = await noteOnB('b-noted-from-a');
    expect(card, "B's quote has a note").not.toBeNull();
    const [statement] = card!.statements;
    expect(statement).toMatchObject({ who: 'Mara Ellison' });
    expect(statement!.tags).toContain('From your reading');
    // In the browser's own way of writing dates: "14 September 2026" or "September 14, 2026".
    expect(statement!.date).toMatch(/14 September 2026|September 14, 2026/);
    expect(statement!.said).toContain('Another cut to the cod quota would finish the small boats');
    expect(statement!.source).toContain('The Harbour Gazette');
    // The source links to article A itself.
    expect(statement!.sourceHref).toBe(server.url(A));

    // Forget A: B's note goes.
    await reload();
    await eventually(
      () => readingView(options),
      (v) => v.articles.length >= 1,
      'the list',
    );
    await clickReading(options, 'Forget this article', 'Fishing towns');
    await eventually(
      () => readingView(options),
      (v) => !v.articles.includes('Fishing towns brace for another cod quota cut'),
      'A forgotten',
    );
    await screenshot(options, 'a-forgotten');
    expect(await noteOnB('b-without-note')).toBeNull();

    // Read A again, export, clear: the note goes; import: it is back.
    const again = await open(A);
    await eventually(
      () => paintedHighlights(again),
      (m) => m.length > 0,
      'highlights on A',
    );
    await reload();
    await eventually(
      () => readingView(options),
      (v) => v.articles.includes('Fishing towns brace for another cod quota cut'),
      'A recorded again',
    );
    await clickReading(options, 'Export as a Backstory set');
    // A browser writes a download in steps: wait until the file is whole JSON.
    const file = path.join(SHOTS, `${name}-your-reading.json`);
    await mkdir(SHOTS, { recursive: true });
    await eventually(
      async () => {
        const [found] = (await readdir(browser.downloads)).filter((f) =>
          /^your-reading.*\.json$/.test(f),
        );
        const text = found ? await readFile(path.join(browser.downloads, found), 'utf8') : '';
        JSON.parse(text);
        await writeFile(file, text);
        return true;
      },
      (whole) => whole,
      'the exported file',
    );

    await clearAll(options);
    await eventually(
      () => readingView(options),
      (v) => v.articles.length === 0,
      'everything cleared',
    );
    await screenshot(options, 'cleared');
    // B itself was recorded meanwhile and is cleared too; B alone notes nothing.
    expect(await noteOnB('b-after-clear')).toBeNull();

    await reload();
    const input = await options.$('section.reading input.reading-import');
    await input!.uploadFile(file);
    const imported = await eventually(
      () => readingView(options),
      (v) => v.articles.includes('Fishing towns brace for another cod quota cut'),
      'the import',
    );
    expect(imported.said).toMatch(/^Imported \d+ statements from \d+ articles/);
    await screenshot(options, 'imported');
    const back = await noteOnB('b-noted-again');
    expect(back?.statements[0]?.tags).toContain('From your reading');
  });

  it('records nothing from a site on the "never remember" list', async () => {
    await reload();
    const section = await eventually(
      () => readingView(options),
      (v) => v.remembering !== null,
      'the section',
    );
    if (!section.remembering) await turnOn(options);
    await clearAll(options);
    await eventually(
      () => readingView(options),
      (v) => v.articles.length === 0,
      'cleared',
    );
    const pageA = await open(A);
    await eventually(
      () => paintedHighlights(pageA),
      (m) => m.length > 0,
      'highlights on A',
    );
    await eventually(
      () => readingView(options),
      (v) => v.articles.length === 1,
      'A recorded',
    );
    await options.bringToFront();
    await options.type('section.reading .reading-add-site input', '127.0.0.1');
    await options.click('section.reading .reading-add-site button');
    await eventually(
      () => inPage(options, (doc) => doc.querySelector('.reading-sites')?.textContent ?? '', null),
      (text) => text.includes('127.0.0.1'),
      'the site listed',
    );
    await eventually(
      () => storedSettings(options),
      (stored) => stored?.unrememberedSites?.includes('127.0.0.1') === true,
      'the site stored',
    );
    await screenshot(options, 'site-never-remembered');
    // A page's highlights come before its notes, and the choice to record is made with the
    // notes: B's note from A (recorded before the site was listed) marks that moment.
    const card = await noteOnB('b-on-never-remembered-site');
    expect(card?.statements[0]?.tags).toContain('From your reading');
    // The choice has read the settings by now; give a wrongly allowed write time to land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await readingView(options)).articles).toEqual([TITLE_A]);

    // Taken off the list, the site is remembered again: B, read again, is recorded.
    await clickReading(options, 'Remember again');
    await eventually(
      () => storedSettings(options),
      (stored) => stored?.unrememberedSites?.length === 0,
      'the list stored',
    );
    await noteOnB('b-remembered-again');
    const view = await eventually(
      () => readingView(options),
      (v) => v.articles.length === 2,
      'B recorded',
    );
    expect(view.articles).toEqual([TITLE_B, TITLE_A]);
  });
});

describe('Your reading in a Chromium private window', () => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  const pages: Page[] = [];

  beforeAll(async () => {
    server = await servePages('tests/fixtures/remember');
    browser = await launchWithExtension('chromium', 'dist', { allowPrivate: true });
  });

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close().catch(() => {})));
    await browser?.dispose();
    await server?.close();
  });

  it('records nothing read in a private window, with the extension allowed there', async () => {
    await mkdir(SHOTS, { recursive: true });
    const options = await browser.openExtensionPage('options.html');
    pages.push(options);
    await eventually(
      () => readingView(options),
      (v) => v.remembering === false,
      'the section',
    );
    await turnOn(options);

    const secret = await browser.openPrivatePage(server.url(A));
    pages.push(secret);
    // Backstory runs there (the highlights are drawn and notes asked for) ...
    await eventually(
      () => paintedHighlights(secret),
      (m) => m.length > 0,
      'highlights in the private window',
    );
    await secret.screenshot({
      path: path.join(SHOTS, 'chromium-private-window-a.png'),
      fullPage: true,
    });

    // ... and an article read afterwards in a normal window is recorded, A is not.
    const normal = await browser.openPage(server.url(B));
    pages.push(normal);
    await eventually(
      () => paintedHighlights(normal),
      (m) => m.length > 0,
      'highlights on B',
    );
    // The section lists again on every change to Your reading: no reload needed.
    const view = await eventually(
      () => readingView(options),
      (v) => v.articles.length > 0,
      'B in Your reading',
    );
    expect(view.articles).toEqual(['Regulator confirms cod quota reduction']);
    await options.screenshot({
      path: path.join(SHOTS, 'chromium-private-window-options.png'),
      fullPage: true,
    });
  });
});
