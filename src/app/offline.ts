// Offline reading: the "new version" prompt's state and "save for offline".
import { useSyncExternalStore } from 'react';
import { ARTICLE_CACHE, SAVE_ALL_LIMIT } from '../content/offline.ts';
import { dataUrl, loadEntries, manifest } from './archive.ts';

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
  return useSyncExternalStore(subscribe, () => applyUpdate, () => null);
}

/** Whether this browser can keep the whole archive, and the archive is small enough to offer it. */
function canSaveAll(): boolean {
  return typeof caches !== 'undefined' && 'serviceWorker' in navigator && manifest.articleBytes < SAVE_ALL_LIMIT;
}

/** `canSaveAll`, false while prerendering and hydrating, so the offer appears only once the page is live. */
export function useCanSaveAll(): boolean {
  return useSyncExternalStore(subscribe, canSaveAll, () => false);
}

/** Fetches every article file into the cache the service worker reads, reporting progress. */
export async function saveAllArticles(onProgress: (saved: number, total: number) => void): Promise<void> {
  const entries = await loadEntries(0, manifest.count);
  const cache = await caches.open(ARTICLE_CACHE);
  let saved = 0;
  for (let i = 0; i < entries.length; i += 8) {
    const batch = entries.slice(i, i + 8);
    await Promise.all(batch.map((entry) => cache.add(dataUrl(`articles/${entry.id}.json`))));
    saved += batch.length;
    onProgress(saved, entries.length);
  }
}

/** The archive's articles and their size, for the offer to save them all. */
export function archiveSize(): { count: number; bytes: number } {
  return { count: manifest.count, bytes: manifest.articleBytes };
}
