// Names shared by the service worker and the page, so "save for offline" fills the cache
// the service worker reads from.

/** Cache of pages the reader opened. */
export const PAGE_CACHE = 'pages';
/** Cache of article files (opened ones, and all of them after "save for offline"). */
export const ARTICLE_CACHE = 'articles';
/** Archives whose article files add up to less than this can be saved whole. */
export const SAVE_ALL_LIMIT = 20 * 1024 * 1024;
