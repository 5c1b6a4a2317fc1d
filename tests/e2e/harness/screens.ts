import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';

/** Where each state a test reaches is saved, for a reviewer to look at. */
export const SCREENS = path.resolve('.tmp/e2e-screens');

/** Saves what `page` shows now as `<browser>-<state>.png`; brings it to the front first. */
export async function saveScreen(
  page: Page,
  browser: string,
  state: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(SCREENS, { recursive: true });
  const file = path.join(SCREENS, `${browser}-${state}.png`);
  await page.bringToFront();
  await page.screenshot({ path: file, fullPage });
  return file;
}
