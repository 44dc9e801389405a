import { createSearchEngine, type SearchResult } from '../../content/search-engine.ts';
import type { Shard, Vocabulary } from '../../content/search-index.ts';

/** Where a build's search index can be fetched. */
export interface SearchSource {
  vocabularyUrl: string;
  shardUrls: string[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A search engine that fetches the vocabulary once and each postings shard when a query first needs it. */
export async function openSearchEngine(source: SearchSource) {
  const vocabulary = await fetchJson<Vocabulary>(source.vocabularyUrl);
  return createSearchEngine(vocabulary, (shard) => fetchJson<Shard>(source.shardUrls[shard]!));
}

/** Messages between the page and the search worker. */
export type WorkerRequest = { type: 'open'; source: SearchSource } | { type: 'search'; id: number; query: string; limit: number };
export type WorkerResponse = { id: number; result: SearchResult } | { id: number; error: string };
