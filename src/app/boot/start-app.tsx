import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate, refreshOffline } from '../offline.ts';
import type { RouterData } from '../../content/contracts.ts';
import { dataStamp, manifestStamp } from '../../content/archive/model.ts';
import { manifest, readData } from '../archive.ts';
import { routes } from '../router.tsx';
import { createSession, SessionContext } from '../session.ts';
import type { SearchClient } from '../../features/search/search-client.ts';
import type { DrawnSearch } from '../../features/search/search-state.ts';
import { readEarlyInput } from './early-input.ts';
import { hydrationStarts, LiveRoot } from '../../components/use-live.ts';

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * Lets the browser run what waits (input, a frame) before the next step. Evaluating the app's
 * code, checking the page's data, making the router and hydrating were one task of 40-60 ms
 * unthrottled, 150-230 ms on Lighthouse's phone, all of it counted as blocking time.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the app with the page's search client: takes over the prerendered page (`page`, its
 * router-data block, when it was rendered for this address) or renders one afresh, and
 * registers the service worker.
 */
export async function startApp(searchClient: SearchClient, page: RouterData | null, drawn: DrawnSearch | null = null): Promise<void> {
  // A page kept from another build (the browser's cache on Back, a service worker's offline
  // copy) may show another manifest or other data than the app reads now: it is rendered
  // afresh instead of hydrated into a mix, as is a page opened with a query (a search page
  // was rendered without its query, an article without its highlights). Except a search page
  // whose early results are drawn (`drawn`): with them it shows what the app renders for its
  // query. Rendered afresh, its results were made anew in one commit, 120 ms of main thread
  // on Lighthouse's phone, all of it blocking time.
  await nextTask();
  const asRendered = window.location.search === '' || drawn !== null;
  const same = page !== null && asRendered && fitsManifest(page) ? await sameData(page) : false;
  await nextTask();
  if (same === null) {
    // Its data cannot be read (offline, never kept): the page stays as it came, readable,
    // its links working, rather than replaced by an error.
    console.warn('The data of this page could not be read; it stays readable without the app.');
  } else {
    const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
    // The router reads the same files the page was rendered from, and the page is hydrated
    // once it has: with its data in hand, the app renders the very markup the page holds.
    const rendered = same && (await initialized(router)).state.errors === null;
    await nextTask();
    // What was typed into the prerendered field is read just before hydration resets it.
    const earlyInput = readEarlyInput();
    // Typed ahead of the app, it is a newer query than the results drawn: rendered afresh.
    const hydrate = rendered && (drawn === null || earlyInput === '');
    const session = createSession(searchClient, earlyInput, drawn);
    const app = (
      <StrictMode>
        <LiveRoot>
          <SessionContext value={session}>
            <RouterProvider router={router} />
          </SessionContext>
        </LiveRoot>
      </StrictMode>
    );
    const root = document.getElementById('root')!;
    // In a transition, React renders in slices and yields to the reader between them, so
    // taking over a long page never blocks the main thread for long.
    if (hydrate) hydrationStarts();
    startTransition(() => {
      if (hydrate) hydrateRoot(root, app);
      else createRoot(root).render(app);
    });
  }

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

/** Whether the data files the page was rendered from read the same now; null when one cannot be read. */
async function sameData(page: RouterData): Promise<boolean | null> {
  try {
    return dataStamp(page.files, await Promise.all(page.files.map(readData))) === page.stamp;
  } catch {
    return null;
  }
}

/** The router, once its first loaders have run. */
function initialized(router: Router): Promise<Router> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve(router);
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve(router);
    });
  });
}
