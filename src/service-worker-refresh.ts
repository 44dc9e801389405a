// After an update, what the reader kept for offline reading still belongs to the old build:
// its data files sit in the old build's data folder, which the new pages never ask for, and
// its pages show the old content (and, after a change of code, name scripts that are gone).
// This brings both up to the current build, so an update loses no saved article, and
// expires the old build's files, so the cache does not grow with every deployment.
import { DATA_CACHE, dataFolderOf, inDataFolder, LEGACY_ARTICLE_CACHE, PAGE_CACHE, PAGES_BUILD_CACHE } from './content/reader/offline.ts';
import { fetchArticleText, placeFromPage } from './content/reader/article-record.ts';
import { articleFileId, dataFiles } from './content/contracts.ts';

// Files fetched at once: enough to keep a connection busy, few enough not to crowd out
// what the reader is doing.
const AT_ONCE = 6;

let running: Promise<void> | null = null;

/**
 * Moves every data file kept from an older build into `current`'s data folder (fetching it
 * anew; a file the new build no longer has is dropped), and, once per build, asks the host
 * for every kept page again (a page unchanged costs a 304), or only for those that cannot
 * run in this build. What fails (offline) is kept as it is and tried next time. Runs once
 * at a time; a second call while it runs shares it.
 */
export function refreshOffline(current: string, runsInThisBuild: (html: string) => boolean, pageOf: (id: string) => string): Promise<void> {
  running ??= (async () => {
    try {
      const data = await caches.open(DATA_CACHE);
      const legacy = (await caches.has(LEGACY_ARTICLE_CACHE)) ? await caches.open(LEGACY_ARTICLE_CACHE) : null;
      const stale = [
        ...(await data.keys()).map((request) => ({ cache: data, request })),
        ...(legacy ? (await legacy.keys()).map((request) => ({ cache: legacy, request })) : []),
      ].filter(({ request }) => {
        const folder = dataFolderOf(request.url);
        return folder !== null && folder !== current;
      });
      await inBatches(stale, async ({ cache, request }) => {
        const url = inDataFolder(request.url, current);
        const article = articleFileId(url);
        const response = (await data.match(url)) ?? (await (article ? currentArticle(url, article, pageOf(article)) : fetch(url)).catch(() => null));
        if (!response) return;
        if (response.ok) await data.put(url, response);
        // Kept for another try unless it arrived, or the new build has no such file.
        if (response.ok || response.status === 404) await cache.delete(request);
      });
      if (legacy && (await legacy.keys()).length === 0) await caches.delete(LEGACY_ARTICLE_CACHE);

      // The pages' names carry no build: which build they were last brought up to is noted apart.
      const noted = await caches.open(PAGES_BUILD_CACHE);
      const newBuild = (await (await noted.match(PAGES_BUILD_KEY))?.text()) !== current;
      const pages = await caches.open(PAGE_CACHE);
      const requests = await pages.keys();
      let failed = false;
      await inBatches(requests, async (request) => {
        const kept = await pages.match(request);
        if (!kept) return;
        const runs = runsInThisBuild(await kept.clone().text());
        if (runs && !newBuild) return;
        const response = await fetch(request.url, { cache: 'no-store', headers: runs ? validators(kept) : {} }).catch(() => null);
        if (response?.ok) await pages.put(request, response);
        // Gone from the site: the old copy shows what no page links to any more.
        else if (response?.status === 404) await pages.delete(request);
        else if (response?.status !== 304) failed = true;
      });
      if (!failed) await noted.put(PAGES_BUILD_KEY, new Response(current));
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * The article file at `url` (in the current build's data folder) as that build has it: its
 * record, where the article's page at `pageUrl` says it is (a build places each article
 * anew); a 404 when the build has no such article.
 */
async function currentArticle(url: string, id: string, pageUrl: string): Promise<Response> {
  const place = await placeFromPage(pageUrl, dataFiles.article(id), { cache: 'no-store' });
  const text = place ? await fetchArticleText(new URL(`../${dataFiles.articlePack(place[0])}`, url).href, place) : null;
  return text === null ? new Response(null, { status: 404 }) : new Response(text);
}

/** The entry of PAGES_BUILD_CACHE. */
const PAGES_BUILD_KEY = '/pages-build';

/** The kept page's validators, so the host answers 304 when the page is the same. */
function validators(kept: Response): Record<string, string> {
  const etag = kept.headers.get('etag');
  const modified = kept.headers.get('last-modified');
  return { ...(etag && { 'if-none-match': etag }), ...(modified && { 'if-modified-since': modified }) };
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += AT_ONCE) await Promise.all(items.slice(i, i + AT_ONCE).map(work));
}
