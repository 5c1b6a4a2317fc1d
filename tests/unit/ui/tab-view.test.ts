import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser API is mocked at the two modules readTab reaches it through.
const sendToTab = vi.fn();
const openedBeforeInstall = vi.fn();
vi.mock('../../../src/shared/messaging.ts', () => ({ sendToTab }));
vi.mock('../../../src/shared/tabs-before-install.ts', () => ({ openedBeforeInstall }));
const { readTab } = await import('../../../src/ui/tab-view.ts');

describe('reading a tab', () => {
  beforeEach(() => {
    sendToTab.mockReset();
    openedBeforeInstall.mockReset();
  });

  it('gives the content script’s report when it answers', async () => {
    sendToTab.mockResolvedValue({ state: 'reading', site: 'example.org' });
    expect(await readTab(7)).toEqual({ state: 'reading', site: 'example.org' });
    expect(sendToTab).toHaveBeenCalledWith(7, 'getPageStatus', {});
  });

  it('asks for a reload when no script answers in a tab that was open before the install', async () => {
    sendToTab.mockRejectedValue(new Error('Receiving end does not exist.'));
    openedBeforeInstall.mockResolvedValue(true);
    expect(await readTab(7)).toEqual({ state: 'reload' });
  });

  it('says it cannot read a tab without our script for any other reason, or no tab at all', async () => {
    sendToTab.mockRejectedValue(new Error('Receiving end does not exist.'));
    openedBeforeInstall.mockResolvedValue(false);
    expect(await readTab(7)).toEqual({ state: 'unreadable' });
    openedBeforeInstall.mockRejectedValue(new Error('no session storage'));
    expect(await readTab(7)).toEqual({ state: 'unreadable' });
    expect(await readTab(undefined)).toEqual({ state: 'unreadable' });
  });
});
