// Reading an article's file from its record in a pack (content/archive/article-pack.ts), in
// the browser: the app, the search worker (for passages) and the service worker.
import { placedArticleText, readRecord, type ArticleAt } from '../archive/article-pack.ts';
import { fetchRange, type FetchInit } from '../fetch-data.ts';
import { PAGE_IDS, type RouterData } from '../contracts.ts';

/**
 * The file of the article whose record is at `place`, from the pack at `packUrl`: the record
 * alone, by a Range request (a host that ignores the range sends the whole pack, and the
 * record is taken from it); null when there is no such pack (a build since has replaced it).
 * Fails as `fetch` does, or on an answer other than 200, 206 or 404.
 */
export async function fetchArticleText(packUrl: string, place: ArticleAt, init: FetchInit = {}): Promise<string | null> {
  const record = await fetchRange(packUrl, place[1], place[2], init);
  if (record === null) return null;
  const { neighbours, body } = readRecord(record);
  const inflated = new Response(body).body!.pipeThrough(new DecompressionStream('deflate-raw'));
  return placedArticleText(await new Response(inflated).text(), neighbours);
}

/** Where the page at `pageUrl` says the record of the article file `file` is; undefined when the page is missing or says nothing of it. */
export async function placeFromPage(pageUrl: string, file: string, init: FetchInit = {}): Promise<ArticleAt | undefined> {
  const response = await fetch(pageUrl, init);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${pageUrl}: HTTP ${response.status}`);
  const block = new RegExp(`<script[^>]*\\bid="${PAGE_IDS.routerData}"[^>]*>([^<]*)</script>`).exec(await response.text());
  return block ? (JSON.parse(block[1]!) as RouterData).places?.[file] : undefined;
}
