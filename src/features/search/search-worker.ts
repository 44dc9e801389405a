// The search runs here, off the main thread: loading and decoding the vocabulary, fuzzy
// matching, ranking, reading the results' entries and texts and picking their passages
// never block typing or scrolling. The page only draws what arrives. A query overtaken by
// a newer one is dropped at each step, so fast typing does not queue work or fetches.
import type { WorkerRequest, WorkerResponse } from './search-protocol.ts';
import { openSearch, type Found, type SearchSource } from './search-session.ts';

let source: SearchSource | null = null;
let search: ReturnType<typeof openSearch> | null = null;
let latest = 0;
// The article texts being fetched for the latest answer's passages: a newer query calls them
// off, as on HTTP/1.1 ten of them held every connection its postings needed.
let passagesFetches = new AbortController();
// The latest query's answer, whose other passages the page asks for once the reader scrolls.
let answered: { id: number; found: Found; ready: Awaited<ReturnType<typeof openSearch>> } | null = null;
// How long the answer must stand before its passages are fetched: a typist's next key
// usually comes sooner, and the passages still follow the results within 150 ms.
const PASSAGES_AFTER = 40;

const reply = (message: WorkerResponse) => postMessage(message);

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    source = request.source;
    search = openSearch(source);
    return;
  }
  if (request.type === 'more') {
    if (answered?.id !== request.id || request.id !== latest) return;
    const { found, ready } = answered;
    const allPassages = await ready.passages(found, passagesFetches.signal);
    if (request.id === latest) reply({ id: request.id, allPassages });
    return;
  }
  latest = request.id;
  answered = null;
  passagesFetches.abort();
  passagesFetches = new AbortController();
  if (request.type === 'prefetch') {
    // What fails here is fetched again by the query that needs it.
    search ??= openSearch(source!);
    search.then((ready) => ready.prefetch(request.query)).catch(() => undefined);
    return;
  }
  try {
    search ??= openSearch(source!);
    const ready = await search;
    // A newer query arrived while this one waited: drop it unanswered.
    if (request.id !== latest) return;
    const overtaken = () => request.id !== latest;
    const found = await ready.search(request.query, request.limit, request.exact, overtaken);
    if (!found || overtaken()) return;
    reply({ id: request.id, found });
    answered = { id: request.id, found, ready };
    const fromFile = ready.answeredPassages(found);
    if (fromFile) return reply({ id: request.id, passages: fromFile });
    // Passages need each result's article: fetched only if no newer key has come meanwhile,
    // so typing fast does not queue texts for prefixes already passed.
    await new Promise((resolve) => setTimeout(resolve, PASSAGES_AFTER));
    if (overtaken()) return;
    const passages = await ready.passages(found, passagesFetches.signal, request.passages);
    if (!overtaken()) reply({ id: request.id, passages });
  } catch (error) {
    // Let the next query retry the vocabulary after a failed fetch.
    search = null;
    reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
