import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { eventually } from './wait.ts';

export type BrowserName = 'chromium' | 'firefox';

/** Runs in the popup (or another extension page): gets its document and one JSON argument. */
export type PageFunction<A, R> = (doc: Document, arg: A) => R | Promise<R>;

/**
 * One browser with the built extension loaded, driven the same way whichever
 * browser it is, so each test is written once and runs in both.
 */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** The folder downloads are saved to, without asking. */
  readonly downloads: string;
  /** Opens a page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** Resolves when the user closes the browser window. */
  closed(): Promise<void>;
  /** Opens the real toolbar popup for `page`'s tab. */
  openPopup(page: Page): Promise<Popup>;
  /**
   * Opens a page in a new private (incognito) window, the extension allowed
   * there. Only Chromium launched with `allowPrivate`; Firefox's private
   * windows cannot be driven here (the add-on's private-window permission is
   * the user's choice in about:addons, which nothing here can make).
   */
  openPrivatePage(url: string): Promise<Page>;
  /** An extension page (popup.html, options.html) opened in a tab of its own. */
  openExtensionPage(file: string): Promise<Page>;
  /** The real side panel (Chrome) or sidebar (Firefox) if it is open, to read and act in. */
  sidePanel(): Promise<Popup | null>;
  /** The extension's own page `file` (firstrun.html) if a tab shows it, else null. */
  openExtensionTab(file: string): Promise<Page | null>;
  /** The browser's id of `page`'s tab, as the extension sees it. Brings the page to the front. */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of `page`'s tab. Brings the page to the front, which closes a popup. */
  badgeText(page: Page): Promise<string>;
  /** Forgets the settings (storage.local); the reference sets in IndexedDB stay. */
  clearStorage(): Promise<void>;
  /** Quits and starts the browser again on the same profile, as a user restarting it. */
  restart(): Promise<void>;
  /** Reloads the extension with tabs left open, as a store update does. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export interface Popup {
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

const FIREFOX_ID = 'backstory@backstory.invalid';
const FIREFOX_UUID = '3f1d2b9c-6a47-4c1e-9a55-0d8f0e6b7a21';
const LAUNCH_TIMEOUT = 30_000;

/**
 * The badge of the focused window's active tab. Without the "tabs"
 * permission (Backstory does not ask for it) tabs carry no URL, so the page
 * is brought to the front and found as the active tab.
 */
const ACTIVE_TAB_BADGE = `(async () => {
  const [tab] = await API.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? API.action.getBadgeText({ tabId: tab.id }) : '(no active tab)';
})()`;

/** The id of the focused window's active tab; a page brought to the front is it. */
const ACTIVE_TAB_ID = `(async () => {
  const [tab] = await API.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? tab.id : -1;
})()`;

/** Runs `fn` in `page` with its document; the function travels as source, like any puppeteer function. */
function evaluateWithDocument<A, R>(page: Page, fn: PageFunction<A, R>, arg: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(document, ${JSON.stringify(arg)})`) as Promise<R>;
}

async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // The tab a reader opens is the one in front: the first-run page opened on install would
  // otherwise keep the front, and a background tab runs no animation frames.
  await page.bringToFront();
  return page;
}

/** What both browsers do alike once launched. */
abstract class LaunchedBrowser {
  protected browser!: Browser;

  abstract launch(): Promise<void>;

  openPage(url: string): Promise<Page> {
    return openTab(this.browser, url);
  }

  closed(): Promise<void> {
    return new Promise((resolve) => this.browser.once('disconnected', () => resolve()));
  }

  protected abstract extensionUrl(file: string): string;

  async openExtensionTab(file: string): Promise<Page | null> {
    const url = this.extensionUrl(file);
    for (const page of await this.browser.pages()) {
      // Firefox's driver reports extension pages as about:blank: ask the page where it is.
      const href = await page.evaluate(() => location.href).catch(() => page.url());
      if (href === url) return page;
    }
    return null;
  }

  async restart(): Promise<void> {
    await this.browser.close();
    await this.launch();
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => {});
  }
}

class ChromiumExtension extends LaunchedBrowser implements ExtensionBrowser {
  readonly name = 'chromium';
  private worker!: WebWorker;
  private incognitoLaunches = 0;
  private extensionId = '';

  constructor(
    private readonly extensionDir: string,
    private readonly profileDir: string,
    readonly downloads: string,
    private readonly headless: boolean,
    private readonly locale: string | undefined,
    private readonly allowPrivate = false,
  ) {
    super();
  }

  async launch(): Promise<void> {
    this.browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      headless: this.headless,
      defaultViewport: this.headless ? { width: 1280, height: 900 } : null,
      pipe: true,
      userDataDir: this.profileDir,
      // Allowed in incognito only through the DevTools protocol's own loader, below.
      enableExtensions: this.allowPrivate ? true : [this.extensionDir],
      downloadBehavior: { policy: 'allow', downloadPath: this.downloads },
      timeout: LAUNCH_TIMEOUT,
      // Chromium on Linux takes its UI language from the environment, then from --lang.
      env: this.locale ? { ...process.env, LANGUAGE: this.locale } : process.env,
      args: [
        ...(this.locale ? [`--lang=${this.locale}`] : []),
        '--no-sandbox',
        '--disable-component-update',
        '--disable-background-networking',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    });
    // Loaded this way, Chromium's own component extensions run too: wait for ours by its id.
    let origin = 'chrome-extension://';
    if (this.allowPrivate) origin = `chrome-extension://${await this.loadUnpackedInIncognito()}/`;
    const target = await this.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(origin),
      { timeout: LAUNCH_TIMEOUT },
    );
    this.extensionId = new URL(target.url()).host;
    this.worker = (await target.worker())!;
  }

  /**
   * Loads the extension allowed in incognito, through the DevTools protocol.
   * Chromium sometimes never answers that call on a fresh profile (about one
   * launch in three here); the browser is then started again, twice at most.
   */
  private async loadUnpackedInIncognito(): Promise<string> {
    this.incognitoLaunches++;
    const session = await this.browser.target().createCDPSession();
    const loaded = session.send('Extensions.loadUnpacked', {
      path: this.extensionDir,
      enableInIncognito: true,
    });
    const answer = await Promise.race([
      loaded.then(({ id }) => id),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
    ]);
    if (answer !== null) return answer;
    if (this.incognitoLaunches >= 3) {
      throw new Error('Chromium did not load the extension for incognito');
    }
    loaded.catch(() => {});
    await this.browser.close();
    await this.launch();
    return this.extensionId;
  }

  async openPopup(page: Page): Promise<Popup> {
    await page.bringToFront();
    const popupUrl = `chrome-extension://${this.extensionId}/popup.html`;
    await this.worker.evaluate('chrome.action.openPopup()');
    const target = await this.browser.waitForTarget((t) => t.url() === popupUrl, {
      timeout: 10_000,
    });
    const popup = (await target.asPage())!;
    await eventually(
      () => popup.evaluate(() => document.readyState),
      (state) => state === 'complete',
      'the popup to load',
    );
    return {
      evaluate: (fn, arg) => evaluateWithDocument(popup, fn, arg),
      // A popup closes itself when the page takes focus; closing it twice is no error.
      close: () => popup.close().catch(() => {}),
    };
  }

  protected extensionUrl(file: string): string {
    return `chrome-extension://${this.extensionId}/${file}`;
  }

  async openExtensionPage(file: string): Promise<Page> {
    return openTab(this.browser, this.extensionUrl(file));
  }

  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    return (await this.worker.evaluate(ACTIVE_TAB_ID.replaceAll('API', 'chrome'))) as number;
  }

  async sidePanel(): Promise<Popup | null> {
    const url = this.extensionUrl('sidepanel.html');
    const target = this.browser.targets().find((t) => t.url() === url);
    const panel = target && (await target.asPage());
    if (!panel) return null;
    return {
      evaluate: (fn, arg) => evaluateWithDocument(panel, fn, arg),
      close: () => panel.close().catch(() => {}),
    };
  }

  async openPrivatePage(url: string): Promise<Page> {
    if (!this.allowPrivate) throw new Error('launched without allowPrivate');
    const made = await this.worker.evaluate(
      `chrome.windows.create({ incognito: true, url: ${JSON.stringify(url)} }).then((w) => w.incognito)`,
    );
    if (made !== true) throw new Error('no private window was opened');
    const target = await this.browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
    const page = (await target.asPage())!;
    await eventually(
      () => page.evaluate(() => document.readyState),
      (state) => state === 'complete',
      'the private page to load',
    );
    return page;
  }

  async badgeText(page: Page): Promise<string> {
    await page.bringToFront();
    return (await this.worker.evaluate(ACTIVE_TAB_BADGE.replaceAll('API', 'chrome'))) as string;
  }

  async clearStorage(): Promise<void> {
    try {
      await this.worker.evaluate('chrome.storage.local.clear()');
    } catch {
      // A service worker stopped while idle comes back as a new worker: find ours again.
      const target = await this.browser.waitForTarget(
        (t) =>
          t.type() === 'service_worker' &&
          t.url().startsWith(`chrome-extension://${this.extensionId}/`),
        { timeout: LAUNCH_TIMEOUT },
      );
      this.worker = (await target.worker())!;
      await this.worker.evaluate('chrome.storage.local.clear()');
    }
  }

  async reloadExtension(): Promise<void> {
    const isOurWorker = (t: Target) =>
      t.type() === 'service_worker' &&
      t.url().startsWith(`chrome-extension://${this.extensionId}/`);
    const old = this.browser.targets().find(isOurWorker);
    // Loading the same folder again is Chromium's reload: the extension is replaced in place,
    // as a store update replaces it. (runtime.reload() would unload a CDP-loaded extension for good.)
    await this.browser.installExtension(this.extensionDir);
    const target = await this.browser.waitForTarget((t) => isOurWorker(t) && t !== old, {
      timeout: LAUNCH_TIMEOUT,
    });
    const worker = (await target.worker())!;
    this.worker = worker;
  }
}

class FirefoxExtension extends LaunchedBrowser implements ExtensionBrowser {
  readonly name = 'firefox';
  /** An extension page kept open in a background tab: our window onto the extension's APIs. */
  private helper!: Page;
  private readonly origin = `moz-extension://${FIREFOX_UUID}`;

  constructor(
    private readonly extensionDir: string,
    private readonly profileDir: string,
    readonly downloads: string,
    private readonly locale: string | undefined,
  ) {
    super();
  }

  async launch(): Promise<void> {
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: this.profileDir,
      timeout: LAUNCH_TIMEOUT,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
        // A temporary add-on is uninstalled when Firefox quits; a real install keeps its data.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        'extensions.openPopupWithoutUserGesture.enabled': true,
        'network.dns.forceResolve': '127.0.0.1',
        // Save downloads to our folder without a dialog.
        'browser.download.dir': this.downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        // A language other than English needs its language pack (Debian: firefox-esr-l10n-<lang>).
        ...(this.locale ? { 'intl.locale.requested': this.locale } : {}),
      },
    });
    await this.browser.installExtension(this.extensionDir);
    this.helper = await this.openExtensionPage('options.html');
  }

  async openPopup(page: Page): Promise<Popup> {
    await page.bringToFront();
    const viewsScript = "browser.extension.getViews({ type: 'popup' })";
    await this.helper.evaluate(`${viewsScript}.forEach((view) => view.close())`);
    await this.helper.evaluate('browser.action.openPopup()');
    await eventually(
      () =>
        this.helper.evaluate(`${viewsScript}.some((v) => v.document.readyState === 'complete')`),
      (loaded) => loaded === true,
      'the popup to load',
    );
    const evaluate = <A, R>(fn: PageFunction<A, R>, arg: A) =>
      this.helper.evaluate(
        `(async () => {
          const [view] = ${viewsScript};
          if (!view) throw new Error('The popup is closed');
          return (${fn.toString()})(view.document, ${JSON.stringify(arg)});
        })()`,
      ) as Promise<R>;
    return {
      evaluate,
      close: async () => {
        await this.helper.evaluate(`${viewsScript}.forEach((view) => view.close())`);
      },
    };
  }

  protected extensionUrl(file: string): string {
    return `${this.origin}/${file}`;
  }

  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    return (await this.helper.evaluate(ACTIVE_TAB_ID.replaceAll('API', 'browser'))) as number;
  }

  async sidePanel(): Promise<Popup | null> {
    const viewsScript = "browser.extension.getViews({ type: 'sidebar' })";
    const open = await this.helper.evaluate(`${viewsScript}.length > 0`);
    if (!open) return null;
    return {
      evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
        this.helper.evaluate(
          `(async () => {
            const [view] = ${viewsScript};
            if (!view) throw new Error('The sidebar is closed');
            return (${fn.toString()})(view.document, ${JSON.stringify(arg)});
          })()`,
        ) as Promise<R>,
      close: () => this.helper.evaluate('browser.sidebarAction.close()').then(() => {}),
    };
  }

  /** Extension pages never fire `load` for the driver: navigate without waiting, then poll. */
  async openExtensionPage(file: string): Promise<Page> {
    const url = this.extensionUrl(file);
    const page = await this.browser.newPage();
    page.goto(url).catch(() => {});
    await eventually(
      () =>
        page.evaluate(
          (expected) => location.href === expected && document.readyState === 'complete',
          url,
        ),
      (loaded) => loaded,
      `${file} to load`,
    );
    return page;
  }

  async openPrivatePage(): Promise<Page> {
    throw new Error('Firefox private windows cannot be driven here');
  }

  async badgeText(page: Page): Promise<string> {
    await page.bringToFront();
    return (await this.helper.evaluate(ACTIVE_TAB_BADGE.replaceAll('API', 'browser'))) as string;
  }

  async clearStorage(): Promise<void> {
    await this.helper.evaluate('browser.storage.local.clear()');
  }

  async reloadExtension(): Promise<void> {
    // The helper page closes with the old extension: its answer may never come.
    await this.helper.evaluate('browser.runtime.reload()').catch(() => {});
    await this.helper.close().catch(() => {});
    this.helper = await this.openExtensionPage('options.html');
  }
}

/**
 * Starts `name` with the built extension from `distDir` on a fresh profile.
 * Firefox always runs headless here; Chromium can show its window (the demo).
 * `locale` ("ko") starts the browser in that UI language.
 */
export async function launchWithExtension(
  name: BrowserName,
  distDir: string,
  {
    headless = true,
    locale,
    allowPrivate = false,
  }: { headless?: boolean; locale?: string; allowPrivate?: boolean } = {},
): Promise<ExtensionBrowser & { dispose(): Promise<void> }> {
  const profileDir = await mkdtemp(path.join(tmpdir(), `backstory-${name}-`));
  const downloads = await mkdtemp(path.join(tmpdir(), `backstory-${name}-downloads-`));
  const extensionDir = path.resolve(distDir, name === 'chromium' ? 'chrome' : 'firefox');
  const instance =
    name === 'chromium'
      ? new ChromiumExtension(extensionDir, profileDir, downloads, headless, locale, allowPrivate)
      : new FirefoxExtension(extensionDir, profileDir, downloads, locale);
  await instance.launch();
  return Object.assign(instance, {
    async dispose() {
      await instance.close();
      await rm(profileDir, { recursive: true, force: true });
      await rm(downloads, { recursive: true, force: true });
    },
  });
}
