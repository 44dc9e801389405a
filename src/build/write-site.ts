import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from '../content/article.ts';
import { headersFile } from '../content/cache-rules.ts';
import { jsonForScript } from '../content/escape.ts';
import { atomFeed, robotsTxt, sitemap } from '../content/feeds.ts';
import { publicSite, type SiteConfig } from '../content/site-config.ts';
import { prerender } from './prerender.ts';
import { routePages } from './route-pages.ts';
import type { SiteData } from './site-data.ts';

interface WriteSiteOptions {
  outDir: string;
  base: string;
  /** The site's public root URL, ending in `/`. */
  siteRoot: string;
  /** The publisher's settings. */
  config: SiteConfig;
  articles: readonly Article[];
  site: SiteData;
  /** The built index.html, or null when the build has none (then no pages are rendered). */
  template: string | null;
}

function write(path: string, content: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Writes everything the build adds beside the bundle: the data files, feed, sitemap, robots.txt, cache rules and every prerendered page. */
export async function writeSite({ outDir, base, siteRoot, config, articles, site, template }: WriteSiteOptions): Promise<void> {
  // Written straight to disk: tens of thousands of small files would swamp the bundler's
  // asset pipeline and its report.
  for (const [path, content] of site.files) write(join(outDir, site.manifest.dataPath, path), content);
  const articleUrl = (id: string) => `${siteRoot}articles/${id}`;
  write(join(outDir, 'feed.xml'), atomFeed(articles, siteRoot, config.title, articleUrl, config.feed));
  write(join(outDir, 'sitemap.xml'), sitemap([{ loc: siteRoot }, ...articles.map((a) => ({ loc: articleUrl(a.id), lastmod: a.date }))]));
  write(join(outDir, 'robots.txt'), robotsTxt(siteRoot));
  write(join(outDir, '_headers'), headersFile(base));
  if (template === null) return;
  // Search results are drawn in the browser, not prerendered: the search page carries the
  // index's directory, so a search opened directly is one round trip shorter.
  const searchHead = `<script type="application/json" id="search-directory">${jsonForScript(JSON.parse(site.files.get('search/index.json')!))}</script>`;
  await prerender({
    base,
    outDir,
    template,
    data: site,
    pages: routePages(articles.map((a) => a.id), site.manifest),
    siteRoot,
    site: publicSite(config),
    extraHead: (path) => (path === 'search' ? searchHead : ''),
  });
}
