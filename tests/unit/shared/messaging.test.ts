import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
vi.mock('../../../src/shared/browser.ts', () => ({
  default: {
    runtime: {
      id: 'abcdefghijklmnop',
      getURL: (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`,
    },
  },
}));
const { fromExtensionPage, fromTab } = await import('../../../src/shared/messaging.ts');

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const sender = (fields: Partial<Runtime.MessageSender>): Runtime.MessageSender => ({
  id: 'abcdefghijklmnop',
  ...fields,
});

describe('who may talk to whom', () => {
  it('takes the popup for an extension page, also when it runs in a tab', () => {
    expect(fromExtensionPage(sender({ url: `${ORIGIN}popup.html` }))).toBe(true);
    expect(fromExtensionPage(sender({ url: `${ORIGIN}popup.html`, tab }))).toBe(true);
    expect(fromExtensionPage(sender({ url: `${ORIGIN}background.js` }))).toBe(true);
  });

  it('never takes a page, or a sender without an address, for an extension page', () => {
    expect(fromExtensionPage(sender({ url: 'https://news.example/story', tab }))).toBe(false);
    expect(fromExtensionPage(sender({}))).toBe(false);
    expect(fromExtensionPage(sender({ url: 'chrome-extension://otherextension/popup.html' }))).toBe(
      false,
    );
    expect(fromExtensionPage(sender({ url: `https://evil.example/${ORIGIN}popup.html` }))).toBe(
      false,
    );
  });

  it('takes page messages from tabs: content scripts, and the demo article that runs one', () => {
    expect(fromTab(sender({ url: 'https://news.example/story', tab }))).toBe(true);
    expect(fromTab(sender({ url: `${ORIGIN}demo.html`, tab }))).toBe(true);
    expect(fromTab(sender({ url: 'https://news.example/story' }))).toBe(false);
  });
});
