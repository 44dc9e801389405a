// The page's one search client and what the search page reads besides it, shared by the
// search route and the start-up code of a page opened on a search.
import { memoizeAsync } from '../content/memo.ts';
import { createSearchClient } from '../features/search/search-client.ts';
import type { SearchDeps } from '../features/search/use-search.ts';
import { loadArticle, loadEntriesOf, searchSource } from './archive.ts';

/** Results shown at first, and added by each "show more". */
export const RESULTS_PER_PAGE = 10;

/** Runs queries in the search worker (created on first use); results' entries and texts as the search page reads them. */
export const searchDeps: SearchDeps = {
  client: createSearchClient(searchSource),
  entriesOf: loadEntriesOf,
  // Kept once loaded: the same results come back keystroke after keystroke.
  textOf: memoizeAsync(async (id: string) => {
    const file = await loadArticle(id);
    return file && file.article.blocks.map((block) => block.text).join(' ');
  }),
};

/**
 * Runs a page's search before the app has loaded: the first results, their list entries
 * and their texts (for the passages) are fetched alongside the app's code, so the app
 * draws them as soon as it runs. The app's own requests then share these.
 */
export function prefetchResults(query: string): void {
  searchDeps.client
    .search(query, RESULTS_PER_PAGE)
    .then(async (result) => {
      if (!result) return;
      const entries = await searchDeps.entriesOf(result.hits.map((hit) => hit.doc));
      await Promise.all(entries.map((entry) => searchDeps.textOf(entry.id)));
    })
    // The app's own search reports any failure.
    .catch(() => undefined);
}
