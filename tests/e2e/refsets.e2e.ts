import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syntheticRefSet } from '../../bench/lib/synthetic-refset.mjs';
import {
  formatRefSet,
  importRefSet,
  namesFromFileName,
  splitCapped,
} from '../../src/core/refset/index.ts';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import {
  clickDialogButton,
  clickSetButton,
  clickSwitchDuringImport,
  importFile,
  importTimeline,
  importView,
  type ListedSet,
  listedSets,
  liveStatus,
  openDialog,
  toggleSet,
  watchImport,
} from './harness/options-probes.ts';
import { inPage } from './harness/page-probes.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const FAILURE_SHOTS = path.resolve('.tmp/e2e-failures');
const BUNDLED = 'data/refsets/bundled.json';
const LARGE_COUNT = 100_000;

const GOOD_CSV = `speaker,date,text,source_title,source_url
Kim Yo-jong,2023-07,We will never sit down with them.,A statement,https://news.example/1
Kim Yo-jong,2023-08-02,"Talks are a waste of time, she said.",A second statement,https://news.example/2
A ministry spokesperson,2023,The door to dialogue remains open.,Briefing,https://news.example/3
`;

/** A Backstory set whose 60 statements all carry a date that is not one. */
function brokenSet(): string {
  const statements = Array.from({ length: 60 }, (_, i) => ({
    id: `s${i}`,
    speakerId: null,
    kind: 'quote',
    text: `Statement ${i}.`,
    date: 'last month',
    context: '',
    source: { title: null, outlet: null, url: null },
    topics: [],
    stance: {},
  }));
  return JSON.stringify({
    format: 'backstory-refset',
    version: 1,
    id: 'broken',
    title: 'Broken',
    topics: [],
    speakers: [],
    statements,
  });
}

/** What the core makes of a file: the page must show exactly this. */
function expectedImport(text: string, fileName: string) {
  return importRefSet(text, { from: 'auto', ...namesFromFileName(fileName) });
}

let files: { good: string; broken: string; large: string };
let folder: string;
/** The large set's id, title and speaker count. */
let large: { id: string; title: string; speakers: number };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'backstory-refset-files-'));
  files = {
    good: path.join(folder, 'Fact checks.csv'),
    broken: path.join(folder, 'broken.json'),
    large: path.join(folder, 'large.json'),
  };
  await writeFile(files.good, GOOD_CSV);
  await writeFile(files.broken, brokenSet());
  const set = await syntheticRefSet(LARGE_COUNT);
  large = { id: set.id, title: set.title, speakers: set.speakers.length };
  await writeFile(files.large, JSON.stringify(set));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.each(BROWSERS)('Reference sets in %s', (name) => {
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let openPages: Page[] = [];

  const openOptions = async () => {
    const page = await browser.openExtensionPage('options.html');
    openPages.push(page);
    return page;
  };
  const setsListed = (page: Page, accept: (sets: ListedSet[]) => boolean, what: string) =>
    eventually(() => listedSets(page), accept, what);
  const setOf = (sets: ListedSet[], id: string) => sets.find((set) => set.id === id);
  /** The import's report is shown, and has taken the focus so a screen reader reads it. */
  const importEnded = (page: Page, timeout?: number) =>
    eventually(
      () => importView(page),
      (view) => view.status !== null && view.progress === null && view.reportFocused,
      'the import to end',
      timeout,
    );
  const downloaded = (file: string) =>
    eventually(
      () => readFile(path.join(browser.downloads, file), 'utf8'),
      (text) => text.endsWith('\n'),
      `${file} to be downloaded`,
    );

  beforeAll(async () => {
    browser = await launchWithExtension(name, 'dist');
  });

  afterAll(async () => {
    await browser?.dispose();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      await mkdir(FAILURE_SHOTS, { recursive: true });
      const slug = context.task.name.replace(/\W+/g, '-').toLowerCase();
      for (const [i, page] of openPages.entries()) {
        const file = path.join(FAILURE_SHOTS, `${name}-refsets-${slug}-${i}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`Screenshot of the failing page: ${file}`);
      }
    }
    await Promise.all(openPages.map((page) => page.close().catch(() => {})));
    openPages = [];
  });

  it('lists the bundled set with its size; it can be switched off and exported, not deleted', async () => {
    const bundledText = await readFile(BUNDLED, 'utf8');
    const bundled = JSON.parse(bundledText);
    let page = await openOptions();
    const [listed] = await setsListed(page, (sets) => sets.length > 0, 'the bundled set');
    expect(listed).toMatchObject({
      id: bundled.id,
      title: bundled.title,
      counts: `${bundled.statements.length} statements · ${bundled.speakers.length} speakers · ${Math.round(Buffer.byteLength(bundledText) / 1000)} kB`,
      enabled: true,
      buttons: ['Export'],
    });
    expect(listed!.origin).toMatch(/^Comes with Backstory \d+\.\d+\.\d+/);

    await toggleSet(page, bundled.id);
    await setsListed(page, (sets) => sets[0]?.enabled === false, 'the switch to go off');
    await eventually(
      () => liveStatus(page),
      (status) => status === `“${bundled.title}” is no longer used for matching.`,
      'the change to be announced',
    );
    await page.close();
    page = await openOptions();
    await setsListed(page, (sets) => sets[0]?.enabled === false, 'the set to stay off');
    await toggleSet(page, bundled.id);
    await setsListed(page, (sets) => sets[0]?.enabled === true, 'the switch to go on');

    await clickSetButton(page, bundled.id, 'Export');
    expect(await downloaded(`${bundled.id}.json`)).toBe(bundledText);

    // Importing the export again: the bundled set can only be kept beside, never replaced.
    await importFile(page, path.join(browser.downloads, `${bundled.id}.json`));
    expect(await eventually(() => openDialog(page), Boolean, 'the question')).toMatchObject({
      title: `A set with the id “${bundled.id}” is already here`,
      buttons: ['Keep both', 'Cancel import'],
    });
    await clickDialogButton(page, 'Keep both');
    expect(await importEnded(page)).toMatchObject({ status: 'imported' });
    const copy = await setsListed(page, (sets) => sets.length === 2, 'the copy');
    expect(copy[1]).toMatchObject({
      id: `${bundled.id}-2`,
      title: `${bundled.title} (2)`,
      buttons: ['Export', 'Rename', 'Delete'],
    });
    expect(copy[1]!.counts.split(' · ').slice(0, 2)).toEqual(
      listed!.counts.split(' · ').slice(0, 2),
    );
    await clickSetButton(page, `${bundled.id}-2`, 'Delete');
    await eventually(() => openDialog(page), Boolean, 'the confirmation');
    await clickDialogButton(page, 'Delete');
    await setsListed(page, (sets) => sets.length === 1, 'the copy to go');
  });

  it('imports a good file: listed with its counts, still there when the page is opened again, exported as imported', async () => {
    let page = await openOptions();
    await setsListed(page, (sets) => sets.length > 0, 'the list');
    await importFile(page, files.good, 'csv');
    const view = await importEnded(page);
    expect(view).toMatchObject({
      status: 'imported',
      summary: 'Imported “Fact checks.csv”: 3 statements by 2 speakers, ready for matching.',
      reportFocused: true,
    });
    const listed = await setsListed(page, (sets) => !!setOf(sets, 'fact-checks'), 'the new set');
    expect(setOf(listed, 'fact-checks')).toMatchObject({
      title: 'Fact checks.csv',
      counts: expect.stringMatching(/^3 statements · 2 speakers · \d+ kB$/),
      enabled: true,
      buttons: ['Export', 'Rename', 'Delete'],
    });
    expect(setOf(listed, 'fact-checks')!.origin).toMatch(/^Imported from Fact checks\.csv on /);

    await page.close();
    page = await openOptions();
    const again = await setsListed(page, (sets) => sets.length === listed.length, 'the list');
    expect(again).toEqual(listed);

    await clickSetButton(page, 'fact-checks', 'Export');
    const expected = expectedImport(GOOD_CSV, 'Fact checks.csv');
    if (!expected.ok) throw new Error('the test file should import');
    expect(await downloaded('fact-checks.json')).toBe(formatRefSet(expected.set));
  });

  it('keeps imported sets and the user’s choices across a browser restart', async () => {
    let page = await openOptions();
    await setsListed(page, (sets) => !!setOf(sets, 'fact-checks'), 'the imported set');
    await toggleSet(page, 'fact-checks');
    const before = await setsListed(
      page,
      (sets) => setOf(sets, 'fact-checks')?.enabled === false,
      'the switch to go off',
    );
    // The switch answers at once; wait until the store has it too.
    await eventually(
      () => liveStatus(page),
      (status) => status.endsWith('is no longer used for matching.'),
      'the change to be stored',
    );
    openPages = [];
    await browser.restart();
    page = await openOptions();
    expect(await setsListed(page, (sets) => sets.length === before.length, 'the list')).toEqual(
      before,
    );
    await toggleSet(page, 'fact-checks');
    await setsListed(page, (sets) => setOf(sets, 'fact-checks')?.enabled === true, 'back on');
  });

  it('refuses a broken file: nothing changes, and the exact problems are listed', async () => {
    const page = await openOptions();
    const before = await setsListed(page, (sets) => sets.length > 0, 'the list');
    await importFile(page, files.broken);
    const view = await importEnded(page);
    const expected = expectedImport(await readFile(files.broken, 'utf8'), 'broken.json');
    if (expected.ok) throw new Error('the broken file should not import');
    const { shown, more } = splitCapped(expected.errors);
    expect(shown[0]).toBe(
      'statements[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "last month"',
    );
    expect(view).toMatchObject({
      status: 'failed',
      summary: 'broken.json was not imported, and nothing was changed. What to fix:',
      messages: shown,
      more: `… and ${more} more problems like these.`,
      reportFocused: true,
    });
    expect(await listedSets(page)).toEqual(before);
  });

  it('asks before touching a set with the same id: cancel changes nothing, keep both adds a copy', async () => {
    const page = await openOptions();
    const before = await setsListed(page, (sets) => !!setOf(sets, 'fact-checks'), 'the list');
    await importFile(page, files.good);
    const dialog = await eventually(() => openDialog(page), Boolean, 'the question');
    expect(dialog).toMatchObject({
      title: 'A set with the id “fact-checks” is already here',
      buttons: ['Replace it', 'Keep both', 'Cancel import'],
      focused: 'Keep both',
    });
    await clickDialogButton(page, 'Cancel import');
    expect(await importEnded(page)).toMatchObject({ status: 'cancelled' });
    expect(await openDialog(page)).toBeNull();
    expect(await listedSets(page)).toEqual(before);

    await importFile(page, files.good);
    await eventually(() => openDialog(page), Boolean, 'the question');
    await clickDialogButton(page, 'Keep both');
    expect(await importEnded(page)).toMatchObject({ status: 'imported' });
    const after = await setsListed(page, (sets) => sets.length === before.length + 1, 'the copy');
    expect(setOf(after, 'fact-checks-2')).toMatchObject({ title: 'Fact checks.csv (2)' });
    expect(setOf(after, 'fact-checks')).toEqual(setOf(before, 'fact-checks'));
  });

  it('deletes an imported set only after a confirmation in the page', async () => {
    const page = await openOptions();
    const before = await setsListed(page, (sets) => !!setOf(sets, 'fact-checks-2'), 'the copy');
    await clickSetButton(page, 'fact-checks-2', 'Delete');
    const dialog = await eventually(() => openDialog(page), Boolean, 'the confirmation');
    expect(dialog).toMatchObject({
      title: 'Delete “Fact checks.csv (2)”?',
      buttons: ['Delete', 'Keep it'],
      focused: 'Keep it',
    });
    // Escape is "keep it", as the focused button.
    await page.keyboard.press('Escape');
    await eventually(
      () => openDialog(page),
      (d) => d === null,
      'the dialog to close',
    );
    expect(await listedSets(page)).toEqual(before);

    await clickSetButton(page, 'fact-checks-2', 'Delete');
    await eventually(() => openDialog(page), Boolean, 'the confirmation');
    await clickDialogButton(page, 'Delete');
    const after = await setsListed(page, (sets) => !setOf(sets, 'fact-checks-2'), 'the deletion');
    expect(after).toEqual(before.filter((set) => set.id !== 'fact-checks-2'));
    expect(await liveStatus(page)).toBe('Deleted “Fact checks.csv (2)”.');
    // Focus goes to the section, not lost with the row.
    expect(await inPage(page, (doc) => doc.activeElement?.id ?? '', null)).toBe('refsets-heading');
  });

  it('cancels a running import, storing nothing', async () => {
    const page = await openOptions();
    const before = await setsListed(page, (sets) => sets.length > 0, 'the list');
    await importFile(page, files.large);
    await eventually(
      () => importView(page),
      (v) => v.progress !== null,
      'the import to start',
    );
    await inPage(
      page,
      (doc) =>
        [...doc.querySelectorAll<HTMLButtonElement>('.import-progress button')]
          .find((button) => button.textContent === 'Cancel')!
          .click(),
      null,
    );
    expect(await importEnded(page)).toMatchObject({
      status: 'cancelled',
      summary: 'The import of large.json was cancelled; nothing was changed.',
    });
    expect(await listedSets(page)).toEqual(before);
  });

  it(`imports ${LARGE_COUNT.toLocaleString('en')} statements while the page stays usable`, async () => {
    const page = await openOptions();
    await setsListed(page, (sets) => sets.length > 0, 'the list');
    await watchImport(page);
    const started = Date.now();
    await importFile(page, files.large);
    await eventually(
      () => importView(page),
      (v) => v.progress !== null,
      'the import to start',
    );

    // Another control answers while the import runs.
    expect(await clickSwitchDuringImport(page, 'On everywhere')).toEqual({
      checked: false,
      importing: true,
    });

    const view = await importEnded(page, 150_000);
    const seconds = (Date.now() - started) / 1000;
    const timeline = await importTimeline(page);
    const stages = timeline.stages.map(({ stage, ms }) => `${stage} ${(ms / 1000).toFixed(1)} s`);
    console.log(
      `${name}: imported ${LARGE_COUNT.toLocaleString('en')} statements in ${seconds.toFixed(1)} s (${stages.join(', ')}); longest pause of the page ${timeline.longestPause} ms`,
    );
    expect(view).toMatchObject({
      status: 'imported',
      summary: `Imported “${large.title}”: 100,000 statements by ${large.speakers.toLocaleString('en')} speakers, ready for matching.`,
    });
    const listed = await setsListed(page, (sets) => !!setOf(sets, large.id), 'the large set');
    expect(setOf(listed, large.id)!.counts).toMatch(
      /^100,000 statements · [\d,]+ speakers · \d+(\.\d)? MB$/,
    );
    expect(timeline.longestPause).toBeLessThan(1000);
    expect(await clickSwitchDuringImport(page, 'On everywhere')).toMatchObject({ checked: true });
  }, 180_000);
});
