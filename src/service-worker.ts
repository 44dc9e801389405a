// The service worker (built by vite-plugin-pwa's injectManifest). It precaches the app shell,
// the list data and the search index of this build, keeps every page and article a reader
// opens, and serves them when the network is gone. A new build waits until the reader
// accepts the "new version" prompt, so old pages never run against new files.
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ARTICLE_CACHE, PAGE_CACHE } from './content/offline.ts';

// The DOM library is this project's; these are the few service-worker globals used here.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// On a first visit, take over at once, so what the reader opens now is kept for offline.
// (An update still waits for the reader's yes: it only activates after SKIP_WAITING.)
clientsClaim();

// Pages: the network first, so an online reader always gets the current page; each page
// read is kept for offline reading.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({ cacheName: PAGE_CACHE, networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({ maxEntries: 1000 })] }),
);

// Article files live in a folder named after the build's content hash: they never change,
// so the cache answers first. "Save for offline" fills the same cache.
registerRoute(({ url }) => /\/data\/[0-9a-f]+\/articles\//.test(url.pathname), new CacheFirst({ cacheName: ARTICLE_CACHE }));

// Offline, a page never opened falls back to the app shell, which renders the route from
// cached data.
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache('index.html')) ?? Response.error();
  return Response.error();
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
