/**
 * The options page's own reference sets as a reader manages them: rename,
 * browse and search the statements, and a confirmation for each change that
 * is seen on the page and clears once it is stale.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import {
  clickDialogButton,
  clickSetButton,
  importFile,
  importView,
  listedSets,
  openDialog,
} from './harness/options-probes.ts';
import { inPage } from './harness/page-probes.ts';
import { saveScreen } from './harness/screens.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const CSV = `speaker,date,text,source_title
Kim Yo-jong,2023-07,We will never sit down with them.,A statement
Kim Yo-jong,2023-08-02,Talks are a waste of time.,A second statement
A ministry spokesperson,2023,The door to dialogue remains open.,Briefing
`;

/** The page's notice as a reader sees it: its words, and whether it is on screen at all. */
const notice = (page: Page) =>
  inPage(
    page,
    (doc) => {
      const status = doc.querySelector<HTMLElement>('[role="status"]')!;
      return { text: status.textContent ?? '', visible: status.getBoundingClientRect().height > 4 };
    },
    null,
  );

/** Types into a field the way a keyboard does: the field's value changes and it says so. */
const typeInto = (page: Page, selector: string, text: string) =>
  inPage(
    page,
    (doc, { where, value }) => {
      const field = doc.querySelector<HTMLInputElement>(where)!;
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { where: selector, value: text },
  );

let folder: string;
let csv: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'backstory-options-sets-'));
  csv = path.join(folder, 'Checks.csv');
  await writeFile(csv, CSV);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.each(BROWSERS)('Managing sets in %s', (name) => {
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension(name, 'dist');
    page = await browser.openExtensionPage('options.html');
    await eventually(
      () => listedSets(page),
      (sets) => sets.length > 0,
      'the list',
    );
    await importFile(page, csv, 'csv');
    await eventually(
      () => importView(page),
      (v) => v.status === 'imported',
      'the import',
    );
  });
  afterAll(async () => {
    await browser?.dispose();
  });

  it('renames an imported set and confirms it on the page', async () => {
    await clickSetButton(page, 'checks', 'Rename');
    await typeInto(page, '.rename-form input', 'Checks I trust');
    await inPage(
      page,
      (doc) => doc.querySelector<HTMLFormElement>('.rename-form')!.requestSubmit(),
      null,
    );
    const sets = await eventually(
      () => listedSets(page),
      (list) => list.some((set) => set.title === 'Checks I trust'),
      'the new title',
    );
    expect(sets.find((set) => set.id === 'checks')!.buttons).toEqual([
      'Export',
      'Rename',
      'Delete',
    ]);
    expect(await notice(page)).toEqual({
      text: 'Renamed “Checks.csv” to “Checks I trust”.',
      visible: true,
    });
    await saveScreen(page, name, 'options-renamed', { fullPage: true });
  });

  it('browses the set’s statements and searches them', async () => {
    await inPage(
      page,
      (doc) => {
        const row = doc.querySelector('.refset[data-set-id="checks"]')!;
        row.querySelector('summary')!.click();
      },
      null,
    );
    const rows = (p: Page) =>
      inPage(
        p,
        (doc) => ({
          texts: [...doc.querySelectorAll('.refset[data-set-id="checks"] .statement-text')].map(
            (q) => q.textContent ?? '',
          ),
          count:
            doc.querySelector('.refset[data-set-id="checks"] .statement-count')?.textContent ?? '',
        }),
        null,
      );
    const all = await eventually(
      () => rows(page),
      (r) => r.texts.length === 3,
      'the statements',
    );
    expect(all.count).toBe('Showing 3 of 3.');
    await typeInto(page, '.refset[data-set-id="checks"] .statement-search input', 'kim talks');
    const found = await eventually(
      () => rows(page),
      (r) => r.texts.length === 1,
      'the search',
    );
    expect(found).toEqual({ texts: ['Talks are a waste of time.'], count: 'Showing 1 of 1.' });
    await saveScreen(page, name, 'options-browse-search', { fullPage: true });
  });

  it('confirms an export where the reader sees it, and clears the message once it is stale', async () => {
    await clickSetButton(page, 'checks', 'Export');
    expect(
      await eventually(
        () => notice(page),
        (n) => n.text.startsWith('Exported'),
        'the confirmation',
      ),
    ).toEqual({ text: 'Exported “Checks I trust” as checks.json.', visible: true });
    await saveScreen(page, name, 'options-exported');
    await eventually(
      () => notice(page),
      (n) => n.text === '',
      'the confirmation to clear',
      15_000,
    );
  });

  it('confirms a deletion on the page', async () => {
    await clickSetButton(page, 'checks', 'Delete');
    await eventually(() => openDialog(page), Boolean, 'the confirmation dialog');
    await clickDialogButton(page, 'Delete');
    expect(
      await eventually(
        () => notice(page),
        (n) => n.text !== '',
        'the confirmation',
      ),
    ).toEqual({ text: 'Deleted “Checks I trust”.', visible: true });
    await saveScreen(page, name, 'options-deleted');
  });
});
