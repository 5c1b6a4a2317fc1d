import browser from '../shared/browser.ts';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * Opens Backstory's side panel: Chrome's `sidePanel` for the window, or
 * Firefox's sidebar. Neither is in the polyfill's types, so each is looked up
 * where the browser puts it. Must run in a user gesture.
 */
export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  const sidePanel = api.sidePanel ?? chromeApi?.sidePanel;
  if (sidePanel && windowId !== undefined) await sidePanel.open({ windowId });
  else await api.sidebarAction?.open();
}
