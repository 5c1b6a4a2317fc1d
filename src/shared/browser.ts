/**
 * The only module that imports webextension-polyfill: everything else takes
 * the browser API from here, so the seam is one file if we ever drop it or
 * need a fake. In Firefox the polyfill hands back the native `browser`.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export default browser;
