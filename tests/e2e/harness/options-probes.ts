import type { Page } from 'puppeteer-core';
import type { ImportFormatChoice } from '../../../src/options/refsets/import-protocol.ts';
import { inPage } from './page-probes.ts';

export interface ListedSet {
  id: string;
  title: string;
  /** "89 statements · 27 speakers · 67 kB" */
  counts: string;
  origin: string;
  enabled: boolean;
  buttons: string[];
}

/** The options page's list of reference sets, read as a user reads it. */
export function listedSets(page: Page): Promise<ListedSet[]> {
  return inPage(
    page,
    (doc) =>
      [...doc.querySelectorAll<HTMLElement>('.refset')].map((row) => ({
        id: row.dataset.setId ?? '',
        title: row.querySelector('.refset-title')?.textContent ?? '',
        counts: row.querySelector('.refset-counts')?.textContent ?? '',
        origin: row.querySelector('.refset-origin')?.textContent ?? '',
        enabled: (row.querySelector('input[role="switch"]') as HTMLInputElement).checked,
        buttons: [...row.querySelectorAll('button')].map((b) => b.textContent ?? ''),
      })),
    null,
  );
}

export interface ImportView {
  /** The progress line while an import runs, else null. */
  progress: string | null;
  /** How the last import ended: imported, failed or cancelled; null before any. */
  status: string | null;
  summary: string;
  messages: string[];
  more: string;
  /** Whether the report has the keyboard focus (it takes it when it appears). */
  reportFocused: boolean;
}

export function importView(page: Page): Promise<ImportView> {
  return inPage(
    page,
    (doc) => {
      const report = doc.querySelector<HTMLElement>('.import-report');
      return {
        progress: doc.querySelector('.import-progress')?.textContent ?? null,
        status:
          ['imported', 'failed', 'cancelled'].find((s) => report?.classList.contains(s)) ?? null,
        summary: report?.querySelector('.import-summary')?.textContent ?? '',
        messages: [...(report?.querySelectorAll('.messages li') ?? [])].map(
          (li) => li.textContent ?? '',
        ),
        more: report?.querySelector('.messages-more')?.textContent ?? '',
        reportFocused: report !== null && doc.activeElement === report,
      };
    },
    null,
  );
}

/** Chooses `file` in the import's file picker and `format`, then presses Import. */
export async function importFile(
  page: Page,
  file: string,
  format: ImportFormatChoice = 'auto',
): Promise<void> {
  const input = await page.$('.import-form input[type="file"]');
  if (!input) throw new Error('No file input in the import form');
  await input.uploadFile(file);
  await inPage(
    page,
    (doc, wanted) => {
      const select = doc.querySelector<HTMLSelectElement>('.import-form select')!;
      select.value = wanted;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      doc.querySelector<HTMLButtonElement>('.import-form button[type="submit"]')!.click();
    },
    format,
  );
}

/** Clicks the button labelled `label` in the row of set `id`. */
export function clickSetButton(page: Page, id: string, label: string): Promise<void> {
  return inPage(
    page,
    (doc, [setId, wanted]) => {
      const row = [...doc.querySelectorAll<HTMLElement>('.refset')].find(
        (r) => r.dataset.setId === setId,
      );
      const button = [...(row?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === wanted,
      );
      if (!button) throw new Error(`No ${wanted} button for ${setId}`);
      button.click();
    },
    [id, label],
  );
}

/** Clicks the "Use for matching" switch of set `id`. */
export function toggleSet(page: Page, id: string): Promise<void> {
  return inPage(
    page,
    (doc, setId) => {
      const row = [...doc.querySelectorAll<HTMLElement>('.refset')].find(
        (r) => r.dataset.setId === setId,
      );
      const input = row?.querySelector<HTMLInputElement>('input[role="switch"]');
      if (!input) throw new Error(`No switch for ${setId}`);
      input.click();
    },
    id,
  );
}

export interface DialogView {
  title: string;
  text: string;
  buttons: string[];
  /** The label of the focused button, if focus is in the dialog. */
  focused: string | null;
}

/** The open modal dialog, or null. */
export function openDialog(page: Page): Promise<DialogView | null> {
  return inPage(
    page,
    (doc) => {
      const dialog = doc.querySelector<HTMLDialogElement>('dialog[open]');
      if (!dialog) return null;
      const active = doc.activeElement;
      return {
        title: dialog.querySelector('h2')?.textContent ?? '',
        text: dialog.textContent ?? '',
        buttons: [...dialog.querySelectorAll('button')].map((b) => b.textContent ?? ''),
        focused: active && dialog.contains(active) ? (active.textContent ?? '') : null,
      };
    },
    null,
  );
}

export function clickDialogButton(page: Page, label: string): Promise<void> {
  return inPage(
    page,
    (doc, wanted) => {
      const button = [...doc.querySelectorAll('dialog[open] button')].find(
        (b) => b.textContent === wanted,
      ) as HTMLButtonElement | undefined;
      if (!button) throw new Error(`No ${wanted} button in an open dialog`);
      button.click();
    },
    label,
  );
}

/** The text of the section's live region: what a screen reader was last told. */
export function liveStatus(page: Page): Promise<string> {
  return inPage(page, (doc) => doc.querySelector('[role="status"]')?.textContent ?? '', null);
}

/**
 * Clicks the switch labelled `label` and, one frame later, says whether it
 * changed and whether an import is still running: a page that is frozen by
 * an import could not answer before the import ends.
 */
export function clickSwitchDuringImport(
  page: Page,
  label: string,
): Promise<{ checked: boolean; importing: boolean }> {
  return inPage(
    page,
    (doc, wanted) => {
      const input = [...doc.querySelectorAll('label.switch')]
        .find((l) => l.textContent === wanted)
        ?.querySelector('input');
      if (!input) throw new Error(`No switch labelled ${wanted}`);
      input.click();
      return new Promise<{ checked: boolean; importing: boolean }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            checked: input.checked,
            importing: doc.querySelector('.import-progress') !== null,
          }),
        ),
      );
    },
    label,
  );
}

/** What watchImport records in the page: stages with the time each began, and the longest pause. */
interface ImportWatch {
  stages: [string, number][];
  longestPause: number;
}

/**
 * Starts watching the page while an import runs: how long each stage of the
 * progress line lasts, and the longest gap between two ticks of a 20 ms
 * timer (how long the page could not have answered a click).
 */
export function watchImport(page: Page): Promise<void> {
  return inPage(
    page,
    (doc) => {
      const watch: ImportWatch = { stages: [], longestPause: 0 };
      (doc.defaultView as unknown as { importWatch: ImportWatch }).importWatch = watch;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        watch.longestPause = Math.max(watch.longestPause, now - last);
        last = now;
      }, 20);
      new MutationObserver(() => {
        const line = doc.querySelector('.import-stage')?.textContent ?? '';
        const stage = /: (.*?)…/.exec(line)?.[1] ?? 'ended';
        if (watch.stages.at(-1)?.[0] !== stage) watch.stages.push([stage, performance.now()]);
      }).observe(doc.body, { subtree: true, childList: true, characterData: true });
    },
    null,
  );
}

export interface ImportTimeline {
  /** Each stage and how long it lasted, in milliseconds. */
  stages: { stage: string; ms: number }[];
  longestPause: number;
}

export function importTimeline(page: Page): Promise<ImportTimeline> {
  return inPage(
    page,
    (doc) => {
      const { importWatch: watch } = doc.defaultView as unknown as { importWatch: ImportWatch };
      const stages = watch.stages.slice(0, -1).map(([stage, at], i) => ({
        stage,
        ms: Math.round(watch.stages[i + 1]![1] - at),
      }));
      return { stages, longestPause: Math.round(watch.longestPause) };
    },
    null,
  );
}
