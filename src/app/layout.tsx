import { useEffect } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation, useSearchParams } from 'react-router';
import { SeedProblems } from '../components/seed-problems.tsx';
import { UpdatePrompt } from '../components/update-prompt.tsx';
import { SaveForOffline } from '../features/offline/save-for-offline.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { seedProblems } from './archive.ts';
import { archiveSize, saveAllArticles, useCanSaveAll, useUpdate } from './offline.ts';
import { listPath, searchPath } from './paths.ts';

/** The frame of every page: masthead with search, the page, and a footer. While the first page's data loads, `loading` shows the frame alone. */
export function Layout({ loading = false }: { loading?: boolean }) {
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const update = useUpdate();
  const offline = useCanSaveAll();
  const [params] = useSearchParams();
  const onSearchPage = /^\/search\/?$/.test(pathname);
  // Marks the moment the page is live (hydrated or rendered), for tests and measurements.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return (
    <div className="flex min-h-dvh flex-col font-sans">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:p-3 dark:focus:bg-night">
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-rule bg-paper/95 backdrop-blur dark:border-night-rule dark:bg-night/95">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:flex-nowrap sm:py-3">
          <Link
            to={listPath()}
            className="inline-flex min-h-11 items-center font-serif text-xl font-bold sm:text-2xl tracking-tight text-ink no-underline dark:text-night-ink"
          >
            The Archive
          </Link>
          <SearchBox onSearchPage={onSearchPage} urlQuery={onSearchPage ? (params.get('q') ?? '') : ''} hrefFor={searchPath} />
        </div>
        {(loading || navigation.state === 'loading') && (
          <div role="progressbar" aria-label="Loading" className="absolute inset-x-0 bottom-0 h-0.5 animate-pulse bg-accent dark:bg-night-accent" />
        )}
      </header>
      {import.meta.env.DEV && seedProblems.length > 0 && <SeedProblems problems={seedProblems} />}
      <main id="main" className="mx-auto min-h-svh w-full max-w-5xl flex-1 px-4 pb-16 pt-6 sm:pt-10">
        {loading ? null : <Outlet />}
      </main>
      <footer className="space-y-4 border-t border-rule px-4 py-6 text-center text-sm text-muted dark:border-night-rule dark:text-night-muted">
        {offline && <SaveForOffline count={archiveSize.count} bytes={archiveSize.bytes} save={saveAllArticles} />}
        <p className="hidden pointer-fine:block">
          Press <kbd className="rounded border border-rule px-1.5 font-mono dark:border-night-rule">/</kbd> to search the archive.
        </p>
      </footer>
      {update && <UpdatePrompt onReload={update} />}
      <ScrollRestoration />
    </div>
  );
}
