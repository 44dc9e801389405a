// How a page starts in the browser: it shows its own address, a page opened on a search
// draws its early results, and the app's code is requested once the page is on screen.
import { PAGE_IDS, SEARCH_ROUTE, type RouterData } from '../../content/contracts.ts';
import { loadManifest, readEarly } from '../archive.ts';
import { appSearchClient } from '../search.ts';
import { drawEarlyResults } from './early-results.ts';

// The app's code waits this long at most for a search page's early results; for the browser
// to report the page's own first paint; and for it to report early results on screen.
const EARLY_RESULTS_WAIT_MS = 3000;
const FIRST_PAINT_WAIT_MS = 3000;
const ON_SCREEN_WAIT_MS = 250;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts the page: its own address, a search page's early results, then the app. */
export function boot(): void {
  showOwnAddress();
  // A page opened on a search starts the search at once and draws its early results before
  // the app's code is even requested (the query trimmed as the search page trims it).
  const onSearchPage = window.location.pathname.replace(/\/$/, '') === `${import.meta.env.BASE_URL}${SEARCH_ROUTE}`;
  const params = new URLSearchParams(window.location.search);
  const query = onSearchPage ? (params.get('q') ?? '').trim() : '';
  // The page's one search client: the app takes over the answer it drew.
  const searchClient = appSearchClient();
  const early = query ? drawEarlyResults(searchClient, query, params.has('exact')) : null;
  const painted = early
    ? Promise.race([
        early.drawn.then(
          () => drawnOnScreen(false, ON_SCREEN_WAIT_MS),
          () => undefined,
        ),
        delay(EARLY_RESULTS_WAIT_MS),
      ])
    : drawnOnScreen(true, FIRST_PAINT_WAIT_MS);
  // Every page arrives prerendered, readable and with working links. The app's code is only
  // requested once the browser reports that page (or a search's early results) on screen:
  // requested any sooner, its download and evaluation hold back the very paint a reader
  // waits for (Lighthouse measured an article's largest paint at 2.3-2.6 s that way, and
  // 1.1 s waiting for the paint, on a throttled phone). The archive's manifest and the data
  // files the page was rendered from, which the app takes it over with, are asked for with
  // the app's code too: asked for at once, the chain page, script, manifest (and file) sits
  // before the largest paint, and Lighthouse's simulation counts its round trips on that
  // path (1.4-1.5 s against 1.1 s for the list and an article). A search opened directly
  // does not wait for the manifest: its page says where the index is (archive.ts).
  const page = ownRouterData();
  void painted.then(() =>
    setTimeout(() => {
      const manifest = loadManifest();
      if (page)
        void manifest.then(
          () => readEarly(page.files, page.places),
          () => undefined,
        );
      import('./start-app.tsx').then(({ startApp }) => {
        manifest.then(
          () => {
            void startApp(searchClient, page, early?.stop() ?? null);
          },
          (error: unknown) => console.warn('The archive could not be read; the page stays readable without the app.', error),
        );
      }, reloadIntoCurrentBuild);
    }, 0),
  );
}

/** The page's router-data block, when the page was rendered for this address (404.html is served for any other). */
function ownRouterData(): RouterData | null {
  const block = document.getElementById(PAGE_IDS.routerData);
  if (!block?.textContent) return null;
  const page = JSON.parse(block.textContent) as RouterData;
  const trim = (path: string) => path.replace(/\/+$/, '') || '/';
  return trim(page.path) === trim(window.location.pathname) ? page : null;
}

/**
 * Resolves once the browser reports a largest paint: the frame has been presented, which
 * can be well after the task that drew it. `already` counts a paint reported before this
 * call (the page's own first paint); otherwise only a later one (what was just drawn). A
 * hidden page paints nothing until it is shown, so it does not wait; nor does a page whose
 * paint goes unreported (a browser without the report) for longer than `atMost` ms.
 */
function drawnOnScreen(already: boolean, atMost: number): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    // The page's own first paint is at least drawn once a frame has gone by; what was just
    // drawn gets a short wait.
    return already ? new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))) : delay(ON_SCREEN_WAIT_MS);
  }
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => done());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') done();
    };
    const timer = setTimeout(() => done(), atMost);
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      resolve();
    };
    document.addEventListener('visibilitychange', onVisibility);
    observer.observe({ type: 'largest-contentful-paint', buffered: already });
  });
}

/**
 * Static hosts also answer a page with the name of its file (`/articles/<id>/index.html`, or
 * `/articles/<id>.html` when pages are written as files), and people bookmark those
 * addresses: the app shows them as the page's own address, which is the one its routes know.
 */
function showOwnAddress(): void {
  const { pathname, search, hash } = window.location;
  const address = pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname.replace(/(?<!\/404)\.html$/, '');
  if (address !== pathname) history.replaceState(history.state, '', `${address}${search}${hash}`);
}

/**
 * A page kept from an older build (the browser's cache, Back after a redeploy with no service
 * worker) names scripts the host no longer has. Loading it anew brings the current build's
 * page with its own scripts. Once a minute per address at most: a page that cannot load its
 * app at all (offline with no service worker) stays as it is, readable, its links working.
 */
function reloadIntoCurrentBuild(error: unknown): void {
  const key = `archive.reloaded:${window.location.pathname}`;
  try {
    if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) > 60_000) {
      sessionStorage.setItem(key, String(Date.now()));
      window.location.reload();
      return;
    }
  } catch {
    // Storage blocked: without a way to count reloads, the page is left as it is.
  }
  console.warn('The app could not load its scripts; the page stays readable without it.', error);
}
