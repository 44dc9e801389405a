import type { SearchResult } from '../../content/search-engine.ts';
import type { SearchSource, WorkerRequest, WorkerResponse } from './search-source.ts';

/** Runs queries; a query overtaken by a newer one resolves to null. */
export interface SearchClient {
  search(query: string, limit: number): Promise<SearchResult | null>;
}

/**
 * Starts the search index loading in a Web Worker (on the main thread where workers do not
 * exist, as in tests). Only the latest query is answered: older ones resolve to null.
 */
export function createSearchClient(source: () => SearchSource): SearchClient {
  return sharingRepeats(typeof Worker === 'undefined' ? inPageClient(source) : workerClient(source));
}

/**
 * A query asked again while its answer is on the way shares that answer instead of
 * overtaking it: the page that starts a search before the app has loaded, and the app,
 * ask the same question.
 */
function sharingRepeats(client: SearchClient): SearchClient {
  let asked: { query: string; limit: number; answer: Promise<SearchResult | null> } | null = null;
  return {
    search(query, limit) {
      if (asked && asked.query === query && asked.limit === limit) return asked.answer;
      const answer = client.search(query, limit);
      const current = { query, limit, answer };
      asked = current;
      const settle = () => {
        if (asked === current) asked = null;
      };
      answer.then(settle, settle);
      return answer;
    },
  };
}

/** Search on the main thread, where there are no workers (as in tests). */
function inPageClient(source: () => SearchSource): SearchClient {
  let next = 0;
  // Loaded on demand so the engine and fuse.js stay out of the page's bundle.
  let engine: Promise<{ search: (query: string, limit: number) => Promise<SearchResult> }> | null = null;
  const open = () => {
    engine ??= import('./search-source.ts').then(({ openSearchEngine }) => openSearchEngine(source()));
    engine.catch(() => (engine = null));
    return engine;
  };
  return {
    async search(query, limit) {
      const id = ++next;
      const result = await (await open()).search(query, limit);
      return id === next ? result : null;
    },
  };
}

/** Search in a Web Worker. */
function workerClient(source: () => SearchSource): SearchClient {
  let next = 0;
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (r: SearchResult | null) => void; reject: (e: Error) => void }>();
  const start = () => {
    const created = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      if ('error' in answer) waiting.reject(new Error(answer.error));
      else waiting.resolve(answer.result);
    });
    created.postMessage({ type: 'open', source: source() } satisfies WorkerRequest);
    return created;
  };
  return {
    search(query, limit) {
      worker ??= start();
      const id = ++next;
      // The worker drops overtaken queries without answering; settle them here.
      for (const [older, waiting] of pending) {
        pending.delete(older);
        waiting.resolve(null);
      }
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ type: 'search', id, query, limit } satisfies WorkerRequest);
      });
    },
  };
}
