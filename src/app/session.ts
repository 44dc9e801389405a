// What one run of the app shares across its pages, passed in through React context rather
// than kept in modules: the prerender, the browser and each test build their own, so no
// render inherits another's state.
import { createContext, useContext } from 'react';
import type { SearchClient } from '../features/search/search-client.ts';
import type { DrawnSearch } from '../features/search/search-state.ts';

/** One run of the app. */
export interface AppSession {
  /**
   * The page's search client: on a page opened on a search, the one that drew the first
   * results before the app took over (boot/boot.ts), so the app takes over that same answer.
   */
  searchClient: SearchClient;
  /** What the reader typed into the prerendered search field before the app took the page over; handed out once. */
  takeEarlyInput(): string;
  /** The results a search page opened on a query drew before the app took it over (boot/early-results.ts): the search's first render while the app hydrates them. */
  earlyResults: DrawnSearch | null;
  /** True until `articleShown` is called: the run's first article opens like a link followed, not like a step back. */
  isFirstArticle(): boolean;
  articleShown(): void;
}

/** A run of the app with this search client, what was typed and what search results were drawn before it took the page over. */
export function createSession(searchClient: SearchClient, earlyInput = '', earlyResults: DrawnSearch | null = null): AppSession {
  let early = earlyInput;
  let firstArticle = true;
  return {
    searchClient,
    earlyResults,
    isFirstArticle: () => firstArticle,
    articleShown: () => void (firstArticle = false),
    takeEarlyInput: () => {
      const value = early;
      early = '';
      return value;
    },
  };
}

/** The run of the app a page belongs to; boot/start-app.tsx, entry-server.tsx and the tests provide it. */
export const SessionContext = createContext<AppSession | null>(null);

/** This run of the app. */
export function useSession(): AppSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('The app was rendered without its session: wrap it in <SessionContext value={createSession(…)}>');
  return session;
}
