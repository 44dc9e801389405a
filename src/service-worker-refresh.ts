// After an update, what the reader kept for offline reading still belongs to the old build:
// its data files sit in the old build's data folder, which the new pages never ask for, and
// its pages name scripts that are gone. This brings both up to the current build, so an
// update loses no saved article, and expires the old build's files, so the cache does not
// grow with every deployment.
import { DATA_CACHE, dataFolderOf, inDataFolder, LEGACY_ARTICLE_CACHE, PAGE_CACHE } from './content/reader/offline.ts';

// Files fetched at once: enough to keep a connection busy, few enough not to crowd out
// what the reader is doing.
const AT_ONCE = 6;

let running: Promise<void> | null = null;

/**
 * Moves every data file kept from an older build into `current`'s data folder (fetching it
 * anew; a file the new build no longer has is dropped), and fetches anew every kept page
 * that cannot run in this build. What fails (offline) is kept as it is and tried next time.
 * Runs once at a time; a second call while it runs shares it.
 */
export function refreshOffline(current: string, runsInThisBuild: (html: string) => boolean): Promise<void> {
  running ??= (async () => {
    try {
      const data = await caches.open(DATA_CACHE);
      const legacy = (await caches.has(LEGACY_ARTICLE_CACHE)) ? await caches.open(LEGACY_ARTICLE_CACHE) : null;
      const stale = [
        ...(await data.keys()).map((request) => ({ cache: data, request })),
        ...(legacy ? (await legacy.keys()).map((request) => ({ cache: legacy, request })) : []),
      ].filter(({ request }) => {
        const folder = dataFolderOf(request.url);
        return folder !== null && folder !== current;
      });
      await inBatches(stale, async ({ cache, request }) => {
        const url = inDataFolder(request.url, current);
        const response = (await data.match(url)) ?? (await fetch(url).catch(() => null));
        if (!response) return;
        if (response.ok) await data.put(url, response);
        // Kept for another try unless it arrived, or the new build has no such file.
        if (response.ok || response.status === 404) await cache.delete(request);
      });
      if (legacy && (await legacy.keys()).length === 0) await caches.delete(LEGACY_ARTICLE_CACHE);

      const pages = await caches.open(PAGE_CACHE);
      const requests = await pages.keys();
      await inBatches(requests, async (request) => {
        const kept = await pages.match(request);
        if (!kept || runsInThisBuild(await kept.text())) return;
        const response = await fetch(request.url).catch(() => null);
        if (response?.ok) await pages.put(request, response);
        // Gone from the site: the old copy cannot run, and no page links to it any more.
        else if (response?.status === 404) await pages.delete(request);
      });
    } finally {
      running = null;
    }
  })();
  return running;
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += AT_ONCE) await Promise.all(items.slice(i, i + AT_ONCE).map(work));
}
