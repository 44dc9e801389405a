import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { documentTitle, type PageHead, type RenderedPage } from '../content/page-head.ts';
import type { PublicSite } from '../content/site-config.ts';
import { archiveModuleSource } from './archive-module.ts';
import { escapeXml, jsonForScript } from '../content/escape.ts';
import type { RoutePage } from './route-pages.ts';
import type { SiteData } from './site-data.ts';

// The app's server entry and the folder it lives in, wherever the site being built is.
const ENTRY = fileURLToPath(new URL('../entry-server.tsx', import.meta.url));
const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));

type RenderPage = (url: string, read: (path: string) => Promise<string | null>) => Promise<RenderedPage>;

interface PrerenderOptions {
  base: string;
  outDir: string;
  /** The built index.html, with its asset tags. */
  template: string;
  /** The data files the pages are rendered from. */
  data: SiteData;
  pages: readonly RoutePage[];
  /** The site's public root URL, ending in `/` (SITE_URL joined with the base). */
  siteRoot: string;
  /** The publisher's settings the pages show. */
  site: PublicSite;
  /** Tags a page adds to its head beyond the ones every page has, by the page's path. */
  extraHead?: (path: string) => string;
}

/** Serves the manifest the client bundle embeds, so the server render sees the same archive. */
function archiveModule(data: SiteData, site: PublicSite): Plugin {
  return {
    name: 'news-prerender-archive',
    resolveId: (id) => (id === 'virtual:archive' ? '\0virtual:archive' : undefined),
    load: (id) => (id === '\0virtual:archive' ? archiveModuleSource(data.manifest, [], site) : undefined),
  };
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
  return [
    `<title>${escapeXml(title)}</title>`,
    `<meta name="description" content="${attr(head.description)}" />`,
    `<link rel="canonical" href="${attr(url)}" />`,
    head.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:site_name" content="${attr(site.title)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${attr(head.title || site.title)}" />`,
    `<meta property="og:description" content="${attr(head.description)}" />`,
    `<meta property="og:url" content="${attr(url)}" />`,
    '<meta name="twitter:card" content="summary" />',
    `<meta name="twitter:title" content="${attr(head.title || site.title)}" />`,
    `<meta name="twitter:description" content="${attr(head.description)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${attr(site.title)}" href="${attr(`${siteRoot}feed.xml`)}" />`,
    `<link rel="sitemap" type="application/xml" href="${attr(`${siteRoot}sitemap.xml`)}" />`,
    head.jsonLd ? `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>` : '',
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * Puts a rendered page into the built index.html: head tags, markup, router data (with the
 * path it was rendered for, so a page served for another URL, as 404.html is, is rendered
 * afresh rather than hydrated), and a CSP that fits the result.
 */
export function assemblePage(template: string, page: RenderedPage, path: string, url: string, siteRoot: string, site: PublicSite, extraHead = ''): string {
  const data = { path, hydrationData: page.hydrationData };
  const body = template
    .replace(/<!--app-head-->\s*<title>[^<]*<\/title>/, () => headTags(page.head, url, siteRoot, site) + (extraHead && `\n    ${extraHead}`))
    .replace('<!--app-html-->', () => page.html)
    .replace('</body>', () => `  <script type="application/json" id="router-data">${jsonForScript(data)}</script>\n  </body>`);
  return body.replace('<meta charset="UTF-8" />', () => `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(body)}" />`);
}

/** Renders every route of the site to its own HTML file, with the same code the browser runs. */
export async function prerender({ base, outDir, template, data, pages, siteRoot, site, extraHead }: PrerenderOptions): Promise<void> {
  const server = await createServer({
    root: APP_ROOT,
    base,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [react(), archiveModule(data, site)],
  });
  try {
    const { renderPage } = (await server.ssrLoadModule(ENTRY)) as { renderPage: RenderPage };
    const read = async (path: string) => data.files.get(path) ?? null;
    for (const { path, file } of pages) {
      const page = await renderPage(`${base}${path}`, read);
      const target = join(outDir, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, assemblePage(template, page, `${base}${path}`, `${siteRoot}${path}`, siteRoot, site, extraHead?.(path)));
    }
  } finally {
    await server.close();
  }
}
