// The one module that imports the build-time manifest and knows where the data files live.
import { manifest as givenManifest, seedProblems, site } from 'virtual:archive';
import { chunksFor, readArticleFile, type ArchiveManifest, type ArticleFile, type ListEntry } from '../content/archive/model.ts';
import { ROWS_PER_FILE } from '../content/search/search-docs.ts';
import { articleFileId, dataFiles, listChunkSize, MANIFEST_FILE, PAGE_IDS, type GroupKind, type RouterData } from '../content/contracts.ts';
import { linkedEntries, type ArticleAt } from '../content/archive/article-pack.ts';
import { articleRecords } from './article-records.ts';
import { memoizeAsync } from '../content/memo.ts';
import { fetchJson } from '../content/fetch-data.ts';
import { ARTICLE_ID } from '../content/seeds/seed-name.ts';
import { setTranslator } from '../components/use-translator.ts';
import { createTranslator } from '../content/publishing/translator.ts';
import type { SearchDirectory } from '../content/search/search-index.ts';
import type { SearchSource } from '../features/search/search-session.ts';
import type { PageAnswers } from '../features/search/search-client.ts';

export { seedProblems, site };

/**
 * The archive's manifest. The prerender and the dev server give it; a built bundle does not
 * carry it (its scripts then stay the same when only the content changes) and reads it from
 * MANIFEST_FILE: nothing reads it before `loadManifest` has resolved.
 */
export let manifest = givenManifest as ArchiveManifest;

// Resolving to nothing: a promise resolved with the manifest would probe its `then`, which
// the prerender would note as a field every page read.
const readManifest = memoizeAsync(async (url: string): Promise<void> => {
  // The current build's, as a page is; offline with no service worker, the one kept last
  // (a page it does not fit is rendered afresh rather than hydrated: start-app.tsx).
  const response = await fetch(url, { cache: 'no-cache' }).catch(() => fetch(url, { cache: 'force-cache' }));
  if (!response.ok) throw new Error(`${MANIFEST_FILE}: HTTP ${response.status}`);
  manifest = (await response.json()) as ArchiveManifest;
});

/** Reads this build's manifest into `manifest`, once (again after a failure); at once where it was given. */
export const loadManifest = (): Promise<void> => (givenManifest ? Promise.resolve() : readManifest(`${import.meta.env.BASE_URL}${MANIFEST_FILE}`));

/** The interface's words, dates and numbers in the site's language, for the prerender and the app alike (never the reader's browser language). */
export const translator = createTranslator(site.language, site.messages);
setTranslator(translator);

/** The URL (from the site's root) of a data file of this build. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${manifest.dataPath}${path}`;
}

/** Reads a data file's text, or null when there is none. */
export type DataReader = (path: string) => Promise<string | null>;

const records = articleRecords(dataUrl, fetchFile);

/** Notes where the records of these entries' articles are, for when they are opened. */
export const placeArticles = (entries: Iterable<{ id: string; at?: ArticleAt }>): void => records.place(entries);

async function fetchData(path: string, url: string): Promise<string | null> {
  const article = articleFileId(path);
  return article ? records.read(path, article) : fetchFile(path, url);
}

async function fetchFile(path: string, url: string): Promise<string | null> {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** Data files asked for before the app's code came (`readEarly`), by URL. */
const early = new Map<string, Promise<string | null>>();

/**
 * Starts reading data files now, for the app to take them from once it runs: a page's own
 * files, asked for with the app's code, come while it loads rather than a round trip after.
 */
export function readEarly(paths: readonly string[], placed: RouterData['places'] = {}): void {
  records.placeFiles(placed);
  for (const path of paths) {
    const url = dataUrl(path);
    if (early.has(url)) continue;
    const reading = fetchData(path, url);
    // A failure is reported to whoever reads the file; the next read asks again.
    reading.catch(() => early.delete(url));
    early.set(url, reading);
  }
}

/** Reads a data file of the build the app runs with. */
export const readData: DataReader = (path) => {
  const url = dataUrl(path);
  return early.get(url) ?? fetchData(path, url);
};

/**
 * Whether this page's build has been replaced on the host: its data folder is gone. The
 * probe carries a query string so a service worker's precache cannot answer it.
 */
async function isStaleDeploy(): Promise<boolean> {
  if (typeof window === 'undefined' || manifest.count === 0) return false;
  const probe = await fetch(`${dataUrl(dataFiles.list(0))}?live`, { cache: 'no-store' }).catch(() => null);
  return probe?.status === 404;
}

/**
 * Call when a data file a route needs is missing. If the site was redeployed under this
 * page, the address `url` is loaded as a new page (and this never resolves), so the new
 * build's page runs with the new build's files, never a mix; otherwise the file really
 * does not exist and this resolves.
 */
export async function reloadIfRedeployed(url: string): Promise<void> {
  if (typeof window === 'undefined' || window.location.href === url || !(await isStaleDeploy())) return;
  window.location.assign(url);
  await new Promise<never>(() => undefined);
}

/** What the routes read the archive through: list entries, a tag's articles, an article. */
export interface ArchiveData {
  /** The list entries of documents `[start, start + count)` of the newest-first list. */
  loadEntries(start: number, count: number): Promise<ListEntry[]>;
  /** The list entries of the given documents, in the given order. */
  loadEntriesOf(docs: readonly number[]): Promise<ListEntry[]>;
  /** The positions in the newest-first list of a group's articles (a tag, author or section of `manifest.groups`); null when its file is missing. */
  loadGroupDocs(kind: GroupKind, slug: string): Promise<number[] | null>;
  /** One article with its neighbours, or null when there is no such article. */
  loadArticle(id: string): Promise<ArticleFile | null>;
}

/**
 * The archive read through `read`: the network in the browser; in the prerender, the files
 * it is about to write, a new one for every page, so that each page's render reads (and the
 * prerender's cache sees) every file that page shows.
 */
export function archiveData(read: DataReader = readData, place: typeof placeArticles = () => undefined): ArchiveData {
  const getJson = async <T>(path: string): Promise<T | null> => {
    const text = await read(path);
    return text === null ? null : (JSON.parse(text) as T);
  };
  const loadChunk = memoizeAsync(async (chunk: number) => {
    const entries = (await getJson<ListEntry[]>(dataFiles.list(chunk))) ?? [];
    place(entries);
    return entries;
  });
  return {
    async loadEntries(start, count) {
      const loaded = await Promise.all(chunksFor(start, count, manifest.pageSize).map(loadChunk));
      const size = listChunkSize(manifest.pageSize);
      const first = Math.floor(start / size) * size;
      return loaded.flat().slice(start - first, start - first + count);
    },
    loadEntriesOf: (docs) => {
      const size = listChunkSize(manifest.pageSize);
      return Promise.all(docs.map(async (doc) => (await loadChunk(Math.floor(doc / size)))[doc % size]!));
    },
    loadGroupDocs: (kind, slug) => getJson<number[]>(dataFiles.group(kind, slug)),
    async loadArticle(id) {
      const text = ARTICLE_ID.test(id) ? await read(dataFiles.article(id)) : null;
      if (text === null) return null;
      const file = readArticleFile(text);
      place(linkedEntries(file));
      return file;
    },
  };
}

/** The browser's, for the page's life: a list chunk read once is kept, and where the articles it lists are. */
export const browserData = archiveData(readData, placeArticles);

/** The router's request context of a prerendered page: the data it is rendered from. */
export interface RenderContext {
  data: ArchiveData;
}

/** The archive a route's loader reads: the prerender's, passed in the router's request context, or the browser's. */
export const dataOf = (context: unknown): ArchiveData => (context as RenderContext | undefined)?.data ?? browserData;

// Read from the page once (null: not yet): the block stays as it came while the app runs.
let carried: { directory: SearchDirectory; dataPath: string } | undefined | null = null;

/** What a prerendered search page carries of this build's search index: its directory, and where the data files are. */
function searchInPage(): { directory: SearchDirectory; dataPath: string } | undefined {
  if (carried !== null) return carried;
  const block = typeof document === 'undefined' ? null : document.getElementById(PAGE_IDS.searchDirectory);
  const dataPath = block?.getAttribute('data-path');
  carried = block?.textContent && dataPath ? { directory: JSON.parse(block.textContent) as SearchDirectory, dataPath } : undefined;
  return carried;
}

/**
 * The search index's directory: the one a search page carries, else fetched by the page as
 * the search starts, while the worker's script loads (asked by the worker, it came a round
 * trip later: after that script).
 */
async function searchDirectory(url: string): Promise<SearchDirectory> {
  const inPage = searchInPage();
  if (inPage) return inPage.directory;
  return fetchJson<SearchDirectory>(url);
}

/**
 * The files of this build's search index and of its results: what "save all" keeps, and
 * where a search reads. A search page knows them without the manifest, so a search opened
 * directly does not wait for it (nor, in Lighthouse's simulation, does its largest paint).
 */
export async function searchFiles(): Promise<Omit<SearchSource, 'directory'>> {
  const inPage = searchInPage();
  if (!inPage) await loadManifest();
  const { dataPath, count, parts, shards } = inPage
    ? { dataPath: inPage.dataPath, count: inPage.directory.docCount, parts: inPage.directory.parts.length, shards: inPage.directory.shardTerms.length }
    : { dataPath: manifest.dataPath, count: manifest.count, parts: manifest.searchParts, shards: manifest.searchShards };
  const url = (path: string) => `${import.meta.env.BASE_URL}${dataPath}${path}`;
  return {
    indexUrl: url(dataFiles.searchDirectory),
    partUrls: Array.from({ length: parts }, (_, i) => url(dataFiles.searchTerms(i))),
    shardUrls: Array.from({ length: shards }, (_, i) => url(dataFiles.searchPostings(i))),
    rowUrls: Array.from({ length: Math.ceil(count / ROWS_PER_FILE) }, (_, i) => url(dataFiles.searchRows(i))),
    keepRows: Boolean(globalThis.navigator?.serviceWorker?.controller),
    dataUrl: url(''),
  };
}

/**
 * The words the search answers from a file, and where those files are, as far as the page
 * knows them without waiting: from a search page's directory, or from the manifest once it
 * has been read (null before).
 */
export function pageAnswers(): PageAnswers | null {
  const inPage = searchInPage();
  const known = inPage ? { list: inPage.directory.answers, dataPath: inPage.dataPath } : { list: manifest?.searchAnswers, dataPath: manifest?.dataPath };
  if (!known.list || !known.dataPath) return null;
  if (answerWords?.list !== known.list) answerWords = { list: known.list, words: known.list.split(' ') };
  const base = `${import.meta.env.BASE_URL}${known.dataPath}`;
  return { words: answerWords.words, url: (n) => `${base}${dataFiles.searchAnswer(n)}` };
}
let answerWords: { list: string; words: string[] } | undefined;

/** Where the search index of this build, and the files its results are drawn from, live, with the index's directory. */
export async function searchSource(): Promise<SearchSource> {
  const files = await searchFiles();
  return { ...files, directory: await searchDirectory(files.indexUrl) };
}
