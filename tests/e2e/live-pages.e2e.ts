import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { cardBox, markers, noteCard } from './harness/layer-probes.ts';
import { inPage, pageIsPristine, paintedHighlights, pointAt } from './harness/page-probes.ts';
import { clickSwitch, readPopup } from './harness/popup-probes.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

/**
 * Pages that do not sit still or do not play fair: a page that edits its
 * own text while highlighted, a page that tries to open, read, forge and
 * hide the notes, and pages that try to tell whether Backstory is there.
 * Screenshots of each state go to .tmp/e2e-screens.
 */
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const SCREENS = path.resolve('.tmp/e2e-screens');
const KCNA = 'has no intention of participating';

describe.each(BROWSERS)('Live and hostile pages in %s', (name) => {
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
    await page.bringToFront();
    await page.screenshot({ path: path.join(SCREENS, `${name}-${state}.png`) });
  };
  const notesReady = (page: Page) =>
    eventually(
      () => markers(page, name),
      (list) => list.length > 0,
      'highlights with notes',
    );
  const switchOffEverywhere = async (page: Page) => {
    const popup = await browser.openPopup(page);
    await eventually(
      () => readPopup(popup),
      (v) => v.switches.length > 0,
      'the popup',
    );
    await clickSwitch(popup, 'On everywhere');
    await eventually(
      () => paintedHighlights(page),
      (painted) => painted.length === 0,
      'highlights to go',
    );
    await popup.close();
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
      const slug = context.task.name.replace(/\W+/g, '-').toLowerCase();
      for (const [i, page] of openPages.entries()) {
        await shot(page, `failed-${slug}-${i}`).catch(() => {});
      }
    }
    await Promise.all(openPages.map((page) => page.close().catch(() => {})));
    openPages = [];
  });

  it('lets a page edit its own highlighted text, and leaves exactly what the page made', async () => {
    const page = await open('live-edits.html');
    await notesReady(page);
    const before = (await paintedHighlights(page)).map((h) => h.text);
    // The rewritten quote: painted alone, or within the report of it that holds it.
    expect(before.some((t) => t.includes('deep regret'))).toBe(true);
    expect(before.some((t) => t.startsWith(KCNA))).toBe(true);
    await shot(page, 'live-edits-before');

    // The page rewrites a quote, puts words before another in its node, appends, deletes.
    await page.evaluate('window.editOwnText(document)');
    const after = await eventually(
      () => paintedHighlights(page),
      (painted) =>
        !painted.some((h) => h.text.includes('deep regret')) &&
        painted.some((h) => h.text.startsWith(KCNA)),
      'the highlights to follow the page’s edits',
    );
    const texts = after.map((h) => h.text);
    // A rewritten quote is no longer painted in its old words; one that only moved is painted
    // where it now is. (Edits this large also make Backstory read the page again once it is
    // quiet, so the rewritten quote may come back, in the words the page now shows.)
    expect(texts.some((t) => t.includes('deep regret'))).toBe(false);
    expect(texts).toContain('a step backward from stability');
    expect(texts).not.toContain('It’s a dangerous inflection point,');
    const pageText = await inPage(page, (doc) => doc.body.textContent ?? '', null);
    for (const text of texts) expect(pageText).toContain(text);
    // The page's own words are on screen as it wrote them.
    const paragraph = await inPage(
      page,
      (doc) => doc.querySelectorAll('.story-body > p')[0]!.textContent,
      null,
    );
    expect(paragraph).toContain('stated on Tuesday that Pyongyang “has no intention');
    // Its marker still opens its note, once Backstory has read the page again: edits this large
    // make it re-read once the page has been quiet for 400 ms, which would close a card opened sooner.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await notesReady(page);
    const point = await pointAt(page, KCNA);
    await page.mouse.click(point.x, point.y);
    expect(
      await eventually(
        () => noteCard(page, name),
        (card) => card !== null,
        'the note of the moved quote',
      ),
    ).not.toBeNull();
    await shot(page, 'live-edits-after');

    await switchOffEverywhere(page);
    const pristine = await pageIsPristine(page, { edits: 'editOwnText' });
    expect(pristine.same, `${pristine.live}\n---\n${pristine.fresh}`).toBe(true);
  });

  it('gives a hostile page no way to find, read, open, forge or hide a note', async () => {
    const page = await open('hostile-page.html');
    await notesReady(page);
    // Synthetic clicks on every noted highlight, clicks and keys on the host: nothing opens.
    await page.evaluate('window.forgeGestures()');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await noteCard(page, name)).toBeNull();

    // A reader's click does open it; the page still sees nothing inside.
    const point = await pointAt(page, KCNA);
    await page.mouse.click(point.x, point.y);
    const card = await eventually(
      () => noteCard(page, name),
      (c) => c !== null,
      'the note card',
    );
    const spied = await page.evaluate('window.spyOnNotes()');
    expect(spied).toEqual({
      host: true,
      shadowRoot: false,
      captured: 0,
      hostText: '',
      reattach: 'NotSupportedError',
    });
    const readable = (await page.evaluate(
      'document.documentElement.innerText + document.documentElement.outerHTML',
    )) as string;
    expect(readable).not.toContain(card!.statements[0]!.who);

    // The page writes its own "card" into the host and hides it: ours still shows, unchanged.
    await page.evaluate('window.forgeCard()');
    expect(await noteCard(page, name)).toEqual(card);
    const box = await eventually(
      () => cardBox(page, name),
      (b) => b !== null,
      'the card’s box',
    );
    expect(box!.bottom - box!.top).toBeGreaterThan(100);
    const forgedShown = await page.evaluate(
      `(() => { const host = document.querySelector('backstory-note'); return host.getClientRects().length > 0 && getComputedStyle(host).display; })()`,
    );
    expect(forgedShown).toBe('block');
    await shot(page, 'hostile-card-shown');

    // Switching off takes the host away, whatever the page put in it.
    await switchOffEverywhere(page);
    expect(await page.evaluate(`document.querySelector('backstory-note') === null`)).toBe(true);
  });

  it('injects nothing a page can observe into a page that is not an article', async () => {
    const page = await open('section-front.html');
    // Long enough for reading and the background to have answered, had it been an article.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const seen = await inPage(
      page,
      (doc) => {
        const probe = doc.createElement('backstory-mark');
        probe.textContent = 'x';
        doc.body.append(probe);
        const style = getComputedStyle(probe);
        const result = {
          ours: [...doc.querySelectorAll('*')]
            .map((e) => e.tagName.toLowerCase())
            .filter((tag) => tag.startsWith('backstory')),
          styles: doc.querySelectorAll('style').length,
          highlights: [
            ...((
              doc.defaultView as unknown as { CSS: { highlights: Map<string, unknown> } }
            ).CSS.highlights?.keys() ?? []),
          ],
          probe: {
            display: style.display,
            background: style.backgroundColor,
            cursor: style.cursor,
          },
        };
        probe.remove();
        return result;
      },
      null,
    );
    expect(seen).toEqual({
      ours: ['backstory-mark'],
      styles: 0,
      highlights: [],
      probe: { display: 'inline', background: 'rgba(0, 0, 0, 0)', cursor: 'auto' },
    });
    const pristine = await pageIsPristine(page);
    expect(pristine.same, `${pristine.live}\n---\n${pristine.fresh}`).toBe(true);
  });

  it('on an article, adds only the highlights: one style, one host, nothing in the text', async () => {
    const page = await open('north-korea-rejects-dialogue.html');
    await notesReady(page);
    const diff = await inPage(
      page,
      async (doc) => {
        const html = await (await fetch(doc.location.href)).text();
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        const count = (root: Document) => {
          const tags: Record<string, number> = {};
          for (const e of root.querySelectorAll('*')) tags[e.tagName] = (tags[e.tagName] ?? 0) + 1;
          return tags;
        };
        const live = count(doc);
        const before = count(fresh);
        const extra = Object.keys(live).flatMap((tag) =>
          Array<string>(Math.max(0, live[tag]! - (before[tag] ?? 0))).fill(tag),
        );
        return { extra: extra.sort(), sameText: doc.body.textContent === fresh.body.textContent };
      },
      null,
    );
    // The paint's style sheet and the layer's host; the page's text is untouched.
    expect(diff).toEqual({ extra: ['BACKSTORY-NOTE', 'STYLE'], sameText: true });
  });
});
