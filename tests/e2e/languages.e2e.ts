/**
 * Backstory in Korean, as a reader whose browser is in Korean meets it. The
 * browser needs its Korean language files (Debian: chromium-l10n and
 * firefox-esr-l10n-ko); without them it stays in English and this fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './harness/browsers.ts';
import { inPage, paintedHighlights } from './harness/page-probes.ts';
import { readPopup } from './harness/popup-probes.ts';
import { saveScreen } from './harness/screens.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { eventually } from './harness/wait.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const ARTICLE = 'north-korea-rejects-dialogue.html';

describe.each(BROWSERS)('Korean in %s', (name) => {
  let server: PageServer;
  let browser: ExtensionBrowser & { dispose(): Promise<void> };

  beforeAll(async () => {
    server = await servePages('tests/fixtures/pages');
    browser = await launchWithExtension(name, 'dist', { locale: 'ko' });
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  it('shows the options page in Korean', async () => {
    const page = await browser.openExtensionPage('options.html');
    const view = await eventually(
      () =>
        inPage(
          page,
          (doc) => ({
            lang: doc.documentElement.lang,
            title: doc.title,
            headings: [...doc.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
            switches: [...doc.querySelectorAll('label.switch')].map((l) => l.textContent ?? ''),
            buttons: [...doc.querySelectorAll('.refset button')].map((b) => b.textContent ?? ''),
          }),
          null,
        ),
      (v) => v.switches.length > 1 && v.buttons.length > 0,
      'the options page with its sets',
    );
    expect(view.lang).toMatch(/^ko/);
    expect(view.title).toBe('Backstory 설정');
    expect(view.headings).toEqual([
      'Backstory가 작동하는 곳',
      '표시',
      '숨기거나 신고한 메모',
      '참고 자료 세트',
      '내가 읽은 기사',
      '개인정보',
    ]);
    expect(view.switches).toContain('모든 사이트에서 사용');
    expect(view.switches).toContain('비교에 사용');
    expect(view.buttons).toContain('내보내기');
    await saveScreen(page, name, 'options-korean', { fullPage: true });
    await page.close();
  });

  it('says in Korean what the popup found on an article', async () => {
    const article = await browser.openPage(server.url(ARTICLE));
    await eventually(
      () => paintedHighlights(article),
      (m) => m.length > 0,
      'highlights',
    );
    const popup = await browser.openPopup(article);
    const view = await eventually(
      () => readPopup(popup),
      (v) => v.findings.length > 0,
      'the popup',
    );
    const [, quotes] = view.summary.match(/^이 페이지에서 인용 (\d+)개.*찾았습니다\.$/) ?? [];
    expect(Number(quotes)).toBeGreaterThan(0);
    expect(Number(quotes)).toBeLessThanOrEqual(view.findings.length);
    expect(view.switches.map((s) => s.label)).toEqual([
      '모든 사이트에서 사용',
      '127.0.0.1에서 사용',
    ]);
    const footer = await popup.evaluate(
      (doc) => doc.querySelector('.popup-footer')?.textContent ?? '',
      null,
    );
    expect(footer).toContain('설정');
    expect(footer).toContain('아무것도 브라우저 밖으로 보내지 않습니다.');
    await popup.close();

    // The side panel's page for the same tab, in Korean, for a reviewer to see.
    const panel = await browser.openExtensionPage(
      `sidepanel.html?tab=${await browser.tabIdOf(article)}`,
    );
    await panel.setViewport({ width: 400, height: 900 });
    const panelView = await eventually(
      () =>
        inPage(
          panel,
          (doc) => ({
            heading: doc.querySelector('h1')?.textContent ?? '',
            summary: doc.querySelector('.summary')?.textContent ?? '',
            filter: doc.querySelector('.panel-filter')?.textContent ?? '',
          }),
          null,
        ),
      (v) => v.filter !== '',
      'the side panel',
    );
    expect(panelView).toEqual({
      heading: '이 페이지에서 찾은 것',
      summary: view.summary,
      filter: '노트가 있는 것만 보기',
    });
    await saveScreen(panel, name, 'side-panel-korean');
    await panel.close();
    await article.close();
  });
});
