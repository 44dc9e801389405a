import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useHref, useLocation, useNavigate, useNavigationType } from 'react-router';
import { takeEarlyInput } from './early-input.ts';
import { SEARCH_INPUT_ID, focusItem, focusSearchInput } from '../../components/page-focus.ts';
import { useShortcut } from '../../components/use-shortcut.ts';

interface SearchBoxProps {
  /** Whether the current page is the search page, whose `q` the field shows. */
  onSearchPage: boolean;
  /** The query in the URL (empty off the search page). */
  urlQuery: string;
  /** Where a query's results live. */
  hrefFor: (query: string) => string;
}

interface TypedState {
  typed?: boolean;
}

/**
 * The masthead's search field. Typing shows results as you go (the query lives in the URL,
 * so results can be shared and reloaded); `/` focuses it from anywhere; Enter or ↓ moves
 * into the results; Esc empties it.
 */
export function SearchBox({ onSearchPage, urlQuery, hrefFor }: SearchBoxProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [draft, setDraft] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(location.key);
  // Follow the URL when it changes under us (back, forward, a link), but not for the
  // navigations our own typing makes: those may land after the next keystroke.
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType === 'POP' || !(location.state as TypedState | null)?.typed) setDraft(urlQuery);
  }

  useShortcut('search', focusSearchInput);

  const change = (value: string) => {
    setDraft(value);
    navigate(hrefFor(value.trim()), { replace: onSearchPage, state: { typed: true } satisfies TypedState });
  };
  // A reader on a slow connection may start typing into the prerendered page before the app
  // has taken it over; carry on from what they typed.
  useEffect(() => {
    const early = takeEarlyInput();
    if (early) change(early);
    // Once, on taking over the page (change is the first render's, which is what it needs).
  }, []);
  // Without JavaScript (or before it runs), Enter still reaches the search page.
  const action = useHref(hrefFor(''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!onSearchPage || urlQuery !== draft.trim()) navigate(hrefFor(draft.trim()), { replace: onSearchPage, state: { typed: true } });
    else focusItem(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && focusItem(0)) event.preventDefault();
    else if (event.key === 'Escape') {
      // Esc empties the field, and a second Esc leaves it.
      if (draft) change('');
      else event.currentTarget.blur();
      event.preventDefault();
    }
  };

  return (
    <form role="search" action={action} method="get" onSubmit={submit} className="w-full sm:ml-auto sm:max-w-sm">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search articles
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        name="q"
        enterKeyHint="search"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search the archive"
        aria-keyshortcuts="/"
        value={draft}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        className="min-h-11 w-full rounded-full border border-edge bg-field px-4 text-base text-ink placeholder:text-muted focus:border-accent"
      />
    </form>
  );
}
