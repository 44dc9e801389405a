import { createSearchEngine, type SearchResult } from '../../content/search-engine.ts';
import type { SearchDirectory, Shard, VocabularyPart } from '../../content/search-index.ts';

/** Where a build's search index can be fetched. */
export interface SearchSource {
  indexUrl: string;
  /** The directory itself, when the page already carries it (a search page opened directly). */
  directory?: SearchDirectory;
  partUrls: string[];
  shardUrls: string[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A search engine that fetches the index's directory once, and each vocabulary part and postings shard when a query first needs it. */
export async function openSearchEngine(source: SearchSource) {
  const directory = source.directory ?? (await fetchJson<SearchDirectory>(source.indexUrl));
  return createSearchEngine(
    directory,
    (part) => fetchJson<VocabularyPart>(source.partUrls[part]!),
    (shard) => fetchJson<Shard>(source.shardUrls[shard]!),
  );
}

/** Messages between the page and the search worker. */
export type WorkerRequest = { type: 'open'; source: SearchSource } | { type: 'search'; id: number; query: string; limit: number };
export type WorkerResponse = { id: number; result: SearchResult } | { id: number; error: string };
