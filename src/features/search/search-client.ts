import type { WorkerRequest, WorkerResponse } from './search-protocol.ts';
import type { Found, openSearch, Passages, SearchSource } from './search-session.ts';
import { plainAnswerNumber, readAnswer, type AnswerFile } from '../../content/search/answer-file.ts';
import { memoizeAsync } from '../../content/memo.ts';
import { fetchJson } from '../../content/fetch-data.ts';

/** The words the build answered (search-answers.ts) and where each answer's file is, as far as the page knows them. */
export interface PageAnswers {
  words: readonly string[];
  url: (n: number) => string;
}

/** What a query found, with the passages to come (the worker reads the articles' texts after it has answered). */
export interface SearchAnswer extends Found {
  /** The passages of the first results, as many as the client was told to read at once (`firstPassages`). */
  passages: Promise<Passages>;
  /** Every result's passage: the other results' articles are fetched now (the reader scrolled to them). */
  allPassages: () => Promise<Passages>;
}

/** An answer as far as it has arrived: passages are null until they have. */
export interface ArrivedAnswer extends Found {
  passages: Passages | null;
}

/** Runs queries (`exact`: the words as typed, without corrections); a query overtaken by a newer one resolves to null. */
export interface SearchClient {
  search(query: string, limit: number, exact?: boolean): Promise<SearchAnswer | null>;
  /** The answer to this very question as far as it has arrived, so a view can draw it at once; null before it has. */
  arrived(query: string, limit: number, exact?: boolean): ArrivedAnswer | null;
  /** Starts the search (its worker, code and index directory) before the first query, e.g. when the field is focused. */
  warm(): void;
}

/**
 * Starts the search loading in a Web Worker (on the main thread where workers do not exist,
 * as in tests). Only the latest query is answered: older ones resolve to null. A word's first
 * keys that the build answered are answered in the page, when `answers` says where
 * (answeringInPage). Each answer's passages are read at once for its first `firstPassages()`
 * results (those a screen shows), the others' when asked for (`allPassages`).
 */
export function createSearchClient(
  source: () => Promise<SearchSource>,
  onFound: (found: Found) => void = () => undefined,
  answers: () => PageAnswers | null = () => null,
  firstPassages: () => number = () => Infinity,
): SearchClient {
  const asker = typeof Worker === 'undefined' ? inPageClient(source, firstPassages) : workerClient(source, firstPassages);
  return sharingAnswers(answeringInPage(asker, answers), onFound);
}

type Asker = ((query: string, limit: number, exact: boolean) => Promise<SearchAnswer | null>) & {
  warm: () => void;
  /** Overtakes the query asked last, and fetches what the engine reads of `query`, for the next key. */
  prefetch: (query: string) => void;
};

/**
 * A word's first one or two letters, typed alone (plainAnswerNumber), answered from the file
 * the build wrote for them, fetched by the page: the first query of a visit no longer waits
 * for the worker's script (on a phone, 330 ms of its 600 ms), and the page needs no
 * tokenizer for it. The worker fetches meanwhile what the engine reads of the word. A file
 * that cannot be fetched (offline) leaves the query to the worker.
 */
function answeringInPage(ask: Asker, answers: () => PageAnswers | null): Asker {
  let latest = 0;
  const answerFile = memoizeAsync((url: string) => fetchJson<AnswerFile>(url));
  const answering = async (query: string, limit: number, exact: boolean): Promise<SearchAnswer | null> => {
    const asked = ++latest;
    const known = answers();
    const n = plainAnswerNumber(known?.words, query, exact);
    const read =
      n === undefined
        ? null
        : await answerFile(known!.url(n)).then(
            (file) => readAnswer(file, limit),
            () => null,
          );
    if (asked !== latest) return null;
    if (!read) return ask(query, limit, exact);
    ask.prefetch(query);
    const passages = Promise.resolve(read.passages);
    return { ...read, passages, allPassages: () => passages };
  };
  return Object.assign(answering, { warm: ask.warm, prefetch: ask.prefetch });
}

/**
 * The latest question asked again shares its answer instead of running again: the page that
 * starts a search before the app has loaded, and the app, ask the same question. The index
 * never changes under a page, so a kept answer never goes stale.
 */
function sharingAnswers(ask: Asker, onFound: (found: Found) => void): SearchClient {
  let asked: { query: string; limit: number; exact: boolean; answer: Promise<SearchAnswer | null>; arrived: ArrivedAnswer | null } | null = null;
  const isAsked = (query: string, limit: number, exact: boolean) => asked !== null && asked.query === query && asked.limit === limit && asked.exact === exact;
  return {
    search(query, limit, exact = false) {
      if (isAsked(query, limit, exact)) return asked!.answer;
      const current: NonNullable<typeof asked> = { query, limit, exact, answer: Promise.resolve(null), arrived: null };
      asked = current;
      current.answer = ask(query, limit, exact).then((answer) => {
        if (!answer) return null;
        onFound(answer);
        const arrived: ArrivedAnswer = { ...answer, passages: null };
        current.arrived = arrived;
        // What a view draws at once: the first passages, and the others once asked for.
        const merge = (passages: Passages) => (arrived.passages = morePassages(arrived.passages, passages));
        return { ...answer, passages: answer.passages.then(merge), allPassages: () => answer.allPassages().then(merge) };
      });
      // A failed query is asked afresh next time.
      current.answer.catch(() => {
        if (asked === current) asked = null;
      });
      return current.answer;
    },
    arrived(query, limit, exact = false) {
      return isAsked(query, limit, exact) ? asked!.arrived : null;
    },
    warm: ask.warm,
  };
}

/** Search on the main thread, where there are no workers (as in tests). */
function inPageClient(source: () => Promise<SearchSource>, firstPassages: () => number): Asker {
  let next = 0;
  // Loaded on demand so the engine and fuse.js stay out of the page's bundle.
  let opened: ReturnType<typeof openSearch> | null = null;
  const open = () => {
    opened ??= Promise.all([import('./search-session.ts'), source()]).then(([{ openSearch }, from]) => openSearch(from));
    opened.catch(() => (opened = null));
    return opened;
  };
  const ask = async (query: string, limit: number, exact: boolean) => {
    const id = ++next;
    const search = await open();
    const found = await search.search(query, limit, exact, () => id !== next);
    if (!found || id !== next) return null;
    let all: Promise<Passages> | null = null;
    return { ...found, passages: search.passages(found, undefined, firstPassages()), allPassages: () => (all ??= search.passages(found)) };
  };
  const prefetch = (query: string) => {
    next++;
    open()
      .then((search) => search.prefetch(query))
      .catch(() => undefined);
  };
  return Object.assign(ask, { warm: () => void open().catch(() => undefined), prefetch });
}

/** Search in a Web Worker, which answers each query twice: what it found, then the passages. */
function workerClient(source: () => Promise<SearchSource>, firstPassages: () => number): Asker {
  let next = 0;
  let worker: Worker | null = null;
  /** Resolves once the worker has been told where the index is (its script loads meanwhile). */
  let opened: Promise<void> = Promise.resolve();
  const pending = new Map<number, { resolve: (answer: SearchAnswer | null) => void; reject: (error: Error) => void }>();
  const pendingPassages = new Map<number, (passages: Passages) => void>();
  const pendingAll = new Map<number, (passages: Passages) => void>();
  const start = () => {
    const created = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if ('passages' in message || 'allPassages' in message) {
        const [waiting, passages] = 'passages' in message ? [pendingPassages, message.passages] : [pendingAll, message.allPassages];
        waiting.get(message.id)?.(passages);
        waiting.delete(message.id);
        return;
      }
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if ('error' in message) return waiting.reject(new Error(message.error));
      const passages = new Promise<Passages>((resolve) => pendingPassages.set(message.id, resolve));
      const id = message.id;
      let all: Promise<Passages> | null = null;
      const allPassages = () =>
        (all ??= new Promise<Passages>((resolve) => {
          pendingAll.set(id, resolve);
          created.postMessage({ type: 'more', id } satisfies WorkerRequest);
        }));
      waiting.resolve({ ...message.found, passages, allPassages });
    });
    // The worker's script did not load (gone with a deploy, or offline with no service
    // worker), or the worker failed: the questions waiting fail, so the page says search is
    // unavailable, and the next question starts a new worker.
    created.addEventListener('error', (event) => {
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = null;
      const error = new Error('the search could not start');
      settleWaiting((waiting) => waiting.reject(error));
    });
    opened = source().then((from) => created.postMessage({ type: 'open', source: from } satisfies WorkerRequest));
    // Without its source the worker cannot search: the questions waiting fail, and the next starts anew.
    opened.catch((error: unknown) => {
      created.terminate();
      if (worker === created) worker = null;
      settleWaiting((waiting) => waiting.reject(error instanceof Error ? error : new Error(String(error))));
    });
    return created;
  };
  /** Settles every question still waiting with `settle`, and ends their passages empty. */
  const settleWaiting = (settle: (waiting: NonNullable<ReturnType<typeof pending.get>>) => void) => {
    for (const [id, waiting] of pending) {
      pending.delete(id);
      settle(waiting);
    }
    for (const waiting of [pendingPassages, pendingAll])
      for (const [id, resolve] of waiting) {
        waiting.delete(id);
        resolve([]);
      }
  };
  const ask = (query: string, limit: number, exact: boolean): Promise<SearchAnswer | null> => {
    worker ??= start();
    const id = ++next;
    // The worker drops overtaken queries without answering; settle them here (no passages).
    settleWaiting((waiting) => waiting.resolve(null));
    const asking = worker;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // After the worker's `open`; a failed one has settled this question already.
      opened.then(
        () => asking.postMessage({ type: 'search', id, query, limit, exact, passages: firstPassages() } satisfies WorkerRequest),
        () => undefined,
      );
    });
  };
  const prefetch = (query: string) => {
    worker ??= start();
    const id = ++next;
    settleWaiting((waiting) => waiting.resolve(null));
    const asking = worker;
    opened.then(
      () => asking.postMessage({ type: 'prefetch', id, query } satisfies WorkerRequest),
      () => undefined,
    );
  };
  return Object.assign(ask, {
    warm: () => {
      worker ??= start();
    },
    prefetch,
  });
}

/** `more` over `known`: where a passage did not come (not read, or called off by a newer query), the one known stays. */
function morePassages(known: Passages | null, more: Passages): Passages {
  const length = Math.max(known?.length ?? 0, more.length);
  // A passage, else the one known, else null where the text could not be read.
  return Array.from({ length }, (_, i) => more[i] ?? known?.[i] ?? more[i]);
}
