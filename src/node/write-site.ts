import { join } from 'node:path';
import type { Article } from '../content/seeds/article.ts';
import { headersFile } from '../content/publishing/cache-rules.ts';
import { articleRoute, dataFiles, MANIFEST_FILE, PAGE_IDS, publicPath, SEARCH_ROUTE } from '../content/contracts.ts';
import { escapeXml, jsonForScript } from '../content/escape.ts';
import { resumeBootScript } from '../content/reader/reading-log.ts';
import { atomFeed, robotsTxt, sitemapFiles } from '../content/publishing/feeds.ts';
import { publicSite, type SiteConfig } from '../content/publishing/site-config.ts';
import type { OutputWriter } from './out-dir.ts';
import type { PageCache } from './page-cache.ts';
import { prerender } from './prerender.ts';
import type { BuildHelper } from './build-helper.ts';
import { readFirst, type PageRenderer } from './page-renderer.ts';
import { routePages } from './route-pages.ts';
import type { BuiltData } from './built-data.ts';

interface WriteSiteOptions {
  /** Writes into the output folder (over an earlier build's files). */
  out: OutputWriter;
  /** The data folder of the build that wrote the output folder before, if any. */
  previousDataPath?: string;
  base: string;
  /** The site's public root URL, ending in `/`. */
  siteRoot: string;
  /** The publisher's settings. */
  config: SiteConfig;
  /** Each article's id and date, newest first. */
  articles: readonly Pick<Article, 'id' | 'date'>[];
  /** The newest articles in full (`config.feed.size`), for the feed. */
  feed: readonly Article[];
  data: BuiltData;
  /** The built index.html, or null when the build has none (then no pages are rendered). */
  template: string | null;
  /** Pages rendered by earlier builds. */
  cache?: PageCache;
  /** The folder of the server bundle pages are rendered with, or a promise of it (see prerender). */
  server: string | Promise<string>;
  /** A renderer on this thread, already started, and the build's helper thread (see prerender). */
  renderer?: PageRenderer;
  helper?: BuildHelper | null;
}

/**
 * Writes the site's data files into the output folder, and empties `data.files`: the pages
 * are rendered from the files as written, so the texts it holds (the lists' and the search
 * index's, about 90 MB at 50,000 articles) need not stay in memory meanwhile. An article's
 * file is made only when it is not linked from the old output. A build writes them as soon as
 * they are made, before the browser's bundle (site-build.ts); nothing is left for writeSite then.
 */
export function writeDataFiles(out: OutputWriter, data: BuiltData, previousDataPath: string | undefined): void {
  if (previousDataPath) out.reuseFolder(previousDataPath, data.manifest.dataPath);
  // Links to the old output's files are made on another thread; writeSite waits for them.
  out.linkLater(() => {
    for (const path of data.files.paths()) out.write(data.manifest.dataPath + path, data.files.content(path)!, data.hashes.get(path));
  });
  data.files.clear();
}

/**
 * The sitemap, written by a function of its own: its list of URLs, made in `writeSite`, was
 * held there through the whole prerender that follows (an object and a URL an article: a
 * heap snapshot of a 250,000-article build found all of them alive mid-prerender).
 */
function writeSitemap(out: OutputWriter, siteRoot: string, articles: readonly Pick<Article, 'id' | 'date'>[], articleUrl: (id: string) => string): void {
  const urls = [{ loc: siteRoot }, ...articles.map((a) => ({ loc: articleUrl(a.id), lastmod: a.date }))];
  for (const [file, content] of sitemapFiles(urls, siteRoot)) out.write(file, content);
}

/**
 * Writes everything the build adds beside the bundle: the data files (unless written
 * already) and the manifest, feed, sitemap, robots.txt, cache rules and every prerendered
 * page. It empties `data.files` once they are written.
 */
export async function writeSite({
  out,
  previousDataPath,
  base,
  siteRoot,
  config,
  articles,
  feed,
  data,
  template,
  cache,
  server,
  renderer,
  helper,
}: WriteSiteOptions): Promise<void> {
  // Written straight to disk: tens of thousands of small files would swamp the bundler's
  // asset pipeline and its report.
  if (data.files.size > 0) writeDataFiles(out, data, previousDataPath);
  await out.linked();
  const dataDirs = out.sources(data.manifest.dataPath);
  // Search results are drawn in the browser, not prerendered: the search page carries the
  // index's directory, so a search opened directly is one round trip shorter, and where the
  // data files are, so that it need not wait for the manifest either.
  const directory = readFirst(dataDirs.map((dir) => join(dir, dataFiles.searchDirectory)));
  if (directory === null) throw new Error(`The search index's directory ${data.manifest.dataPath}${dataFiles.searchDirectory} was not written`);
  const searchHead = `<script type="application/json" id="${PAGE_IDS.searchDirectory}" data-path="${escapeXml(data.manifest.dataPath)}">${jsonForScript(JSON.parse(directory))}</script>`;
  out.write(MANIFEST_FILE, JSON.stringify(data.manifest));
  const articleUrl = (id: string) => `${siteRoot}${publicPath(articleRoute(id), config.pageFormat)}`;
  out.write('feed.xml', atomFeed(feed, siteRoot, config.title, articleUrl, { ...config.feed, language: config.language }));
  writeSitemap(out, siteRoot, articles, articleUrl);
  out.write('robots.txt', robotsTxt(siteRoot));
  out.write('_headers', headersFile(base));
  if (template === null) return;
  await prerender({
    base,
    out,
    dataDirs,
    cache,
    server,
    renderer,
    helper,
    template,
    data,
    pages: routePages(
      articles.map((a) => a.id),
      data.manifest,
      config.pageFormat,
    ),
    format: config.pageFormat,
    siteRoot,
    site: publicSite(config),
    // The front page, the one place "continue reading" is offered, keeps its place from the first paint.
    extraHead: (path) => (path === SEARCH_ROUTE ? searchHead : path === '' ? `<script>${resumeBootScript()}</script>` : ''),
  });
}
