import { useEffect, useRef, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation, useSearchParams } from 'react-router';
import { Link } from '../components/link.tsx';
import { SeedProblems } from '../components/seed-problems.tsx';
import { SEARCH_ROUTE } from '../content/contracts.ts';
import { isTyping } from '../components/shortcuts.ts';
import { ShortcutsDialog } from '../components/shortcuts-dialog.tsx';
import { useShortcut } from '../components/use-shortcut.ts';
import { UpdatePrompt } from '../components/update-prompt.tsx';
import { MessageParts } from '../components/message-parts.tsx';
import { SaveForOffline } from '../features/offline/save-for-offline.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { ReaderSettingsButton } from '../features/settings/reader-settings-panel.tsx';
import { useTranslator } from '../components/use-translator.ts';
import { seedProblems, site } from './archive.ts';
import { DocumentTitle } from './document-title.tsx';
import { archiveSize, saveAllArticles, useCanSaveAll, useUpdate } from './offline.ts';
import { listPath, searchPath } from './paths.ts';
import { useSession } from './session.ts';
import { RESULTS_PER_PAGE } from './search.ts';
import { updateSettings, useReaderSettings } from './reader-settings.ts';
import { useHidingMasthead } from './use-hiding-masthead.ts';
import { useLive } from '../components/use-live.ts';

/** The frame of every page: masthead with search, the page, and a footer. While the first page's data loads, `loading` shows the frame alone. */
export function Layout({ loading = false }: { loading?: boolean }) {
  const { pathname } = useLocation();
  const { searchClient, takeEarlyInput } = useSession();
  // The search page asks the same question when it renders, and shares this answer.
  const askSearch = (query: string) => void searchClient.search(query, RESULTS_PER_PAGE).catch(() => undefined);
  const t = useTranslator();
  const navigation = useNavigation();
  const update = useUpdate();
  const offline = useCanSaveAll();
  const [params] = useSearchParams();
  const onSearchPage = pathname.replace(/\/$/, '') === `/${SEARCH_ROUTE}`;
  // Marks the moment the page is live (hydrated or rendered), for tests and measurements.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  const settings = useReaderSettings();
  // The shortcuts' dialog is put into the page the first time it is asked for, not into every
  // prerendered page: it was 2.6 KB of each of tens of thousands of pages that no one reads
  // without JavaScript (the key and the button that open it need it anyway).
  const shortcuts = useRef<HTMLDialogElement>(null);
  const [shortcutsWanted, setShortcutsWanted] = useState(false);
  const showShortcuts = () => {
    if (shortcuts.current && !shortcuts.current.open) shortcuts.current.showModal();
    setShortcutsWanted(true);
  };
  useEffect(() => {
    if (shortcutsWanted && shortcuts.current && !shortcuts.current.open) shortcuts.current.showModal();
  }, [shortcutsWanted]);
  useShortcut('help', showShortcuts);
  const announcement = useNavigationFocus(pathname);
  const header = useRef<HTMLElement>(null);
  const live = useLive();
  const mastheadHidden = useHidingMasthead(header);
  return (
    <div className="page-frame">
      <a href="#main" className="skip-link">
        {t.text('layout.skip')}
      </a>
      {/* Slides away while the reader scrolls down (a transform: nothing below moves). Opaque and
          without a backdrop filter, which would make it the frame of the phone's settings sheet. */}
      <header ref={header} data-hidden={mastheadHidden || undefined} className="masthead">
        {/* The settings button is placed apart from the row (its space kept by the row's end
            padding): a page painted before the parser reaches it must not show the search
            field at the edge and then move it, a layout shift. */}
        <div className="masthead-bar">
          <Link to={listPath()} className="site-name">
            {site.logo && <img src={`${import.meta.env.BASE_URL}${site.logo}`} alt="" className="h-8 w-auto" />}
            {site.title}
          </Link>
          <SearchBox
            onSearchPage={onSearchPage}
            urlQuery={onSearchPage ? (params.get('q') ?? '') : ''}
            hrefFor={searchPath}
            onWarm={searchClient.warm}
            onQuery={askSearch}
            takeEarlyInput={takeEarlyInput}
          />
          <div className="masthead-tools">
            <ReaderSettingsButton settings={settings} onChange={updateSettings} />
          </div>
        </div>
        {(loading || navigation.state === 'loading') && (
          <div role="progressbar" aria-label={t.text('layout.loading')} className="absolute inset-x-0 bottom-0 h-0.5 animate-pulse bg-accent" />
        )}
      </header>
      {!loading && <DocumentTitle />}
      {import.meta.env.DEV && seedProblems.length > 0 && <SeedProblems problems={seedProblems} />}
      <main id="main" className="page-main">
        {loading ? null : <Outlet />}
      </main>
      <footer className="site-footer">
        {offline && <SaveForOffline {...archiveSize()} save={saveAllArticles} />}
        {/* The keys it names and its button work only with the app running, so no prerendered page carries it. */}
        {live && (
          <p className="hidden pointer-fine:block">
            <MessageParts
              parts={t.parts('layout.searchHint')}
              slots={{
                key: <kbd className="key-cap">/</kbd>,
                shortcuts: (
                  <button type="button" onClick={showShortcuts} className="quiet-button">
                    <MessageParts parts={t.parts('layout.shortcutsHint')} slots={{ key: <kbd className="key-cap">?</kbd> }} />
                  </button>
                ),
              }}
            />
          </p>
        )}
      </footer>
      {shortcutsWanted && <ShortcutsDialog ref={shortcuts} />}
      {/* Speaks the page reached by a client navigation, so it is needed only once the app runs (and is there before the first one). */}
      {live && (
        <p aria-live="polite" aria-atomic="true" className="sr-only">
          {announcement}
        </p>
      )}
      {update && <UpdatePrompt onReload={update} />}
      {/* Every document loaded afresh starts on a history entry the router keys "default": kept
          under that key, one page's scroll would be given to the next page opened from the
          address bar in the same tab. Such entries are kept by their address instead. */}
      <ScrollRestoration getKey={(location) => (location.key === 'default' ? location.pathname + location.search : location.key)} />
    </div>
  );
}

/**
 * After each navigation (not the first page), moves focus to the new page's heading so
 * keyboard and screen-reader users start at the top of what changed, and returns the new
 * page's title for a polite announcement. While the reader types (a search from the field),
 * focus stays where it is.
 */
function useNavigationFocus(pathname: string): string {
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (isTyping(document.activeElement)) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    // The page's title is set by now: DocumentTitle's effect, a child's, ran before this one.
    // The title is the page's (an outside system), known only after the render, hence state set here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnnouncement(document.title);
  }, [pathname]);
  return announcement;
}
