// The one module that imports the build-time manifest and knows where the data files live.
import { manifest, seedProblems, site } from 'virtual:archive';
import { chunksFor, type ArticleFile, type ListEntry } from '../content/archive.ts';
import { RESULT_DOCS } from '../content/search-docs.ts';
import { memoizeAsync } from '../content/memo.ts';
import { setTranslator } from '../components/use-translator.ts';
import { createTranslator } from '../content/translator.ts';
import type { SearchDirectory } from '../content/search-index.ts';
import type { SearchSource } from '../features/search/search-source.ts';

export { manifest, seedProblems, site };

/** The interface's words, dates and numbers in the site's language, for the prerender and the app alike (never the reader's browser language). */
export const translator = createTranslator(site.language, site.messages);
setTranslator(translator);

/** The URL (from the site's root) of a data file of this build. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${manifest.dataPath}${path}`;
}

/** Reads a data file's text, or null when there is none. */
export type DataReader = (path: string) => Promise<string | null>;

let readData: DataReader = async (path) => {
  const response = await fetch(dataUrl(path));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

/**
 * Replaces the network with another reader: the prerender reads the files it is about to
 * write. Files read before are forgotten, so every page's render reads (and the prerender's
 * cache sees) all the files that page shows.
 */
export function setDataReader(reader: DataReader): void {
  readData = reader;
  loadChunk = chunkLoader();
}

/** Reads a data file as JSON; null when the host answers 404. */
async function getJson<T>(path: string): Promise<T | null> {
  const text = await readData(path);
  return text === null ? null : (JSON.parse(text) as T);
}

/**
 * Whether this page's build has been replaced on the host: its data folder is gone. The
 * probe carries a query string so a service worker's precache cannot answer it.
 */
async function isStaleDeploy(): Promise<boolean> {
  if (typeof window === 'undefined' || manifest.count === 0) return false;
  const probe = await fetch(`${dataUrl('list/0.json')}?live`, { cache: 'no-store' }).catch(() => null);
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

const chunkLoader = () => memoizeAsync(async (chunk: number) => (await getJson<ListEntry[]>(`list/${chunk}.json`)) ?? []);
let loadChunk = chunkLoader();

/** The list entries of documents `[start, start + count)` of the newest-first list. */
export async function loadEntries(start: number, count: number): Promise<ListEntry[]> {
  const loaded = await Promise.all(chunksFor(start, count, manifest.pageSize).map(loadChunk));
  const first = Math.floor(start / manifest.pageSize) * manifest.pageSize;
  return loaded.flat().slice(start - first, start - first + count);
}

/** The list entries of the given documents, in the given order. */
export async function loadEntriesOf(docs: readonly number[]): Promise<ListEntry[]> {
  return Promise.all(docs.map(async (doc) => (await loadChunk(Math.floor(doc / manifest.pageSize)))[doc % manifest.pageSize]!));
}

/** The positions in the newest-first list of a tag's articles (a tag of `manifest.tags`); null when its file is missing. */
export function loadTagDocs(slug: string): Promise<number[] | null> {
  return getJson<number[]>(`tags/${slug}.json`);
}

/** One article with its neighbours, or null when there is no such article. */
export function loadArticle(id: string): Promise<ArticleFile | null> {
  return /^[0-9a-f]{16}$/.test(id) ? getJson<ArticleFile>(`articles/${id}.json`) : Promise.resolve(null);
}

/** The search index's directory when this page carries it: a prerendered search page does. */
function directoryInPage(): SearchDirectory | undefined {
  const block = typeof document === 'undefined' ? null : document.getElementById('search-directory');
  return block?.textContent ? (JSON.parse(block.textContent) as SearchDirectory) : undefined;
}

/** Where the search index of this build, and the files its results are drawn from, live. */
export function searchSource(): SearchSource {
  return {
    indexUrl: dataUrl('search/index.json'),
    directory: directoryInPage(),
    partUrls: Array.from({ length: manifest.searchParts }, (_, i) => dataUrl(`search/terms/${i}.json`)),
    shardUrls: Array.from({ length: manifest.searchShards }, (_, i) => dataUrl(`search/postings/${i}.json`)),
    resultUrls: Array.from({ length: Math.ceil(manifest.count / RESULT_DOCS) }, (_, i) => dataUrl(`search/docs/${i}.json`)),
    docsPerFile: RESULT_DOCS,
    articlesUrl: dataUrl('articles/'),
  };
}
