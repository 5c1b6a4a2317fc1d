// Writes the end-to-end test pages, tests/fixtures/pages/*.html, from the seed
// articles in data/seeds/: each seed's text inside the markup of a real news
// site (header, navigation, a sidebar of related links, a footer), with page
// chrome that carries quotation marks of its own, so a test can tell article
// highlights from chrome highlights. The pages are committed; rerun this after
// changing it:  node scripts/build-test-pages.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(root, 'tests/fixtures/pages');

/** Fixture-only metadata: the seeds carry none, so these dates are test data, not facts. */
const PAGES = [
  {
    slug: 'north-korea-rejects-dialogue',
    title: 'North Korea Rejects Dialogue With Washington and Seoul',
    published: '2024-02-14T09:30:00Z',
    byline: 'Staff Reporter',
  },
  {
    slug: 'inter-korean-talks-collapse',
    title: 'Talks Between the Two Koreas Collapse',
    published: '2024-03-02T07:00:00Z',
    byline: 'Seoul Bureau',
  },
  {
    slug: 'kim-jong-un-signals-openness',
    published: '2024-05-20T12:00:00Z',
    byline: 'Staff Report',
    // Lines the seed scraped from the source page's furniture go back to furniture.
    furniture: {
      'Photo: KCNA via AFP': 'caption',
      'Official Partner': 'ad',
      'author avatar': 'drop',
      'Staff Report': 'drop',
      'Keep Up to Date with the Most Important News': 'newsletter',
      'By pressing the Subscribe button, you confirm that you have read and are agreeing to our Privacy Policy and Terms of Use':
        'newsletter',
    },
  },
  {
    slug: 'vice-foreign-minister-in-new-york',
    title: 'North Korean Vice-Minister in New York Stirs Talk of Diplomacy',
    published: '2025-09-29T08:00:00Z',
    byline: 'Newsdesk',
    furniture: {
      'Go deeper': 'related',
      'Common question': 'related',
      '-': 'drop',
      "What Does North Korea's Nuclear Arsenal Mean for the US and South Korea?": 'related',
      "North Korea's recent signals of diplomatic engagement have sparked global interest and concern. With its expanding nuclear arsenal and missile capabilities, many are asking what this means for regional security and international diplomacy. In this page, we explore North Korea's nuclear strength, its missile technology, and how the US and South Korea are responding to these developments. Find out what the future might hold for peace and stability in East Asia.":
        'related',
      'More on these topics': 'related',
      'South Korea, officially the Republic of Korea, is a country in East Asia, constituting the southern part of the Korean Peninsula and sharing a land border with North Korea.':
        'related',
    },
  },
  {
    slug: 'washington-engagement-our-policy',
    published: '2024-01-10T15:45:00Z',
    byline: 'Wire Staff',
    furniture: {
      'Leave a Reply': 'comments',
      'Your email address will not be published. Required fields are marked *': 'comments',
    },
  },
];

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Seed lines that read as section headings: short, no sentence punctuation at the end. */
const isHeading = (line) =>
  (line.length < 60 && !/[.!?:”"]$/.test(line) && !/^[•-]/.test(line)) ||
  (line.length < 30 && line.endsWith('?'));

/**
 * Wraps a few words in links and emphasis, as news sites do, so that quotes
 * run across element boundaries. Deterministic: the same words every build.
 */
function decorate(html) {
  return html
    .replace(/\b(Korean Central News Agency)\b/, '<a href="/topics/kcna">$1</a>')
    .replace(/\b(sharpening their knives)\b/, '<em>$1</em>')
    .replace(/\b(Institute for Security Strategy)\b/, '<a href="/experts/inss">$1</a>')
    .replace(/\b(mutual respect)\b/, '<strong>$1</strong>')
    .replace(/\b(discussions only occurred)\b/, '<a href="/topics/talks">$1</a>');
}

/** Splits the seed into article lines and the furniture lines, grouped by where they go. */
function sortLines(text, furniture = {}) {
  const article = [];
  const elsewhere = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const place = furniture[line];
    if (!place) article.push(line);
    else if (place !== 'drop') elsewhere[place] = [...(elsewhere[place] ?? []), line];
  }
  return { article, elsewhere };
}

function articleBody(lines, elsewhere) {
  const blocks = [];
  if (elsewhere.caption) {
    blocks.push(
      `<figure><img src="/img/lead.jpg" alt="" width="640" height="360"><figcaption>${escapeHtml(elsewhere.caption.join(' '))}</figcaption></figure>`,
    );
  }
  let list = [];
  const flushList = () => {
    if (list.length)
      blocks.push(`<ul>\n${list.map((item) => `  <li>${item}</li>`).join('\n')}\n</ul>`);
    list = [];
  };
  for (const line of lines) {
    if (!line) continue;
    const html = decorate(escapeHtml(line));
    if (line.startsWith('•')) {
      list.push(html.replace(/^•\s*/, ''));
      continue;
    }
    flushList();
    blocks.push(isHeading(line) ? `<h2>${html}</h2>` : `<p>${html}</p>`);
    // The ad slot sits where the source page had it, mid-article.
    if (blocks.length === 4 && elsewhere.ad)
      blocks.push(`<div class="ad-slot">${escapeHtml(elsewhere.ad[0])}</div>`);
  }
  flushList();
  return blocks.join('\n');
}

function furnitureBlocks(elsewhere) {
  const blocks = [];
  if (elsewhere.related) {
    blocks.push(
      `<section class="related">${elsewhere.related.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>`,
    );
  }
  if (elsewhere.newsletter) {
    const [heading, ...rest] = elsewhere.newsletter;
    blocks.push(
      `<section class="newsletter"><h3>${escapeHtml(heading)}</h3><form><input type="email" placeholder="Email"><button type="button">Subscribe</button></form>${rest.map((l) => `<p class="fine-print">${escapeHtml(l)}</p>`).join('')}</section>`,
    );
  }
  if (elsewhere.comments) {
    const [heading, ...rest] = elsewhere.comments;
    blocks.push(
      `<section class="comments"><h3>${escapeHtml(heading)}</h3>${rest.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<textarea></textarea></section>`,
    );
  }
  return blocks.join('\n');
}

/** The article element of a seed, and the furniture lines that belong around it. */
function story({ slug, title, published, byline, furniture }, seed) {
  const { article, elsewhere } = sortLines(seed, furniture);
  const lines = title ? article : article.slice(1);
  const headline = title ?? article[0];
  const html = `<article class="story" data-slug="${slug}">
<h1>${escapeHtml(headline)}</h1>
<p class="byline">By <span class="author">${escapeHtml(byline)}</span> · <time datetime="${published}">${published.slice(0, 10)}</time></p>
<div class="story-body">
${articleBody(lines, elsewhere)}
</div>
</article>`;
  return { headline, html, furniture: furnitureBlocks(elsewhere) };
}

function page(spec, seed) {
  const { published, byline } = spec;
  const { headline, html, furniture } = story(spec, seed);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: published,
    author: { '@type': 'Person', name: byline },
    publisher: { '@type': 'Organization', name: 'The Peninsula Ledger' },
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | The Peninsula Ledger</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Peninsula Ledger">
<meta property="article:published_time" content="${published}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Peninsula Ledger</a>
  <nav class="main-nav">
    <a href="/world">World</a> <a href="/asia">Asia</a> <a href="/politics">Politics</a>
    <a href="/opinion">Opinion</a>
    <a class="breaking" href="/live">Live: “We will respond in kind,” says defence ministry spokesperson</a>
  </nav>
</header>
<div class="layout">
<main>
${html}
${furniture}
</main>
<aside class="sidebar">
  <h3>Most read</h3>
  <ul>
    <li><a href="/a/1">“Nothing is off the table,” minister tells parliament in heated session</a></li>
    <li><a href="/a/2">Analysts say the “window for talks is closing fast” as drills resume</a></li>
    <li><a href="/a/3">Markets steady after central bank holds rates</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <p>“Journalism you can trust, every single day of the year.” © The Peninsula Ledger</p>
  <a href="/privacy">Privacy</a> <a href="/terms">Terms</a>
</footer>
</body>
</html>
`;
}

/** A section front: links and teasers, no article. Backstory must leave it alone. */
function sectionFront() {
  const teasers = PAGES.map(
    (p) =>
      `<li><a href="/${p.slug}.html">${escapeHtml(p.title ?? p.slug)}</a> <p>“A short teaser quote from the story,” the caption says.</p></li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Asia | The Peninsula Ledger</title></head>
<body>
<header><a href="/">The Peninsula Ledger</a><nav><a href="/world">World</a> <a href="/asia">Asia</a></nav></header>
<main><h1>Asia</h1><ul class="teasers">
${teasers}
</ul></main>
<footer>© The Peninsula Ledger</footer>
</body>
</html>
`;
}

/** The head of the client-rendered pages: an article by its metadata, whatever the body holds. */
function appHead(headline) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | The Peninsula Ledger</title>
<meta property="og:type" content="article">
<link rel="stylesheet" href="/site.css">
</head>`;
}

/**
 * A single-page news site: "Next story" swaps the article in place and
 * pushes a new address, with no page load, as many sites' client routers do.
 * With `renderDelayMs`, the address changes first and the story renders that
 * much later, as a site that fetches it does.
 */
function singlePageSite(first, second, { renderDelayMs = 0 } = {}) {
  const one = story(first.spec, first.seed);
  const two = story(second.spec, second.seed);
  const render = `const next = document.getElementById('story-2').content.cloneNode(true);
  document.getElementById('app').replaceChildren(next);`;
  const retitle = `document.title = document.querySelector('#app h1').textContent + ' | The Peninsula Ledger';`;
  const push = `history.pushState({}, '', '?story=2');`;
  const onClick = renderDelayMs
    ? `${push}
  document.getElementById('app').innerHTML = '<p class="loading">Loading…</p>';
  setTimeout(() => {
    ${render}
    ${retitle}
  }, ${renderDelayMs});`
    : `${render}
  ${push}
  ${retitle}`;
  return `${appHead(one.headline)}
<body>
<header class="site-header"><a class="logo" href="/">The Peninsula Ledger</a>
<nav class="main-nav"><a id="next-story" href="?story=2">Next story</a></nav></header>
<div class="layout"><main id="app">
${one.html}
</main></div>
<template id="story-2">${two.html}</template>
<script>
document.getElementById('next-story').addEventListener('click', (event) => {
  event.preventDefault();
  ${onClick}
});
</script>
</body>
</html>
`;
}

/** An article page whose story arrives `delayMs` after load, as a client-rendered site's does. */
function lateArticle(first, delayMs) {
  const one = story(first.spec, first.seed);
  return `${appHead(one.headline)}
<body>
<header class="site-header"><a class="logo" href="/">The Peninsula Ledger</a></header>
<div class="layout"><main id="app"><p class="loading">Loading…</p></main></div>
<template id="story">${one.html}</template>
<script>
setTimeout(() => {
  document.getElementById('app').replaceChildren(document.getElementById('story').content.cloneNode(true));
}, ${delayMs});
</script>
</body>
</html>
`;
}

await mkdir(outDir, { recursive: true });
for (const spec of PAGES) {
  const seed = await readFile(path.join(root, 'data/seeds', `${spec.slug}.txt`), 'utf8');
  await writeFile(path.join(outDir, `${spec.slug}.html`), page(spec, seed));
}
await writeFile(path.join(outDir, 'section-front.html'), sectionFront());
const seedOf = async (slug) => ({
  spec: PAGES.find((p) => p.slug === slug),
  seed: await readFile(path.join(root, 'data/seeds', `${slug}.txt`), 'utf8'),
});
await writeFile(
  path.join(outDir, 'single-page-site.html'),
  singlePageSite(
    await seedOf('north-korea-rejects-dialogue'),
    await seedOf('inter-korean-talks-collapse'),
  ),
);
await writeFile(
  path.join(outDir, 'late-single-page-site.html'),
  singlePageSite(
    await seedOf('north-korea-rejects-dialogue'),
    await seedOf('inter-korean-talks-collapse'),
    { renderDelayMs: 2000 },
  ),
);
await writeFile(
  path.join(outDir, 'late-article.html'),
  lateArticle(await seedOf('north-korea-rejects-dialogue'), 1500),
);
console.log(`Wrote ${PAGES.length + 4} pages to ${path.relative(root, outDir)}/`);
