// Puts rendered pages into the built index.html: the head each page carries, its markup and
// router-data block, and a Content-Security-Policy that fits it.
import { createHash } from 'node:crypto';
import { PAGE_IDS, type RouterData } from '../content/contracts.ts';
import { escapeXml, jsonForScript } from '../content/escape.ts';
import { documentTitle, jsonLdWithImage, type PageHead, type RenderedPage } from '../content/publishing/page-head.ts';
import type { PublicSite } from '../content/publishing/site-config.ts';

/**
 * Only the site's own origin; inline code only by the hash of each inline script a page holds.
 * Styles, fonts, requests, workers and the manifest fall back to `default-src`, so they are
 * not named again (100 bytes of each page); `object-src`, `base-uri` and `form-action` do not.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.map((h) => ` ${h}`).join('')}`,
    "img-src 'self' data:",
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
  const jsonLd = jsonLdWithImage(head, siteRoot);
  const image = head.image;
  return [
    `<title>${escapeXml(title)}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${attr(url)}" />`,
    head.paintAfter ? `<link rel="expect" href="#${attr(head.paintAfter)}" blocking="render" />` : '',
    head.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:site_name" content="${attr(site.title)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${shareTitle}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${attr(url)}" />`,
    // X (Twitter) reads the title and description from og:title and og:description when its
    // own are missing: repeating them cost 0.4 KB a page.
    ...(image
      ? [
          `<meta property="og:image" content="${attr(siteRoot + image.path)}" />`,
          `<meta property="og:image:width" content="${image.width}" />`,
          `<meta property="og:image:height" content="${image.height}" />`,
          `<meta property="og:image:alt" content="${attr(image.alt)}" />`,
        ]
      : []),
    `<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${attr(site.title)}" href="${attr(`${siteRoot}feed.xml`)}" />`,
    // No <link rel="sitemap">: no search engine reads it (they read robots.txt, which names
    // the sitemap), and it cost 91 bytes on every page.
    jsonLd ? `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A rendered page as the page cache keeps it: head, markup, and the router-data block
 * (`RouterData`: the path it was rendered for, so a page served for another URL, as 404.html
 * is, is rendered afresh rather than hydrated; the data files it read with the stamp of
 * their texts; the stamp of the manifest's fields it read) as script-safe JSON. The two
 * large parts stay UTF-8 bytes from the cache to the output file: decoding and encoding
 * hundreds of megabytes of text took longer than reading and writing it.
 */
export interface PreparedPage {
  head: PageHead;
  html: Buffer;
  routerData: Buffer;
}

export function preparePage(
  { html, head }: RenderedPage,
  path: string,
  read: Pick<RouterData, 'files' | 'stamp' | 'places'>,
  manifest?: RouterData['manifest'],
): PreparedPage {
  const places = read.places && Object.keys(read.places).length > 0 ? { places: read.places } : {};
  const data: RouterData = { path, files: read.files, stamp: read.stamp, ...(manifest && { manifest }), ...places };
  return { head, html: Buffer.from(html), routerData: Buffer.from(jsonForScript(data)) };
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
 * scripts and any the page's extra head tags add, head tags, markup and router-data block. The
 * rendered markup holds no script (React writes seed text as text), so the policy of each
 * distinct extra head is worked out once, not for each of tens of thousands of pages.
 */
export function pageAssembler(indented: string, siteRoot: string, site: PublicSite): (page: PreparedPage, url: string, extraHead?: string) => Buffer {
  // A line's indentation before a tag is for whoever edits index.html; in each of tens of
  // thousands of pages it was 2.5 MB of the Reuters build.
  const template = indented.replace(/\n[ \t]+</g, '\n<');
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
      Buffer.from(`\n<meta http-equiv="Content-Security-Policy" content="${policy}" />`),
      beforeHead!,
      Buffer.from(headTags(page.head, url, siteRoot, site) + (extraHead && `\n${extraHead}`)),
      beforeHtml!,
      page.html,
      beforeData!,
      Buffer.from(`<script type="application/json" id="${PAGE_IDS.routerData}">`),
      page.routerData,
      Buffer.from('</script>\n</body>'),
      end!,
    ]);
  };
}
