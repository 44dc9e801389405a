// Offline reading: the "new version" prompt's state and "save for offline".
import { useBrowserValue } from '../components/use-live.ts';
import { dataFiles, listChunks } from '../content/contracts.ts';
import { DATA_CACHE, REFRESH_OFFLINE, SAVE_ALL_LIMIT } from '../content/reader/offline.ts';
import { dataUrl, manifest, searchFiles } from './archive.ts';
import { packCount } from '../content/archive/article-pack.ts';

let applyUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Called when a new build's service worker is waiting: `apply` switches to it and reloads. */
export function offerUpdate(apply: () => void): void {
  applyUpdate = apply;
  listeners.forEach((listener) => listener());
}

/** The function that reloads into the new version, once there is one. */
export function useUpdate(): (() => void) | null {
  return useBrowserValue(subscribe, () => applyUpdate, null);
}

/** Whether this browser can keep the whole archive, and the archive is small enough to offer it. */
function canSaveAll(): boolean {
  return typeof caches !== 'undefined' && 'serviceWorker' in navigator && manifest.offlineBytes < SAVE_ALL_LIMIT;
}

/** `canSaveAll`, false while prerendering and hydrating, so the offer appears only once the page is live. */
export function useCanSaveAll(): boolean {
  return useBrowserValue(subscribe, canSaveAll, false);
}

/**
 * Fetches every pack of articles, and the list and search files, into the cache the service
 * worker reads, reporting progress in files: the whole archive then reads and searches
 * with no network (a record is then read from its pack, kept whole).
 */
export async function saveAllArticles(onProgress: (saved: number, total: number) => void): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  const { indexUrl, partUrls, shardUrls, rowUrls } = await searchFiles();
  const listUrls = Array.from({ length: listChunks(manifest.count, manifest.pageSize) }, (_, i) => dataUrl(dataFiles.list(i)));
  const packUrls = Array.from({ length: packCount(manifest.count) }, (_, i) => dataUrl(dataFiles.articlePack(i)));
  const urls = [...packUrls, indexUrl, ...partUrls, ...shardUrls, ...rowUrls, ...listUrls];
  let saved = 0;
  for (let i = 0; i < urls.length; i += 8) {
    const batch = urls.slice(i, i + 8);
    // What is kept already (read before) is not fetched again.
    await Promise.all(batch.map(async (url) => (await cache.match(url)) ?? cache.add(url)));
    saved += batch.length;
    onProgress(Math.min(saved, urls.length), urls.length);
  }
}

/** The archive's articles and the size of saving them all, for the offer to save them. */
export function archiveSize(): { count: number; bytes: number } {
  return { count: manifest.count, bytes: manifest.offlineBytes };
}

/** Asks the service worker to bring what this device keeps for offline reading up to this build. */
export function refreshOffline(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: REFRESH_OFFLINE });
}
