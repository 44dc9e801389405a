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
export const appSearchClient = () => createSearchClient(searchSource, (found) => placeArticles(found.entries), pageAnswers);
