// `npm start`: shows Backstory working on a demo article made from the seeds.
// With a display, Chromium opens with the extension loaded, the article
// highlighted and the side panel open beside it, and stays until you close it. Without one (CI, SSH), it runs
// headless, saves a screenshot and prints what was highlighted.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness/browsers.ts';
import { noteCard } from '../tests/e2e/harness/layer-probes.ts';
import { paintedHighlights, pointAt } from '../tests/e2e/harness/page-probes.ts';
import { readPopup } from '../tests/e2e/harness/popup-probes.ts';
import { servePages } from '../tests/e2e/harness/server.ts';
import { eventually } from '../tests/e2e/harness/wait.ts';

const DEMO_ARTICLE = 'north-korea-rejects-dialogue.html';
const SCREENSHOT = path.resolve('.tmp/demo/backstory-demo.png');

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const server = await servePages('tests/fixtures/pages');
const browser = await launchWithExtension('chromium', 'dist', { headless: !hasDisplay });
try {
  const page = await browser.openPage(server.url(DEMO_ARTICLE));
  const marks = await eventually(
    () => paintedHighlights(page),
    (m) => m.length > 0,
    'Backstory’s highlights',
  );
  const popup = await browser.openPopup(page);
  const view = await eventually(
    () => readPopup(popup),
    (v) => v.findings.length > 0,
    'the popup',
  );
  if (hasDisplay) {
    // The popup's "Side panel" link, clicked as a reader would: Chrome opens a panel only on a gesture.
    await popup.evaluate(
      (doc) => doc.querySelector<HTMLButtonElement>('.popup-links button:last-child')?.click(),
      null,
    );
    await eventually(
      () => browser.sidePanel(),
      (panel) => panel !== null,
      'the side panel',
    );
    console.log(`Backstory is running in the Chromium window on ${page.url()}`);
    console.log('Close the window to finish.');
    await browser.closed();
  } else {
    await popup.close();
    // Open the first note, as a reader clicking a highlight would.
    const noted = await eventually(
      () => paintedHighlights(page),
      (painted) => painted.some((m) => m.layer === 'noted'),
      'a highlight with a note',
    );
    const point = await pointAt(page, noted.find((m) => m.layer === 'noted')!.text);
    await page.mouse.click(point.x, point.y);
    const card = await eventually(
      () => noteCard(page, 'chromium'),
      (c) => c !== null,
      'a context note',
    );
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Demo article: ${page.url()}`);
    console.log(`Screenshot:   ${SCREENSHOT}`);
    console.log(`\nThe popup says: ${view.summary}`);
    for (const [i, finding] of view.findings.entries()) {
      const notes = finding.noteCount > 0 ? `  [${finding.noteCount} related]` : '';
      console.log(
        `${String(i + 1).padStart(3)}. “${finding.text}”\n     — ${finding.speaker}${notes}`,
      );
    }
    console.log(`\n${marks.length} highlights, all inside the article. The open context note:`);
    console.log(`  ${card!.finding}`);
    for (const statement of card!.statements) {
      console.log(
        `  · ${statement.tags.join(', ')} · ${statement.date || 'undated'} · ${statement.who}`,
      );
      console.log(
        `    ${statement.said}\n    ${statement.why}${statement.source ? `\n    Source: ${statement.source}` : ''}`,
      );
    }
  }
} finally {
  await browser.dispose();
  await server.close();
}
