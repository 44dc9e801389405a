import { startTransition, useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useHref, useLocation, useNavigate, useNavigationType } from 'react-router';
import { SEARCH_INPUT_ID, focusItem, focusSearchInput } from '../../components/page-focus.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import { useLive } from '../../components/use-live.ts';
import { useTranslator } from '../../components/use-translator.ts';
import { setTypedQuery } from './typed-query.ts';

interface SearchBoxProps {
  /** Whether the current page is the search page, whose `q` the field shows. */
  onSearchPage: boolean;
  /** The query in the URL (empty off the search page). */
  urlQuery: string;
  /** Where a query's results live. */
  hrefFor: (query: string) => string;
  /** Called when the reader is about to search (the field is focused): the search can start loading. */
  onWarm?: () => void;
  /**
   * Called with each query typed, as it is typed: the search starts before the page that
   * shows it has rendered (typed on another page, that render is the search page's first,
   * 200–370 ms of a phone's main thread before its own question went out).
   */
  onQuery?: (query: string) => void;
  /** What the reader typed before the app took the page over, once (the field carries on from it). */
  takeEarlyInput?: () => string;
}

interface TypedState {
  typed?: boolean;
  /** The search page was opened by typing on another page, which is one step back. */
  cameFrom?: boolean;
}

/**
 * How long typing on the search page pauses before the URL follows the field. Long enough
 * that a phone's slower keys (which a navigation's render would delay further) do not each
 * navigate; Enter, ↓ and leaving the field put the query in the URL at once.
 */
export const URL_DELAY = 1000;

/**
 * The masthead's search field. Typing shows results as you go (the query lives in the URL,
 * so results can be shared and reloaded: on the search page the URL follows the field once
 * typing pauses, and the results follow it at once); `/` focuses it from anywhere; Enter or ↓ moves
 * into the results. Typing on another page (an article) opens the search page as one new
 * history entry, which later keystrokes replace: Esc (or Back) returns to that page, where
 * the reader was. On a search page opened otherwise, Esc empties the field, then leaves it.
 */
export function SearchBox({ onSearchPage, urlQuery, hrefFor, onWarm, onQuery, takeEarlyInput }: SearchBoxProps) {
  const t = useTranslator();
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [draft, setDraft] = useState(urlQuery);
  const live = useLive();
  const [seenKey, setSeenKey] = useState(location.key);
  // The search entry typing made from the page shown now, and whether it has landed: a fast
  // typist's next keystroke can come before the search page renders, and must then replace
  // that entry rather than add a second one (Back and Esc would land on the first letter).
  // While it is still on its way, a new navigation supersedes it, so it is pushed again.
  const made = useRef<{ from: string; landed: boolean } | null>(null);
  // Follow the URL when it changes under us (back, forward, a link), but not for the
  // navigations our own typing makes: those may land after the next keystroke.
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType === 'POP' || !(location.state as TypedState | null)?.typed) setDraft(urlQuery);
  }

  // Once a page is on screen (an entry typing made has rendered, or the reader has come back),
  // its own handlers decide. After the commit, not during a render that may yet be dropped.
  useEffect(() => {
    made.current = null;
  }, [location.key]);

  // Typing on the search page navigates only once it pauses (URL_DELAY): a navigation per
  // key re-renders the whole page. Until then the page shows what is typed (typed-query.ts).
  const typed = useRef(draft);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPending = () => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  };
  // Before paint, so a page that has moved on never shows the text typed on another entry.
  useLayoutEffect(() => {
    const ours = navigationType !== 'POP' && (location.state as TypedState | null)?.typed;
    if (ours && onSearchPage) {
      // Our own navigation landed: keep what has been typed since (its own navigation pends).
      setTypedQuery({ key: location.key, query: typed.current.trim() });
    } else {
      // Back, Forward or a link: that page's URL counts, and no typed navigation may follow it.
      cancelPending();
      setTypedQuery(null);
    }
    // Once per entry in the history: the state, the navigation type and the page it read
    // belong to that entry, and a re-render of the same entry must not decide again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  useShortcut('search', focusSearchInput);

  const cameFrom = onSearchPage ? (location.state as TypedState | null)?.cameFrom === true : true;
  const go = (query: string) => {
    cancelPending();
    const replace = onSearchPage || (made.current?.from === location.key && made.current.landed);
    const navigation = navigate(hrefFor(query), { replace, state: { typed: true, cameFrom } satisfies TypedState });
    if (replace) return;
    const entry = { from: location.key, landed: false };
    made.current = entry;
    void Promise.resolve(navigation).then(() => (entry.landed = true));
  };
  const change = (value: string) => {
    setDraft(value);
    typed.current = value;
    const query = value.trim();
    if (query) onQuery?.(query);
    if (!onSearchPage || made.current) return go(query);
    setTypedQuery({ key: location.key, query });
    cancelPending();
    // A transition: the page's render for the new URL gives way to the reader's next key.
    pending.current = setTimeout(() => startTransition(() => go(query)), URL_DELAY);
  };
  // Leaving the field (for a result, by click or ↓) first puts the query in the URL, so Back
  // returns to the search as typed.
  const flush = () => {
    if (pending.current !== null) go(typed.current.trim());
  };
  // A reader on a slow connection may start typing into the prerendered page before the app
  // has taken it over; carry on from what they typed.
  useEffect(() => {
    const early = takeEarlyInput?.();
    // The early input is outside React (typed into the prerendered page): read it once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (early) change(early);
    // Once, on taking over the page (change is the first render's, which is what it needs).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Without JavaScript (or before it runs), Enter still reaches the search page.
  const action = useHref(hrefFor(''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!onSearchPage || (pending.current === null && urlQuery !== draft.trim())) return go(draft.trim());
    // Results follow the field as it is typed: Enter moves into them (the URL catching up first).
    flush();
    focusItem(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && focusItem(0)) event.preventDefault();
    else if (event.key === 'Escape') {
      event.preventDefault();
      if (onSearchPage && cameFrom) {
        // Back to the page the reader typed on, at the place they were (the router restores
        // the scroll position of a history entry); the page takes focus, not the field.
        cancelPending();
        event.currentTarget.blur();
        void navigate(-1);
      } else if (draft) change('');
      else event.currentTarget.blur();
    }
  };
  const clear = () => {
    change('');
    focusSearchInput();
  };

  return (
    <form role="search" action={action} method="get" onSubmit={submit} className="search-form">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        {t.text('search.label')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        name="q"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.text('search.placeholder')}
        aria-keyshortcuts="/"
        dir="auto"
        value={draft}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={flush}
        // The search's code and index start loading as the reader reaches for the field, not at the first key.
        onFocus={onWarm}
        // The browser's own clear button is blue in Chromium and tiny on a phone: ours
        // (below) takes the site's colours and a full-size target.
        className="search-field"
      />
      {/* Only with the app running, where it works: a search page opened on a query is
          hydrated from markup prerendered without one (boot/start-app.tsx). */}
      {draft && live && (
        <button
          type="button"
          onClick={clear}
          aria-label={t.text('search.clear')}
          className="absolute inset-y-0 end-0 inline-flex w-11 items-center justify-center rounded-full text-muted hover:text-ink focus-visible:text-ink"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      )}
    </form>
  );
}
