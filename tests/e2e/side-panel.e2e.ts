/**
 * The side panel as a reader uses it. Most tests open the panel's own page
 * in a tab for the article's tab (sidepanel.html?tab=ID): the same page and
 * code the panel shows, and the only way into Firefox's sidebar, which opens
 * only from a real input event. In Chromium the last test also opens the
 * real side panel from the popup's link, as a reader would.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { noteCard } from './harness/layer-probes.ts';
import { inPage, type PaintedHighlight, paintedHighlights } from './harness/page-probes.ts';
import { readPopup } from './harness/popup-probes.ts';
import { saveScreen } from './harness/screens.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const ARTICLE = 'north-korea-rejects-dialogue.html';

interface PanelView {
  summary: string;
  groups: {
    speaker: string;
    findings: { id: string; text: string; notes: string }[];
    timeline: { date: string; page: boolean; text: string }[] | null;
  }[];
}

function readPanel(panel: Page): Promise<PanelView> {
  return inPage(
    panel,
    (doc) => ({
      summary: doc.querySelector('.summary')?.textContent ?? '',
      groups: [...doc.querySelectorAll('.speaker-group')].map((group) => ({
        speaker: group.querySelector('h2')?.textContent ?? '',
        findings: [...group.querySelectorAll<HTMLElement>('.finding')].map((f) => ({
          id: f.dataset.findingId ?? '',
          text: f.querySelector('.finding-text')?.textContent ?? '',
          notes: f.querySelector('.finding-notes')?.textContent ?? '',
        })),
        timeline: group.querySelector('.timeline')
          ? [...group.querySelectorAll('.timeline-item')].map((item) => ({
              date: item.querySelector('.timeline-date')?.textContent ?? '',
              page: item.classList.contains('timeline-page'),
              text: item.querySelector('q')?.textContent ?? '',
            }))
          : null,
      })),
    }),
    null,
  );
}

describe.each(BROWSERS)('The side panel in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };
  let opened: Page[] = [];

  beforeAll(async () => {
    server = await servePages('tests/fixtures/pages');
    browser = await launchWithExtension(name, 'dist');
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(opened.map((page) => page.close().catch(() => {})));
    opened = [];
  });

  const opening = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 24);

  /**
   * Whether the panel lists exactly what the page paints: every painted highlight begins with a
   * listed finding's words and every listed finding is painted. The page's highlights are read as
   * a page would read them (the CSS highlight registry), so they carry no finding ids.
   */
  function listsWhatIsPainted(listed: string[], painted: PaintedHighlight[]): boolean {
    const paintedText = painted.map((h) => opening(h.text));
    const starts = listed.map(opening);
    return (
      listed.length >= painted.length &&
      paintedText.every((p) => starts.some((s) => p.startsWith(s) || s.startsWith(p))) &&
      starts.every((s) => painted.some((h) => h.text.replace(/\s+/g, ' ').includes(s)))
    );
  }

  /** The article with its highlights drawn, and the panel's page for its tab. */
  const articleWithPanel = async () => {
    const article = await browser.openPage(server.url(ARTICLE));
    opened.push(article);
    const marks = await eventually(
      () => paintedHighlights(article),
      (m) => m.length > 0,
      'highlights',
    );
    const tabId = await browser.tabIdOf(article);
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    opened.push(panel);
    // As wide as a side panel.
    await panel.setViewport({ width: 400, height: 900 });
    return { article, marks, panel };
  };

  it('lists every finding of the page, grouped by speaker, with each speaker’s timeline', async () => {
    const { article, panel } = await articleWithPanel();
    // Claims with context are painted once the notes arrive: the page is read again each time.
    const { view } = await eventually(
      async () => ({ view: await readPanel(panel), painted: await paintedHighlights(article) }),
      ({ view: v, painted }) =>
        listsWhatIsPainted(
          v.groups.flatMap((g) => g.findings.map((f) => f.text)),
          painted,
        ) && v.groups.some((g) => g.timeline !== null),
      'the panel to list the page',
    );
    expect(view.summary).toMatch(/found on this page\.$/);
    // Every highlight once, each under one heading.
    const listed = view.groups.flatMap((g) => g.findings.map((f) => f.id));
    expect(new Set(listed).size).toBe(listed.length);
    const speakers = view.groups.map((g) => g.speaker);
    expect(new Set(speakers).size).toBe(speakers.length);
    expect(speakers).toContain('Korean Central News Agency');

    // A timeline holds this article's own quotes among the earlier statements, by date.
    await inPage(
      panel,
      (doc) => {
        for (const details of doc.querySelectorAll('details.timeline')) {
          (details as HTMLDetailsElement).open = true;
        }
      },
      null,
    );
    const withTimeline = view.groups.find((g) => g.timeline && g.timeline.length > 0)!;
    const timeline = withTimeline.timeline!;
    expect(timeline.some((item) => item.page)).toBe(true);
    expect(timeline.some((item) => !item.page)).toBe(true);
    const dated = timeline.filter((item) => /^\d{4}/.test(item.date)).map((item) => item.date);
    expect(dated).toEqual([...dated].sort());
    await saveScreen(panel, name, 'side-panel', { fullPage: true });
  });

  it('filters to the findings with notes', async () => {
    const { panel } = await articleWithPanel();
    const all = await eventually(
      () => readPanel(panel),
      (v) => v.groups.length > 0,
      'the panel',
    );
    await inPage(
      panel,
      (doc) => doc.querySelector<HTMLInputElement>('.panel-filter input')!.click(),
      null,
    );
    const filtered = await eventually(
      () => readPanel(panel),
      (v) => v.groups.flatMap((g) => g.findings).every((f) => f.notes !== ''),
      'only findings with notes',
    );
    const count = (v: PanelView) => v.groups.flatMap((g) => g.findings).length;
    expect(count(filtered)).toBeGreaterThan(0);
    expect(count(filtered)).toBeLessThan(count(all));
    await saveScreen(panel, name, 'side-panel-with-notes', { fullPage: true });
  });

  it('scrolls the page to a chosen finding and opens its note', async () => {
    const { article, panel } = await articleWithPanel();
    const view = await eventually(
      () => readPanel(panel),
      (v) => v.groups.some((g) => g.findings.some((f) => f.notes !== '')),
      'a finding with a note',
    );
    const chosen = view.groups.flatMap((g) => g.findings).findLast((f) => f.notes !== '')!;
    // A real side panel sits beside the page it shows: the page is the visible tab.
    await article.bringToFront();
    await inPage(
      panel,
      (doc, id) =>
        doc.querySelector<HTMLButtonElement>(`.finding[data-finding-id="${id}"]`)!.click(),
      chosen.id,
    );
    const card = await eventually(
      () => noteCard(article, name),
      (c) => c !== null,
      'the note card in the page',
    );
    expect(card!.finding).toContain(chosen.text.slice(0, 20));
    // The page scrolls smoothly: the finding comes into view a moment later.
    await eventually(
      async () => {
        const painted = (await paintedHighlights(article)).find((h) =>
          h.text.replace(/\s+/g, ' ').includes(opening(chosen.text)),
        );
        const height = await article.evaluate(() => innerHeight);
        return painted !== undefined && painted.point.y >= 0 && painted.point.y <= height;
      },
      (inView) => inView,
      'the chosen finding in view',
    );
    await saveScreen(article, name, 'side-panel-opened-note');
  });

  it('the popup’s list opens the note too, not only scrolls to it', async () => {
    const article = await browser.openPage(server.url(ARTICLE));
    opened.push(article);
    await eventually(
      () => paintedHighlights(article),
      (m) => m.length > 0,
      'highlights',
    );
    const popup = await browser.openPopup(article);
    const listed = await eventually(
      () => readPopup(popup),
      (v) => v.findings.some((f) => f.noteCount > 0),
      'the popup’s list with notes',
    );
    const index = listed.findings.findIndex((f) => f.noteCount > 0);
    await popup.evaluate(
      (doc, n) => doc.querySelectorAll<HTMLButtonElement>('.finding')[n]!.click(),
      index,
    );
    const card = await eventually(
      () => noteCard(article, name),
      (c) => c !== null,
      'the note card opened from the popup',
    );
    expect(card!.finding).toContain(listed.findings[index]!.text.slice(0, 20));
    await popup.close();
    await saveScreen(article, name, 'popup-opened-note');
  });

  // Firefox opens a sidebar only from a real input event ("sidebarAction.open may only be
  // called from a user input handler"), which its driver cannot give: skipped there, visibly.
  it.skipIf(name === 'firefox')(
    'opens as a real side panel from the popup, beside the page, and lists it',
    async () => {
      const article = await browser.openPage(server.url(ARTICLE));
      opened.push(article);
      await eventually(
        () => paintedHighlights(article),
        (m) => m.length > 0,
        'highlights',
      );
      const popup = await browser.openPopup(article);
      await popup.evaluate(
        (doc) => doc.querySelector<HTMLButtonElement>('.popup-links button:last-child')!.click(),
        null,
      );
      const panel = await eventually(
        () => browser.sidePanel(),
        (found) => found !== null,
        'the side panel to open',
      );
      await eventually(
        async () => ({
          texts: await panel!.evaluate(
            (doc) =>
              [...doc.querySelectorAll<HTMLElement>('.finding .finding-text')].map(
                (f) => f.textContent ?? '',
              ),
            null,
          ),
          painted: await paintedHighlights(article),
        }),
        ({ texts, painted }) => listsWhatIsPainted(texts, painted),
        'the side panel to list the page',
      );
      await panel!.close();
    },
  );
});
