import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { noteCard } from './harness/layer-probes.ts';
import { inPage, paintedHighlights, pointAt } from './harness/page-probes.ts';
import { saveScreen } from './harness/screens.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The first-run page as a reader sees it: headings, the remembering switch and what it says. */
function readFirstRun(page: Page) {
  return inPage(
    page,
    (doc) => {
      const remember = doc.querySelector<HTMLInputElement>('label.switch input');
      return {
        title: doc.title,
        headings: [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent ?? ''),
        text: doc.querySelector('main')?.textContent ?? '',
        buttons: [...doc.querySelectorAll('button')].map((b) => b.textContent ?? ''),
        remembering: remember ? remember.checked : null,
        rememberState: doc.querySelector('.remember-state')?.textContent ?? '',
      };
    },
    null,
  );
}

const clickButton = (page: Page, label: string) =>
  inPage(
    page,
    (doc, wanted) => {
      const button = [...doc.querySelectorAll('button')].find((b) => b.textContent === wanted);
      if (!button) throw new Error(`No button ${wanted}`);
      button.click();
    },
    label,
  );

describe.each(BROWSERS)('First run in %s', (name) => {
  let browser: ExtensionBrowser & { dispose(): Promise<void> };

  beforeAll(async () => {
    browser = await launchWithExtension(name, 'dist');
  });
  afterAll(async () => {
    await browser?.dispose();
  });

  it('opens the first-run page on install, which says what Backstory does and that nothing leaves', async () => {
    const page = await eventually(
      () => browser.openExtensionTab('firstrun.html'),
      (found) => found !== null,
      'the first-run tab',
    );
    const view = await eventually(
      () => readFirstRun(page!),
      // The switch is there at once; what it says, once the settings are read.
      (v) => v.rememberState !== '',
      'the first-run page',
    );
    expect(view.title).toBe('Welcome to Backstory');
    expect(view.headings).toEqual([
      'Backstory is ready',
      'Nothing leaves your browser',
      'See it on an article',
      'Bring your own sets',
      'Remember what I read?',
    ]);
    expect(view.text).toContain('sends no page text anywhere');
    expect(view.buttons).toEqual(['Open the demo article', 'Import a set in Settings']);
    // Off until the reader chooses.
    expect(view.remembering).toBe(false);
    expect(view.rememberState).toBe('Backstory does not remember what you read.');
    await saveScreen(page!, name, 'first-run', { fullPage: true });
  });

  it('turns remembering on only when the reader switches it on, and stores the choice', async () => {
    const page = (await browser.openExtensionTab('firstrun.html'))!;
    await inPage(
      page,
      (doc) => doc.querySelector<HTMLInputElement>('label.switch input')!.click(),
      null,
    );
    const view = await eventually(
      () => readFirstRun(page),
      (v) => v.remembering === true,
      'the switch to turn on',
    );
    expect(view.rememberState).toBe(
      'Backstory will remember what you read. You can switch this off in Settings.',
    );
    const stored = await page.evaluate(
      `(globalThis.browser ?? chrome).storage.local.get('settings').then((s) => s.settings)`,
    );
    expect(stored).toMatchObject({ rememberReading: true });
    await saveScreen(page, name, 'first-run-remembering', { fullPage: true });
  });

  it('opens the bundled demo article as an extension page, read and highlighted', async () => {
    const page = (await browser.openExtensionTab('firstrun.html'))!;
    await clickButton(page, 'Open the demo article');
    const demo = await eventually(
      () => browser.openExtensionTab('demo.html'),
      (found) => found !== null,
      'the demo tab',
    );
    const marks = await eventually(
      () => paintedHighlights(demo!),
      (m) => m.some((h) => h.layer === 'noted'),
      'highlights with notes in the demo article',
    );
    expect(marks.map((m) => m.text)).toContain(
      'has no intention of participating in dialogue with forces bent on confrontation,',
    );
    // A reader clicks a highlight that has a note.
    const noted = marks.find((h) => h.layer === 'noted')!;
    const point = await pointAt(demo!, noted.text.slice(0, 24));
    await demo!.mouse.click(point.x, point.y);
    const card = await eventually(
      () => noteCard(demo!, name),
      (c) => c !== null && c.statements.length > 0,
      'the note card',
    );
    expect(card!.statements[0]!.said).not.toBe('');
    await saveScreen(demo!, name, 'demo-article-note');
  });
});
