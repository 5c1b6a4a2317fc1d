import type { Popup } from './browsers.ts';

export interface PopupView {
  summary: string;
  switches: { label: string; checked: boolean }[];
  findings: { text: string; speaker: string; noteCount: number }[];
}

/** What the popup shows, read as a user reads it: texts and switch states. */
export function readPopup(popup: Popup): Promise<PopupView> {
  return popup.evaluate(
    (doc) => ({
      summary: doc.querySelector('.summary')?.textContent ?? '',
      switches: [...doc.querySelectorAll('label.switch')].map((label) => ({
        label: label.textContent ?? '',
        checked: (label.querySelector('input') as HTMLInputElement).checked,
      })),
      findings: [...doc.querySelectorAll('.finding')].map((item) => ({
        text: item.querySelector('.finding-text')?.textContent ?? '',
        speaker: item.querySelector('.finding-speaker')?.textContent ?? '',
        noteCount: Number.parseInt(item.querySelector('.finding-notes')?.textContent ?? '0', 10),
      })),
    }),
    null,
  );
}

/** Clicks the switch whose label reads `label`. */
export function clickSwitch(popup: Popup, label: string): Promise<void> {
  return popup.evaluate((doc, wanted) => {
    const target = [...doc.querySelectorAll('label.switch')].find((l) => l.textContent === wanted);
    if (!target) throw new Error(`No switch labelled ${wanted}`);
    (target.querySelector('input') as HTMLInputElement).click();
  }, label);
}

/** Clicks the n-th finding in the popup's list. */
export function clickFinding(popup: Popup, index: number): Promise<void> {
  return popup.evaluate((doc, n) => {
    const item = doc.querySelectorAll<HTMLButtonElement>('.finding')[n];
    if (!item) throw new Error(`No finding #${n}`);
    item.click();
  }, index);
}
