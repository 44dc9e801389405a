import type { Article, Block, Inline, Picture } from '../seeds/article.ts';
import { isFollowedLink, listItems, listTree, type ListTree } from '../seeds/blocks.ts';
import { escapeXml as escapeMarkup } from '../escape.ts';
import { pictureSources } from '../seeds/images.ts';

/**
 * Characters XML 1.0 forbids even escaped (controls but tab, newline and return; lone
 * surrogates; U+FFFE and U+FFFF): one in a seed would make the whole feed unreadable to every
 * subscriber. Each becomes U+FFFD, the mark readers know for a character that could not be
 * shown, so nothing vanishes without a trace.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML text node or quoted attribute, replacing the characters XML cannot carry. */
function escapeXml(text: string): string {
  return escapeMarkup(text.replace(NOT_XML, '\uFFFD'));
}

/** An Atom feed of the `size` newest articles (given newest first), with their full text when `fullText`; every seed character is escaped. */
export function atomFeed(
  articles: readonly Article[],
  siteRoot: string,
  title: string,
  articleUrl: (id: string) => string,
  { size, fullText, language }: { size: number; fullText: boolean; language?: string },
): string {
  const newest = articles.slice(0, size);
  const updated = `${newest[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const entries = newest.map((article) => {
    const url = articleUrl(article.id);
    const lead = article.image && pictureSources(article.image, siteRoot);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(article.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${article.date}T00:00:00Z</published>`,
      `    <updated>${article.date}T00:00:00Z</updated>`,
      ...(article.author ? [`    <author><name>${escapeXml(article.author)}</name></author>`] : []),
      // The lead image, for readers that show one beside an entry.
      ...(lead ? [`    <link rel="enclosure" type="image/webp" href="${escapeXml(lead.src)}"/>`] : []),
      `    <summary>${escapeXml(article.excerpt)}</summary>`,
      ...(fullText ? [`    <content type="html">${escapeXml(articleHtml(article, siteRoot))}</content>`] : []),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${language ? ` xml:lang="${escapeXml(language)}"` : ''}>`,
    `  <id>${escapeXml(siteRoot)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${siteRoot}feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteRoot)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The sitemap protocol's limits for one file: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 };

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** A sitemap of the given absolute URLs, with the date each last changed where known. */
export function sitemap(urls: readonly { loc: string; lastmod?: string }[]): string {
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...urls.map(sitemapEntry), '</urlset>', ''].join('\n');
}

function sitemapEntry({ loc, lastmod }: { loc: string; lastmod?: string }): string {
  return `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
}

// Sizes are counted in UTF-8 bytes, as the protocol's limit is, the same in every runtime.
const utf8 = new TextEncoder();

/**
 * The site's sitemaps, by file name: `sitemap.xml`, a sitemap index, and the sitemaps it
 * names, `sitemap-1.xml`, `sitemap-2.xml`, …, each within the protocol's limits (`limits`
 * only for tests). They sit beside the index at the site's root because a sitemap may only
 * list URLs at or below its own folder. Each file's entry in the index carries the newest
 * `lastmod` of its URLs.
 */
export function sitemapFiles(urls: readonly { loc: string; lastmod?: string }[], siteRoot: string, limits = SITEMAP_LIMITS): Map<string, string> {
  const frame = utf8.encode(sitemap([])).length;
  const files = new Map<string, string>();
  const index: { loc: string; lastmod?: string }[] = [];
  let entries: string[] = [];
  let bytes = frame;
  let newest = '';
  const close = () => {
    const name = `sitemap-${index.length + 1}.xml`;
    files.set(name, [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...entries, '</urlset>', ''].join('\n'));
    index.push(newest ? { loc: `${siteRoot}${name}`, lastmod: newest } : { loc: `${siteRoot}${name}` });
    entries = [];
    bytes = frame;
    newest = '';
  };
  for (const url of urls) {
    const entry = sitemapEntry(url);
    const size = utf8.encode(entry).length + 1;
    if (entries.length > 0 && (entries.length === limits.urls || bytes + size > limits.bytes)) close();
    entries.push(entry);
    bytes += size;
    if (url.lastmod && url.lastmod > newest) newest = url.lastmod;
  }
  if (entries.length > 0 || index.length === 0) close();
  const sitemaps = index.map(({ loc, lastmod }) => `  <sitemap><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`);
  files.set('sitemap.xml', [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...sitemaps, '</sitemapindex>', ''].join('\n'));
  return files;
}

/** robots.txt that lets every crawler in and points to the sitemap index. */
export function robotsTxt(siteRoot: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteRoot}sitemap.xml\n`;
}

/**
 * An article's text as HTML, so feed readers show paragraphs and headings; as an Atom
 * "html" content it is escaped once more.
 */
function articleHtml(article: Article, siteRoot: string): string {
  return [...(article.image ? [figureHtml(article.image, siteRoot)] : []), ...article.blocks.map((block) => blockHtml(block, siteRoot))]
    .filter(Boolean)
    .join('\n');
}

/** An image as a figure with its absolute address, its size, alt text and caption (every text escaped); nothing for one no build resolved. */
function figureHtml(picture: Picture, siteRoot: string): string {
  const sources = pictureSources(picture, siteRoot);
  if (!sources) return '';
  const caption = [picture.caption, picture.credit].filter(Boolean).join(' ');
  return `<figure><img src="${escapeXml(sources.src)}" width="${sources.width}" height="${sources.height}" alt="${escapeXml(picture.alt)}"/>${caption ? `<figcaption>${escapeXml(caption)}</figcaption>` : ''}</figure>`;
}

function blockHtml(block: Block, siteRoot: string): string {
  if (block.kind === 'image') return block.image ? figureHtml(block.image, siteRoot) : '';
  const text = block.inlines ? inlineHtml(block.inlines) : escapeXml(block.text);
  if (block.kind === 'heading') return `<h2>${text}</h2>`;
  if (block.kind === 'quote') return `<blockquote><p>${text}</p></blockquote>`;
  if (block.kind === 'code') return `<pre><code>${text}</code></pre>`;
  if (block.kind === 'list') {
    const items = block.items ? block.items.map(inlineHtml) : listItems(block).map(escapeXml);
    const html = (tree: ListTree): string => {
      const list = tree.ordered ? 'ol' : 'ul';
      return `<${list}>${tree.items.map(({ index, inner }) => `<li>${items[index]}${inner ? html(inner) : ''}</li>`).join('')}</${list}>`;
    };
    return html(listTree(block, items.length));
  }
  return `<p>${text}</p>`;
}

/** A Markdown block's emphasis, code and links as HTML; every text escaped, and only http(s) and mailto links. */
function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') return escapeXml(inline.text);
      if (inline.kind === 'code') return `<code>${escapeXml(inline.text)}</code>`;
      const children = inlineHtml(inline.children);
      if (inline.kind === 'link') return isFollowedLink(inline.href) ? `<a href="${escapeXml(inline.href)}">${children}</a>` : children;
      return inline.kind === 'strong' ? `<strong>${children}</strong>` : `<em>${children}</em>`;
    })
    .join('');
}
