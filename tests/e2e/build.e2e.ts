import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

// Runs after `node build.mjs` (npm run test:e2e builds first): checks what would ship.
const dist = path.resolve('dist');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(folder, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const manifestOf = (browser: string) =>
  JSON.parse(readFileSync(path.join(dist, browser, 'manifest.json'), 'utf8'));

describe('the build', () => {
  it('writes a Chrome manifest with a service worker and a Firefox one with background scripts and a gecko id', () => {
    const chrome = manifestOf('chrome');
    const firefox = manifestOf('firefox');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toBe('backstory@backstory.invalid');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    for (const manifest of [chrome, firefox]) {
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.version).toBe(version);
    }
    // The side panel: Chrome's needs a permission, Firefox's sidebar does not.
    expect(chrome.permissions).toEqual(['storage', 'unlimitedStorage', 'sidePanel']);
    expect(firefox.permissions).toEqual(['storage', 'unlimitedStorage']);
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.side_panel).toBeUndefined();
  });

  it('ships every file the manifests name, and icons at every size', () => {
    for (const browser of ['chrome', 'firefox']) {
      const files = new Set(filesUnder(path.join(dist, browser)));
      const manifest = manifestOf(browser);
      const named = [
        ...Object.values(manifest.icons as Record<string, string>),
        manifest.action.default_popup,
        manifest.options_ui.page,
        manifest.side_panel?.default_path ?? manifest.sidebar_action.default_panel,
        // Opened by the background on install, and from the first-run page.
        'firstrun.html',
        'demo.html',
        // No content style sheet: one in every page would let any page detect Backstory.
        ...manifest.content_scripts.flatMap((c: { js: string[]; css?: string[] }) => [
          ...c.js,
          ...(c.css ?? []),
        ]),
      ];
      for (const file of named) expect(files, `${browser}: ${file}`).toContain(file);
      for (const size of [16, 32, 48, 128]) {
        const png = readFileSync(path.join(dist, browser, `icons/icon-${size}.png`));
        // PNG width is a big-endian integer at byte 16 of the IHDR chunk.
        expect(png.readUInt32BE(16)).toBe(size);
      }
    }
  });

  it('ships the import worker and the bundled reference set, not the curated file it is built from', () => {
    const bundled = readFileSync('data/refsets/bundled.json', 'utf8');
    for (const browser of ['chrome', 'firefox']) {
      const files = filesUnder(path.join(dist, browser));
      expect(files).toContain('import-worker.js');
      expect(files.filter((file) => file.endsWith('.json')).sort()).toEqual([
        '_locales/en/messages.json',
        '_locales/ko/messages.json',
        'manifest.json',
        'refsets/bundled.json',
      ]);
      expect(readFileSync(path.join(dist, browser, 'refsets/bundled.json'), 'utf8')).toBe(bundled);
    }
  });

  it('leaves source maps out of the production build', () => {
    for (const browser of ['chrome', 'firefox']) {
      for (const file of filesUnder(path.join(dist, browser)).filter((f) => f.endsWith('.js'))) {
        expect(readFileSync(path.join(dist, browser, file), 'utf8'), file).not.toContain(
          'sourceMappingURL',
        );
      }
    }
  });

  it('packs each browser folder into a store zip, file for file', () => {
    for (const browser of ['chrome', 'firefox']) {
      const zip = unzipSync(readFileSync(path.join(dist, `backstory-${browser}-${version}.zip`)));
      expect(Object.keys(zip).sort()).toEqual(filesUnder(path.join(dist, browser)).sort());
      expect(Buffer.from(zip['manifest.json']!).toString('utf8')).toBe(
        readFileSync(path.join(dist, browser, 'manifest.json'), 'utf8'),
      );
    }
  });
});
