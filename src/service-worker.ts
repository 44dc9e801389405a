// The service worker (built by vite-plugin-pwa's injectManifest). It precaches the app shell
// of this build, keeps every page and data file a reader uses, and serves them when the
// network is gone. A new build waits until the reader accepts the "new version" prompt; a
// page always runs with the scripts of its own build, or is replaced by the current build's.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { DATA_CACHE, dataFolderOf, IMAGE_CACHE, PAGE_CACHE, pageScripts, REFRESH_OFFLINE } from './content/reader/offline.ts';
import { IMAGE_FOLDER, keptVariant } from './content/seeds/images.ts';
import { articleRoute, MANIFEST_FILE } from './content/contracts.ts';
import { refreshOffline } from './service-worker-refresh.ts';

// The few service-worker globals used here, with the workbox manifest they carry.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  location: { href: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown; waitUntil(promise: Promise<unknown>): void }) => void): void;
};

const shell = self.__WB_MANIFEST;
precache(shell);
cleanupOutdatedCaches();
// On a first visit, take over at once, so what the reader opens now is kept for offline.
// (An update still waits for the reader's yes: it only activates after SKIP_WAITING.)
clientsClaim();

// This build's data folder, named in the shell by the front page's list file.
const dataFolder = shell.map((entry) => dataFolderOf(typeof entry === 'string' ? entry : entry.url)).find((hash) => hash !== null) ?? null;

/** Whether every script a kept page (its HTML) names is in this build's precache, so the page can run. */
const runsInThisBuild = (html: string) => pageScripts(html).every((src) => getCacheKeyForURL(new URL(src, self.location.href).href) !== undefined);

/** A kept page as it is served, read once: null when it cannot run in this build. */
async function servable(kept: Response | undefined): Promise<Response | null> {
  if (!kept) return null;
  const html = await kept.text();
  if (!runsInThisBuild(html)) return null;
  // The text is decoded: a length or encoding the host sent for its compressed body no longer holds.
  const headers = new Headers(kept.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: kept.status, statusText: kept.statusText, headers });
}

// Pages, every one of them (the list too): the network first, so an online reader always
// gets the current build's page, whatever this worker's build. Each page read is kept for
// offline reading; a kept page from an older build, whose scripts are gone, is not served:
// the app shell renders that address instead, from the data kept for this build.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: PAGE_CACHE,
    networkTimeoutSeconds: 4,
    plugins: [new ExpirationPlugin({ maxEntries: 1000 }), { cachedResponseWillBeUsed: ({ cachedResponse }) => servable(cachedResponse) }],
  }),
);

// The archive's manifest is the current build's, as pages are: from the network, and from
// this build's precache when that fails. (Its name never changes, so the precache's own
// route, which answers first, would give the page of a newer build an older manifest.)
const manifestUrl = new URL(MANIFEST_FILE, self.location.href).href;
registerRoute(
  ({ url }) => url.href === manifestUrl,
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      return (await matchPrecache(MANIFEST_FILE)) ?? Promise.reject(error as Error);
    }
  },
);

// The app shell: scripts, styles, icons, the manifest and the front page's data, from the precache.
addRoute();

// Data files (list chunks, search files, articles) are cached as they are used: their
// folder is named after the build's content hash, so they never change and the cache
// answers first. "Save for offline" fills the same cache. An article's record is asked for
// by a range of its pack: a pack saved whole answers it (the app takes the record from it);
// otherwise the host's 206 passes through uncached, and the app keeps the article's file.
// (Whatever the request's Accept-Encoding: a kept body is decoded, and a range request is
// sent with `identity`, where a saved pack was fetched with `gzip`, under a host's
// `Vary: Accept-Encoding`.)
registerRoute(({ url }) => dataFolderOf(url.pathname) !== null, new CacheFirst({ cacheName: DATA_CACHE, matchOptions: { ignoreVary: true } }));

// The articles' images, kept as they are seen, so a page read before shows them offline.
// Their names carry a content hash: the cache answers first; the oldest go past 300. Offline,
// a width never kept (the page is now on a narrower or wider screen) is answered with another
// width of the same image that is.
const images = new CacheFirst({ cacheName: IMAGE_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 300 })] });
registerRoute(
  ({ url, request }) => request.destination === 'image' && url.pathname.includes(`/${IMAGE_FOLDER}`),
  async (options) => {
    try {
      return await images.handle(options);
    } catch (error) {
      const cache = await caches.open(IMAGE_CACHE);
      const instead = keptVariant(
        options.url.href,
        (await cache.keys()).map((request) => request.url),
      );
      const kept = instead ? await cache.match(instead) : undefined;
      if (kept) return kept;
      throw error;
    }
  },
);

// Offline, a page never opened falls back to the app shell, which renders the route from
// cached data.
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache('index.html')) ?? Response.error();
  return Response.error();
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  // Sent by every page once it runs: brings what was kept under an older build up to this one.
  if (type === REFRESH_OFFLINE && dataFolder)
    event.waitUntil(refreshOffline(dataFolder, runsInThisBuild, (id) => new URL(articleRoute(id), self.location.href).href));
});
