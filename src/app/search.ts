// The page's one search client, shared by the search route and the start-up code that
// warms it up when a page opens on a search.
import { createSearchClient } from '../features/search/search-client.ts';
import { searchSource } from './archive.ts';

/** Runs queries in the search worker (created on first use). */
export const searchClient = createSearchClient(searchSource);
