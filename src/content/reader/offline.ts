// Names and rules shared by the service worker and the page, so "save for offline" fills the
// cache the service worker reads from, and both agree on which build a cached file belongs to.

import { DATA_ROOT, dataFolder } from '../contracts.ts';

/** Cache of pages the reader opened. */
export const PAGE_CACHE = 'pages';
/** The cache holding which build the kept pages were last brought up to (one entry). */
export const PAGES_BUILD_CACHE = 'pages-build';
/**
 * Cache of the build's data files as they are used: list chunks, search files and articles
 * (all of them after "save for offline"). Their folder is named after the build's content
 * hash, so a file in it never changes, and a new build's files sit beside the old ones.
 */
export const DATA_CACHE = 'archive-data';
/** The cache of the articles' images a reader has seen (assets/img/, named by content hash). */
export const IMAGE_CACHE = 'archive-images';
/** The cache of article files before data files were cached as used (emptied into DATA_CACHE). */
export const LEGACY_ARTICLE_CACHE = 'articles';
/** Archives whose article files add up to less than this can be saved whole. */
export const SAVE_ALL_LIMIT = 20 * 1024 * 1024;
/** The message a page sends its service worker to bring what is kept offline up to the current build. */
export const REFRESH_OFFLINE = 'REFRESH_OFFLINE';

// As written in the precache manifest (`data/<hash>/…`) and in a full address.
const DATA_FOLDER = new RegExp(`(^|/)${DATA_ROOT}([0-9a-f]+)/`);

/** The content hash of the data folder a URL (or path) lies in, or null when it is no data file. */
export function dataFolderOf(url: string): string | null {
  return DATA_FOLDER.exec(url)?.[2] ?? null;
}

/** The same data file in another build's data folder. */
export function inDataFolder(url: string, hash: string): string {
  return url.replace(DATA_FOLDER, `$1${dataFolder(hash)}`);
}

/**
 * The scripts a page loads by address (`<script … src="…">`), as written in it. A kept page
 * runs only if these are still to be had: each build names its own, under hashed names.
 */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}
