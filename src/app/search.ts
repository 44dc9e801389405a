// The page's one search client, shared by the search route and the drawing of a search
// page's early results before the app has loaded (boot/early-results.ts).
import { createSearchClient } from '../features/search/search-client.ts';
import { pageAnswers, placeArticles, searchSource } from './archive.ts';

/** Results shown at first, and added by each "show more". */
export const RESULTS_PER_PAGE = 10;

/**
 * A client that runs queries in the search worker (created on first use), and answers a
 * word's first letters in the page where the build answered them; a run of the app has one
 * (session.ts). A result opened is one request: its entry says where its record is.
 */
export const appSearchClient = () => createSearchClient(searchSource, (found) => placeArticles(found.entries), pageAnswers, firstPassages);

/** The least height of a result on screen: its title, date and three lines of passage. */
const RESULT_MIN_HEIGHT = 150;

/**
 * How many results' passages a search reads at once: as many as a screen shows. The others'
 * articles are fetched once the reader scrolls toward them (search-results.tsx): typing a
 * query letter by letter, each prefix's ten results cost ten article texts, most of the bytes
 * a search downloads.
 */
export function firstPassages(): number {
  // A page prerendered shows no results.
  return typeof window === 'undefined' ? RESULTS_PER_PAGE : Math.min(RESULTS_PER_PAGE, Math.ceil(window.innerHeight / RESULT_MIN_HEIGHT));
}
