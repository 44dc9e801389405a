// A page opened on a search draws that search's first results before the app has loaded,
// as the app would draw them; the app then takes over the same answer.
import { SEARCH_INPUT_ID } from '../../components/page-focus.ts';
import { documentTitle, searchTitle } from '../../content/publishing/page-head.ts';
import { resultsMarkup } from '../../features/search/results-markup.ts';
import type { Passages } from '../../features/search/search-session.ts';
import { readyState, type DrawnSearch } from '../../features/search/search-state.ts';
import { site, translator } from '../archive.ts';
import { articlePath, searchPath } from '../paths.ts';
import type { SearchClient } from '../../features/search/search-client.ts';
import { RESULTS_PER_PAGE } from '../search.ts';

/** A search page's early results, drawn before the app: `drawn` once they are, and `stop` when the app takes the page over. */
export interface EarlyResults {
  drawn: Promise<void>;
  /**
   * From now on only the app draws results (drawing into its DOM would break it). Returns
   * what the page shows, for the app to hydrate as it stands (null when nothing was drawn):
   * passages that arrive later are the app's to draw.
   */
  stop(): DrawnSearch | null;
}

/**
 * Runs a page's search before the app has loaded and draws its first results into the
 * prerendered page as the app would: titles, dates and excerpts as soon as they arrive,
 * then the passages around the matches in their place. The reader sees results without
 * waiting for the app's code, which then takes over the same answer. Resolves once the
 * passages are drawn, or when there is nothing to draw (the app reports a failed search).
 * `client` is the one the app then searches with, so it takes over the same answer.
 */
export function drawEarlyResults(client: SearchClient, query: string, exact = false): EarlyResults {
  let appStarted = false;
  let shown: DrawnSearch | null = null;
  const drawn = drawWhenAnswered(
    client,
    query,
    exact,
    () => appStarted,
    (state) => (shown = { limit: RESULTS_PER_PAGE, exact, state }),
  );
  return {
    drawn,
    stop: () => {
      appStarted = true;
      return shown;
    },
  };
}

async function drawWhenAnswered(
  client: SearchClient,
  query: string,
  exact: boolean,
  appStarted: () => boolean,
  drew: (state: DrawnSearch['state']) => void,
): Promise<void> {
  const answer = await client.search(query, RESULTS_PER_PAGE, exact);
  const main = document.getElementById('main');
  const status = main?.querySelector('[role="status"]');
  if (!answer || !main || !status || appStarted()) return;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const draw = (passages: Passages | null) => {
    if (appStarted()) return;
    const state = readyState(query, answer, passages);
    const { status: said, body } = resultsMarkup({
      query,
      state,
      hrefFor: (id, matched, searched) => base + articlePath(id, matched, { searched }),
      exactHrefFor: (typed) => base + searchPath(typed, { exact: true }),
      t: translator,
    });
    while (status.nextSibling) status.nextSibling.remove();
    status.textContent = said;
    main.append(body);
    drew(state);
  };
  draw(null);
  // The field shows the query, as a value the reader did not type (see readEarlyInput).
  const field = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
  if (field && !field.value) field.defaultValue = query;
  document.title = documentTitle(searchTitle(query, translator), site.title);
  draw(await answer.passages);
}
