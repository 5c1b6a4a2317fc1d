/**
 * Generated news-like HTML documents for fuzzing the whole `annotate` path:
 * odd doctypes, broken and deep markup, scripts and templates, JSON-LD that
 * is not JSON, and text full of quote marks, cues, names, entities, bidi and
 * control characters, lone surrogates and very long runs. Deterministic for
 * a seed, so a failure is reproduced by its seed and index alone.
 */

/** mulberry32: small, fast, and the same on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOCTYPES = [
  '<!doctype html>',
  '',
  '<!doctype>',
  '<!doctype html\u2039>',
  '<!doctype\u00a0html>',
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
  '<!doctype html5 garbage "x>',
  '<!doctype \u0000>',
  '<!-- no doctype -->',
];
const WORDS = [
  'the',
  'minister',
  'said',
  'told',
  'reporters',
  'according',
  'to',
  'officials',
  'added',
  'Kim',
  'Yo-jong',
  'Ahmed',
  'Khan',
  'Dr.',
  'Ji-Hoon',
  'Nam',
  'U.S.',
  'talks',
  'will',
  'never',
  'resume',
  'warned',
  'in',
  'a',
  'statement',
  'on',
  'Tuesday',
  'that',
  'we',
  'ليلى',
  'نوري',
  '金与正',
  'Ünïcödé',
  '🙂',
  'AT&T',
  "don't",
  'Kim’s',
  '—',
  '–',
  '…',
];
const MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '「', '」', '‹', '›', '″'];
const ODD = [
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200f',
  '\u061c',
  '\u0000',
  '\u0007',
  '\u0090',
  '\u009b',
  '\u007f',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\r',
  '\t',
  '\u200b',
];
const ENTITIES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&#x202e;',
  '&#0;',
  '&nbsp;',
  '&#xD800;',
  '&bogus;',
  '&#99999999;',
];
const BLOCKS = [
  'p',
  'div',
  'article',
  'section',
  'blockquote',
  'h1',
  'h2',
  'figure',
  'figcaption',
  'li',
  'td',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
];
const INLINE = ['span', 'a', 'b', 'i', 'em', 'q', 'cite', 'time', 'abbr', 'sup', 'small'];
const VOID = ['br', 'img', 'hr', 'wbr', 'input'];
const RAW = [
  '<script>document.write("<p>“x”</p>")</script>',
  '<style>p{color:red}</style>',
  '<template><p>“Hidden,” said nobody.</p></template>',
  '<svg><text>“svg,” said Kim.</text><foreignObject><p>x</p></foreignObject></svg>',
  '<math><mi>x</mi></math>',
  '<noscript><p>“No script,” he said.</p></noscript>',
  '<iframe srcdoc="<p>x</p>"></iframe>',
  '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"A',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-02-30"}</script>',
  '<![CDATA[ x ]]>',
  '<!-- “comment,” said -->',
  '<plaintext>',
];

export function generateDocument(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const text = (length: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const roll = next();
      if (roll < 0.7) parts.push(pick(WORDS));
      else if (roll < 0.82) parts.push(pick(MARKS));
      else if (roll < 0.9) parts.push(pick(ODD));
      else if (roll < 0.95) parts.push(pick(ENTITIES));
      else if (roll < 0.98) parts.push(pick([',', '.', '?', '!', ':', ';']));
      else parts.push(pick(WORDS).repeat(1 + Math.floor(next() * 60)));
    }
    return parts.join(chance(0.1) ? '' : ' ');
  };
  const attributes = () =>
    [
      chance(0.2) ? ` class="${pick(['story', 'byline', 'related', 'ad', 'caption'])}"` : '',
      chance(0.1) ? ` dir="${pick(['rtl', 'ltr', 'auto'])}"` : '',
      chance(0.05) ? ' hidden' : '',
      chance(0.05) ? ` lang="${pick(['ar', 'ko', 'en', 'x'])}"` : '',
      chance(0.03) ? ` data-x='${text(2)}'` : '',
    ].join('');
  const node = (depth: number): string => {
    const roll = next();
    if (depth > 3 || roll < 0.3) return text(1 + Math.floor(next() * 25));
    if (roll < 0.36) return pick(RAW);
    if (roll < 0.42) return `<${pick(VOID)}${attributes()}>`;
    const tag = roll < 0.75 ? pick(BLOCKS) : pick(INLINE);
    const children = Array.from({ length: 1 + Math.floor(next() * 4) }, () => node(depth + 1));
    // Some elements are never closed, or closed out of order.
    const close = chance(0.85) ? `</${tag}>` : chance(0.5) ? `</${pick(BLOCKS)}>` : '';
    return `<${tag}${attributes()}>${children.join('')}${close}`;
  };
  const head = [
    chance(0.8) ? `<title>${text(6)}</title>` : '',
    chance(0.6) ? '<meta property="og:type" content="article">' : '',
    chance(0.3) ? `<meta name="author" content="${text(2)}">` : '',
    chance(0.2)
      ? `<meta property="article:published_time" content="${pick(['2024-02-14T09:30:00Z', 'yesterday', '2024-13-45', ''])}">`
      : '',
    chance(0.2) ? pick(RAW) : '',
  ].join('');
  const body = Array.from({ length: 1 + Math.floor(next() * 10) }, () => node(0)).join('\n');
  if (chance(0.03)) return pick(['', ' ', '\u0000', '<', '<html', pick(DOCTYPES)]);
  return `${pick(DOCTYPES)}\n<html${attributes()}><head>${head}</head><body${attributes()}>${body}</body></html>`;
}
