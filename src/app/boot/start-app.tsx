import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter, type HydrationState } from 'react-router';
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate, refreshOffline } from '../offline.ts';
import { PAGE_IDS, type RouterData } from '../../content/contracts.ts';
import { manifestStamp } from '../../content/archive/model.ts';
import { manifest } from '../archive.ts';
import { routes } from '../router.tsx';
import { createSession, SessionContext } from '../session.ts';
import type { SearchClient } from '../../features/search/search-client.ts';
import { readEarlyInput } from './early-input.ts';

/** Starts the app with the page's search client: hydrates a prerendered page (or renders one afresh) and registers the service worker. */
export function startApp(searchClient: SearchClient): void {
  // A prerendered page carries the path it was rendered for and its router data in a JSON
  // block (data, not a script, so the Content-Security-Policy needs no exception).
  const block = document.getElementById(PAGE_IDS.routerData);
  const prerendered = block ? (JSON.parse(block.textContent ?? '{}') as RouterData<HydrationState>) : null;
  const trim = (path: string) => path.replace(/\/+$/, '') || '/';
  // 404.html is served for any unknown address: its data belongs to another path. A page
  // kept from another build (the browser's cache on Back, a service worker's offline copy)
  // may show another manifest than the one the app runs with. Both are rendered afresh
  // instead of hydrated, as is a search page, which was rendered without its query.
  const fits = prerendered !== null && trim(prerendered.path) === trim(window.location.pathname) && fitsManifest(prerendered);
  const router = createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL,
    ...(fits ? { hydrationData: prerendered.hydrationData } : {}),
  });
  // What was typed into the prerendered field is read before hydration resets it.
  const session = createSession(searchClient, readEarlyInput());
  const app = (
    <StrictMode>
      <SessionContext value={session}>
        <RouterProvider router={router} />
      </SessionContext>
    </StrictMode>
  );
  const root = document.getElementById('root')!;
  // In a transition, React renders in slices and yields to the reader between them, so
  // taking over a long page never blocks the main thread for long.
  startTransition(() => {
    if (fits && window.location.search === '') hydrateRoot(root, app);
    else createRoot(root).render(app);
  });

  // The site works without a service worker; with one, it reads offline and offers new versions.
  if ('serviceWorker' in navigator) {
    const update = registerSW({ onNeedRefresh: () => offerUpdate(() => void update(true)) });
    refreshOffline();
  }
}

/** Whether the page was rendered with the manifest the app runs with, as far as its render read it. */
function fitsManifest({ manifest: read }: RouterData): boolean {
  return !read || manifestStamp(manifest, read.fields) === read.stamp;
}
