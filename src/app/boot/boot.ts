// How a page starts in the browser: it shows its own address, a page opened on a search
// draws its early results, and the app's code is requested once the page has painted.
import { SEARCH_ROUTE } from '../../content/contracts.ts';
import { appSearchClient } from '../search.ts';
import { drawEarlyResults } from './early-results.ts';

// The app's code waits this long at most for a search page's early results, and then for
// the browser to report them on screen.
const EARLY_RESULTS_WAIT_MS = 3000;
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
  const earlyResults = early ? Promise.race([early.drawn.then(drawnOnScreen, () => undefined), delay(EARLY_RESULTS_WAIT_MS)]) : Promise.resolve();
  // Every page arrives prerendered, readable and with working links. The app's code is only
  // requested once that page (and a search's early results) has painted, so it never
  // competes with the page's own HTML, CSS and data for the first paint on a slow connection.
  void earlyResults.then(() =>
    requestAnimationFrame(() => {
      setTimeout(() => {
        import('./start-app.tsx').then(({ startApp }) => {
          early?.stop();
          startApp(searchClient);
        }, reloadIntoCurrentBuild);
      }, 0);
    }),
  );
}

/**
 * Resolves once what was just drawn is on screen: when the browser reports its largest
 * paint (the frame has been presented, which can be well after the task that drew it), or
 * after a short wait where browsers report none.
 */
function drawnOnScreen(): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) return delay(ON_SCREEN_WAIT_MS);
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => done());
    const done = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe({ type: 'largest-contentful-paint' });
    void delay(ON_SCREEN_WAIT_MS).then(done);
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
