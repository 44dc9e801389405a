import { createHash } from 'node:crypto';
import { documentTitle, type PageHead, type RenderedPage } from '../content/page-head.ts';
import type { PublicSite } from '../content/site-config.ts';
import type { PageCache } from './page-cache.ts';
import { buildHelper, pageRenderer, type BuildHelper, type PageRenderer, type Rendered } from './render-server.mjs';
import { escapeXml, jsonForScript } from '../content/escape.ts';
import type { RoutePage } from './route-pages.ts';
import type { SiteData } from './site-data.ts';

/** Below this many pages to render, a helper thread would take longer to start than it saves. */
export const HELPER_MIN_PAGES = 200;
/**
 * Milliseconds to put a page together and write it, and to render one (a list page takes
 * about 4, an article 1), as measured on the Reuters corpus: they set the helper's share.
 */
const ASSEMBLE_MS = 0.06;
const RENDER_MS = 3.5;

interface PrerenderOptions {
  base: string;
  /** Writes a file of the output folder, by its path there. */
  write: (file: string, content: Buffer) => void;
  /** The built index.html, with its asset tags. */
  template: string;
  /** The data files the pages are rendered from, */
  data: SiteData;
  /** and the folder they are written to (a worker thread reads them there). */
  dataDir: string;
  pages: readonly RoutePage[];
  /** The site's public root URL, ending in `/` (SITE_URL joined with the base). */
  siteRoot: string;
  /** The publisher's settings the pages show. */
  site: PublicSite;
  /** Tags a page adds to its head beyond the ones every page has, by the page's path. */
  extraHead?: (path: string) => string;
  /** Pages rendered by earlier builds; without it every page is rendered. */
  cache?: PageCache;
  /** A renderer on this thread for this site, already started; its owner closes it. */
  renderer?: PageRenderer;
  /** The build's helper thread, prepared for this manifest (null for none); its owner closes it. Without it, one is started when there are many pages to render. */
  helper?: BuildHelper | null;
}

/** Only the site's own origin; inline code only by the hash of each inline script a page holds. */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function headTags(head: PageHead, url: string, siteRoot: string, site: PublicSite): string {
  const title = documentTitle(head.title, site.title);
  const attr = escapeXml;
  const description = attr(head.description);
  const shareTitle = attr(head.title || site.title);
  return [
    `<title>${escapeXml(title)}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${attr(url)}" />`,
    head.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:site_name" content="${attr(site.title)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${shareTitle}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${attr(url)}" />`,
    '<meta name="twitter:card" content="summary" />',
    `<meta name="twitter:title" content="${shareTitle}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${attr(site.title)}" href="${attr(`${siteRoot}feed.xml`)}" />`,
    `<link rel="sitemap" type="application/xml" href="${attr(`${siteRoot}sitemap.xml`)}" />`,
    head.jsonLd ? `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>` : '',
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * A rendered page as the page cache keeps it: head, markup, and the router data (with the
 * path it was rendered for, so a page served for another URL, as 404.html is, is rendered
 * afresh rather than hydrated) as script-safe JSON. The two large parts stay UTF-8 bytes
 * from the cache to the output file: decoding and encoding hundreds of megabytes of text
 * took longer than reading and writing it.
 */
export interface PreparedPage {
  head: PageHead;
  html: Buffer;
  routerData: Buffer;
}

export function preparePage({ html, head, hydrationData }: RenderedPage, path: string): PreparedPage {
  return { head, html: Buffer.from(html), routerData: Buffer.from(jsonForScript({ path, hydrationData })) };
}

/** Where `marker` first matches `text` after `from`; fails clearly when a custom index.html lacks it. */
function cut(text: string, marker: RegExp, from: number): { at: number; end: number } {
  const pattern = new RegExp(marker.source, 'g');
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  if (!found) throw new Error(`index.html has no ${marker.source} after character ${from}: the prerender puts each page's parts there`);
  return { at: found.index, end: found.index + found[0].length };
}

/**
 * Puts rendered pages into the built index.html: a CSP allowing the template's inline
 * scripts and any the page's extra head tags add, head tags, markup and router data. The
 * rendered markup holds no script (React writes seed text as text), so the policy of each
 * distinct extra head is worked out once, not for each of tens of thousands of pages.
 */
export function pageAssembler(template: string, siteRoot: string, site: PublicSite): (page: PreparedPage, url: string, extraHead?: string) => Buffer {
  const charset = cut(template, /<meta charset="UTF-8" \/>/, 0);
  const head = cut(template, /<!--app-head-->\s*<title>[^<]*<\/title>/, charset.end);
  const html = cut(template, /<!--app-html-->/, head.end);
  const body = cut(template, /<\/body>/, html.end);
  const [start, beforeHead, beforeHtml, beforeData, end] = [
    template.slice(0, charset.end),
    template.slice(charset.end, head.at),
    template.slice(head.end, html.at),
    template.slice(html.end, body.at),
    template.slice(body.end),
  ].map((part) => Buffer.from(part));
  const policies = new Map<string, string>();
  return (page, url, extraHead = '') => {
    let policy = policies.get(extraHead);
    if (policy === undefined) policies.set(extraHead, (policy = contentSecurityPolicy(template + extraHead)));
    return Buffer.concat([
      start!,
      Buffer.from(`\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
      beforeHead!,
      Buffer.from(headTags(page.head, url, siteRoot, site) + (extraHead && `\n    ${extraHead}`)),
      beforeHtml!,
      page.html,
      beforeData!,
      Buffer.from('  <script type="application/json" id="router-data">'),
      page.routerData,
      Buffer.from('</script>\n  </body>'),
      end!,
    ]);
  };
}

/**
 * Renders every route of the site to its own HTML file, with the same code the browser
 * runs. Pages whose inputs have not changed come from the cache; the rest are rendered,
 * when there are many, partly in the helper thread while this one puts pages together.
 */
export async function prerender({ base, write, template, data, dataDir, pages, siteRoot, site, extraHead, cache, renderer, helper }: PrerenderOptions): Promise<void> {
  const assemble = pageAssembler(template, siteRoot, site);
  const fileOf = new Map(pages.map(({ path, file }) => [path, file]));
  const emit = (path: string, page: PreparedPage) => write(fileOf.get(path)!, assemble(page, `${siteRoot}${path}`, extraHead?.(path)));
  const keep = ({ path, page, inputs }: Rendered) => {
    const prepared = preparePage(page, `${base}${path}`);
    cache?.put(path, inputs, prepared);
    emit(path, prepared);
  };
  const missing = pages.filter(({ path }) => !cache?.has(path)).map(({ path }) => path);
  const many = missing.length >= HELPER_MIN_PAGES;
  const ownRenderer = renderer || missing.length === 0 ? null : pageRenderer({ base, site, manifest: data.manifest, read: async (file) => data.files.get(file) ?? null });
  const ownHelper = helper !== undefined || !many ? null : buildHelper({ base, site });
  const help = helper ?? ownHelper;
  // The helper's share balances the two threads: this one also puts every page together.
  const share = Math.min(0.8, 0.5 + (pages.length * ASSEMBLE_MS) / (2 * missing.length * RENDER_MS));
  // Spread evenly, since list pages take longer than articles.
  const toHelper = new Set(help && many ? missing.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share)) : []);
  try {
    if (ownHelper) void ownHelper.prepare(data.manifest).catch(() => undefined);
    const helped = toHelper.size > 0 ? help!.render({ dataDir, paths: [...toHelper] }, (batch) => batch.forEach(keep)) : undefined;
    const rendered = new Set(missing);
    for (const { path } of pages) {
      if (rendered.has(path)) continue;
      const page = cache?.get(path);
      if (!page) throw new Error(`${path}: its page was found in the cache, then could not be read`);
      emit(path, page);
    }
    for (const path of missing) if (!toHelper.has(path)) keep(await (renderer ?? ownRenderer)!.render(path));
    await helped;
  } finally {
    await Promise.all([ownRenderer?.close(), ownHelper?.close()]);
  }
}
