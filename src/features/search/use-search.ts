import { startTransition, useEffect, useState } from 'react';
import type { SearchClient } from './search-client.ts';
import { isHydrating } from '../../components/use-live.ts';
import { readyState, type DrawnSearch, type SearchState } from './search-state.ts';
import type { Passages } from './search-session.ts';

/** The state showing the answer to this question as far as it has arrived, if it has. */
function arrivedState(client: SearchClient, query: string, limit: number, exact: boolean): SearchState | null {
  const answer = query ? client.arrived(query, limit, exact) : null;
  return answer && readyState(query, answer, answer.passages);
}

/**
 * Results for a query: ranked in the search worker, then shown with their titles and dates,
 * and with passages around the matches once the worker has read the articles' texts: those
 * of the first results at once, and with `allPassages` (the reader scrolled) every one. An
 * answer already at hand (a search page's first results, drawn before the app loaded) is
 * the first render. The previous results stay on screen while the next query runs, so
 * typing never flashes an empty page.
 */
export function useSearch(
  query: string,
  limit: number,
  client: SearchClient,
  exact = false,
  drawn: DrawnSearch | null = null,
  allPassages = false,
): SearchState {
  // Hydrating a page whose results were drawn before the app (`drawn`), the first render is
  // what the page shows: passages that arrived since are drawn by the effect below.
  const [state, setState] = useState<SearchState>(() =>
    isHydrating() && drawn?.state.query === query && drawn.limit === limit && drawn.exact === exact
      ? drawn.state
      : (arrivedState(client, query, limit, exact) ?? { status: 'idle' }),
  );
  // A search that failed (no network, the worker's script gone) is asked again once the
  // browser is back online.
  const [attempt, setAttempt] = useState(0);
  const failed = state.status === 'failed';
  useEffect(() => {
    if (!failed) return;
    const retry = () => setAttempt((n) => n + 1);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed]);
  useEffect(() => {
    if (!query) return;
    let live = true;
    (async () => {
      const answer = await client.search(query, limit, exact);
      if (!live || !answer) return;
      // Passages already at hand (read for an earlier keystroke) come with the results in one
      // render; the others follow in a second one.
      const atHand = await Promise.race([answer.passages, new Promise<null>((resolve) => setTimeout(() => resolve(null), 0))]);
      if (!live) return;
      // Drawn in transitions: the reader's next key comes first, and the drawing yields to it.
      startTransition(() => setState(readyState(query, answer, atHand)));
      const more = (passages: Passages) =>
        live &&
        startTransition(() => setState((current) => (current.status === 'ready' && current.query === query ? readyState(query, answer, passages) : current)));
      if (!atHand) more(await answer.passages);
      if (allPassages && live) more(await answer.allPassages());
    })().catch((error: unknown) => {
      if (live) setState({ status: 'failed', query, message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      live = false;
    };
  }, [query, limit, client, exact, attempt, allPassages]);
  if (!query) return { status: 'idle' };
  return state.status === 'idle' ? { status: 'loading', query } : state;
}
