// Texts read from a range of a data file (an article's record in its pack, a search result's
// row), kept for reading offline: the service worker keeps only files fetched whole.
import { DATA_CACHE } from './offline.ts';

// The page's and the workers' caches, and whether a service worker controls the page: Node
// has neither, and the core's types declare neither (platform.d.ts).
const browser = globalThis as {
  caches?: {
    match(url: string, options: { cacheName: string }): Promise<Response | undefined>;
    open(name: string): Promise<{ put(url: string, response: Response): Promise<void> }>;
  };
  navigator?: { serviceWorker?: { controller: unknown } };
};

/**
 * The text at `fileUrl` as it was kept when read before (`keepText`): where the service worker
 * keeps data files, under a name of its own, for what was read is a range of a file (an
 * article's record in its pack, a search result's row), which the worker does not keep (only
 * a file saved whole). Undefined when none was.
 */
export async function keptText(fileUrl: string): Promise<string | undefined> {
  const kept = await browser.caches?.match(fileUrl, { cacheName: DATA_CACHE }).catch(() => undefined);
  return kept?.text();
}

/**
 * Keeps a text read from a range, for `keptText`; only where a service worker controls the
 * page, since the worker is what expires that cache with its builds. A worker of the page's
 * (the search's) cannot tell, and is told (`controlled`).
 */
export function keepText(fileUrl: string, text: string, controlled = Boolean(browser.navigator?.serviceWorker?.controller)): void {
  if (!controlled) return;
  void browser.caches
    ?.open(DATA_CACHE)
    .then((cache) => cache.put(fileUrl, new Response(text)))
    .catch(() => undefined);
}
