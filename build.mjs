// Builds Backstory: dist/chrome and dist/firefox (unpacked extensions), one
// store zip per browser, and dist/cli (the `backstory` command).
//
//   node build.mjs           production build (no source maps)
//   node build.mjs --dev     development build (inline source maps)
//   node build.mjs --watch   development build, rebuilt on change
//   node build.mjs --cli     only the command line (for core work)
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const ICON_SIZES = [16, 32, 48, 128];

/** Chrome's side panel and Firefox's sidebar show the same page. */
const SIDE_PANEL = 'sidepanel.html';

/** Per-browser differences, applied to the one manifest template. */
const BROWSERS = {
  chrome: (manifest) => ({
    ...manifest,
    background: { service_worker: 'background.js' },
    minimum_chrome_version: '120',
    permissions: [...manifest.permissions, 'sidePanel'],
    side_panel: { default_path: SIDE_PANEL },
  }),
  firefox: (manifest) => ({
    ...manifest,
    background: { scripts: ['background.js'] },
    sidebar_action: {
      default_panel: SIDE_PANEL,
      default_title: '__MSG_panel_pageTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
      // Opened from the popup or the View menu, not on its own at install.
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        strict_min_version: '142.0',
        // Backstory collects nothing: no page text, no usage, ever leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
};

const entryPoints = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  'import-worker': 'src/options/refsets/import-worker.ts',
  firstrun: 'src/firstrun/index.tsx',
  sidepanel: 'src/sidepanel/index.tsx',
};

/** Static files copied as they are into each browser build. */
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.css', 'options.css'],
  ['src/ui/theme.css', 'theme.css'],
  ['src/options/options.html', 'options.html'],
  ['src/firstrun/firstrun.html', 'firstrun.html'],
  ['src/firstrun/firstrun.css', 'firstrun.css'],
  // The demo article's stylesheet; writeDemo makes the page itself.
  ['tests/fixtures/pages/site.css', 'demo.css'],
  ['src/sidepanel/sidepanel.html', 'sidepanel.html'],
  ['src/sidepanel/sidepanel.css', 'sidepanel.css'],
  // The background stores it on install and update; curated.json is only the build's input.
  ['data/refsets/bundled.json', 'refsets/bundled.json'],
];

function browserBuildOptions(browser) {
  return {
    entryPoints,
    outdir: path.join(dist, browser),
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

const cliBuildOptions = {
  entryPoints: { backstory: 'src/cli/backstory.ts' },
  outdir: path.join(dist, 'cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsdom loads files relative to itself at run time, so it stays a package.
  external: ['jsdom'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  sourcemap: dev ? 'inline' : false,
  logLevel: 'warning',
};

async function renderIcons(outDir) {
  const svg = await readFile(path.join(root, 'icons/backstory.svg'));
  await mkdir(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    await writeFile(path.join(outDir, `icon-${size}.png`), png);
  }
}

/**
 * The demo article the first-run page opens: the seed-built news page the
 * end-to-end tests read (scripts/build-test-pages.mjs), packaged as an
 * extension page. No content script reaches extension pages, so the page
 * loads Backstory's own content script itself.
 */
async function writeDemo(outDir) {
  const article = await readFile(
    path.join(root, 'tests/fixtures/pages/north-korea-rejects-dialogue.html'),
    'utf8',
  );
  const demo = article
    .replace('href="/site.css"', 'href="demo.css"')
    .replace('</body>', '<script src="content.js"></script>\n</body>');
  if (!demo.includes('demo.css') || !demo.includes('content.js')) {
    throw new Error('The demo article no longer has the stylesheet link or the body it expects');
  }
  await writeFile(path.join(outDir, 'demo.html'), demo);
}

async function writeStatic(browser) {
  const outDir = path.join(dist, browser);
  const template = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const manifest = BROWSERS[browser]({ ...template, version: pkg.version });
  await writeFile(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [from, to] of STATIC_FILES) {
    await mkdir(path.dirname(path.join(outDir, to)), { recursive: true });
    await cp(path.join(root, from), path.join(outDir, to));
  }
  await cp(path.join(root, 'src/_locales'), path.join(outDir, '_locales'), { recursive: true });
  await writeDemo(outDir);
  await renderIcons(path.join(outDir, 'icons'));
}

/** Store zips hold the unpacked folder's files at the archive root. */
async function zipFolder(folder, zipPath) {
  const files = {};
  async function add(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await add(full);
      else files[path.relative(folder, full).split(path.sep).join('/')] = await readFile(full);
    }
  }
  await add(folder);
  // A fixed date keeps the zip byte-identical between builds of the same sources.
  await writeFile(zipPath, zipSync(files, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }));
}

async function buildAll() {
  await rm(dist, { recursive: true, force: true });
  for (const browser of Object.keys(BROWSERS)) {
    await esbuild.build(browserBuildOptions(browser));
    await writeStatic(browser);
    if (!dev) {
      await zipFolder(
        path.join(dist, browser),
        path.join(dist, `backstory-${browser}-${pkg.version}.zip`),
      );
    }
  }
  await esbuild.build(cliBuildOptions);
}

if (watch) {
  await buildAll();
  for (const browser of Object.keys(BROWSERS)) {
    const ctx = await esbuild.context(browserBuildOptions(browser));
    await ctx.watch();
  }
  await (await esbuild.context(cliBuildOptions)).watch();
  console.log('Watching src/ (static files and the manifest are copied on start only).');
} else if (args.has('--cli')) {
  await esbuild.build(cliBuildOptions);
} else {
  await buildAll();
  console.log(
    `Built ${Object.keys(BROWSERS)
      .map((b) => `dist/${b}`)
      .join(', ')} and dist/cli${dev ? ' (development)' : ''}.`,
  );
}
