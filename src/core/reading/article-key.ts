/**
 * What makes two visits the same article: the address without tracking
 * parameters or fragment, or the same text. Both are checked, so a story
 * reached from a newsletter link and from the front page is recorded once,
 * and so is a syndicated copy under another address.
 */
import { hash53 } from '../refset/speakers.ts';

/** Query parameters that say how a reader arrived, never which article it is. */
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|ref|ref_src|referrer|src|source|share|s_cid|ncid|guccounter|_ga|_gl|at_medium|at_campaign|at_custom\d*)$/i;

const ADDRESS = /^(https?):\/\/([^/?#\s]+)([^?#\s]*)(?:\?([^#\s]*))?(?:#.*)?$/i;

/**
 * The article's address as recorded: http(s) only, scheme and host
 * lower-cased, no fragment, no tracking parameters, the remaining parameters
 * sorted. Null for anything that is not a web address. (The core has no
 * `URL`: it runs where the DOM's types are not declared.)
 */
export function canonicalUrl(address: string): string | null {
  const parts = ADDRESS.exec(address.trim());
  if (!parts) return null;
  const [, scheme, host, path, query] = parts;
  const kept = (query ?? '')
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(decodeName(pair)))
    .sort();
  return `${scheme!.toLowerCase()}://${host!.toLowerCase()}${path || '/'}${kept.length ? `?${kept.join('&')}` : ''}`;
}

/** The site key of a canonical address: its host without "www.". */
export function siteOf(url: string): string {
  return hostOf(url).replace(/^www\./, '');
}

/** The host name of an address, without user name or port: what per-site choices are keyed by. */
export function hostOf(url: string): string {
  const authority = ADDRESS.exec(url)?.[2]?.toLowerCase() ?? '';
  return authority.replace(/^.*@/, '').replace(/:\d*$/, '');
}

function decodeName(pair: string): string {
  const name = pair.split('=')[0]!;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The article's identity from its text: whitespace and case do not count,
 * so the same story re-rendered by another template keeps its id.
 */
export function articleIdOf(text: string): string {
  return `r${hash53(text.replace(/\s+/g, ' ').trim().toLowerCase())}`;
}
