// The search runs here, off the main thread: loading and decoding the vocabulary, fuzzy
// matching and ranking never block typing or scrolling.
import type { SearchResult } from '../../content/search-engine.ts';
import { openSearchEngine, type SearchSource, type WorkerRequest, type WorkerResponse } from './search-source.ts';

let source: SearchSource | null = null;
let engine: ReturnType<typeof openSearchEngine> | null = null;
let latest = 0;

const reply = (message: WorkerResponse) => postMessage(message);

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    source = request.source;
    engine = openSearchEngine(source);
    return;
  }
  latest = request.id;
  try {
    engine ??= openSearchEngine(source!);
    const ready = await engine;
    // A newer query arrived while this one waited: drop it unanswered.
    if (request.id !== latest) return;
    const result: SearchResult = await ready.search(request.query, request.limit);
    if (request.id === latest) reply({ id: request.id, result });
  } catch (error) {
    // Let the next query retry the vocabulary after a failed fetch.
    engine = null;
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
