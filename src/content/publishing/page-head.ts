// What a prerendered page says about itself in its <head>: title, description, type and
// structured data. Each route's head function (its `handle`, app/route-head.ts) picks one of
// these, for the prerender and for the titles the browser sets as the reader navigates.
import type { ArticleFile, ListFilter } from '../archive/model.ts';
import type { Translator } from './translator.ts';
import { PAGE_IDS, type GroupKind } from '../contracts.ts';
import { pictureSources } from '../seeds/images.ts';

/** The head of one page. */
export interface PageHead {
  /** The page's own title, without the site name ('' for the front page). */
  title: string;
  description: string;
  type: 'website' | 'article';
  /** schema.org data for the page, if any. */
  jsonLd?: Record<string, unknown>;
  /** Pages that are not content (not-found, search) stay out of search engines. */
  noindex?: boolean;
  /** The image shared with the page (an article's lead image): its file under the site's root, size and alt text. */
  image?: { path: string; width: number; height: number; alt: string };
  /**
   * The id of an element the browser parses before its first paint (`<link rel="expect">`,
   * in Chromium). A list page's filter sits at the row's end: painted while it was still
   * being parsed, it held only its first choice, and each later one pushed it aside.
   */
  paintAfter?: string;
}

/** A route rendered at build time: its markup and its head. */
export interface RenderedPage {
  html: string;
  head: PageHead;
}

/** `Page — Site`, or the site's name alone. */
export function documentTitle(title: string, siteTitle: string): string {
  return title ? `${title} — ${siteTitle}` : siteTitle;
}

/**
 * The heading and title of a list page: `Articles from March 2005, page 2`, `Articles tagged
 * “Europe”`, `Older articles, page 3`; empty for the first page of the whole list (the
 * site's own title, headed "Latest articles").
 */
export function listTitle(filter: ListFilter, page: number, t: Translator): string {
  const when = filter.year ? t.month(filter.year, filter.month) : '';
  const group = filter.group;
  const what = group ? groupTitle(group.kind, group.label, t) : when ? t.text('title.from', { when }) : page > 1 ? t.text('title.older') : '';
  return page > 1 ? t.text('title.page', { title: what, page }) : what;
}

/** `Articles tagged “Europe”`, `Articles by Jane Doe`, `Articles in Politics`. */
function groupTitle(kind: GroupKind, label: string, t: Translator): string {
  if (kind === 'author') return t.text('title.byAuthor', { author: label });
  if (kind === 'section') return t.text('title.inSection', { section: label });
  return t.text('title.tagged', { tag: label });
}

/**
 * A description of at most `max` characters, cut after a word with an ellipsis: search engines
 * show about 155 and cut the rest themselves, and the page says it twice (description and
 * og:description). Text without spaces near the limit (Chinese, Japanese) is cut at the limit.
 */
export function shortDescription(text: string, max = 160): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.search(/\s\S*$/);
  return `${(space > head.length * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The head of an article's page, with NewsArticle structured data. */
export function articleHead({ article }: ArticleFile, language?: string): PageHead {
  // The largest file written (at most 1,600 px wide): large enough for every card that shows it.
  const image = article.image && pictureSources(article.image, '');
  return {
    ...(image ? { image: { path: image.src, width: image.width, height: image.height, alt: article.image!.alt } } : {}),
    title: article.title,
    description: shortDescription(article.excerpt),
    type: 'article',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      ...(language ? { inLanguage: language } : {}),
      datePublished: article.date,
      wordCount: article.wordCount,
      // No description: search engines read the page's own, which is the same text, and a
      // third copy of it (with og:description) cost 3.7 MB of the Reuters build.
      ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
      ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    },
  };
}

/** The page's structured data with the address of its image, once the site's root is known (an address in JSON-LD is absolute). */
export function jsonLdWithImage(head: PageHead, siteRoot: string): Record<string, unknown> | undefined {
  return head.jsonLd && head.image ? { ...head.jsonLd, image: [siteRoot + head.image.path] } : head.jsonLd;
}

/** The head of a page of the list. */
export function listHead(filter: ListFilter, page: number, total: number, siteDescription: string, t: Translator): PageHead {
  const title = listTitle(filter, page, t);
  return {
    title,
    description: title ? t.plural('head.listDescription', total, { description: siteDescription }) : siteDescription,
    type: 'website',
    paintAfter: PAGE_IDS.listEntries,
  };
}

/** The title of the search page: `“query” – Search`, or `Search` before anything is asked. */
export const searchTitle = (query: string, t: Translator): string => (query ? t.text('title.search', { query }) : t.text('head.searchTitle'));

/** The head of the search page, for the query being searched (none in the prerender). */
export const searchHead = (t: Translator, query = ''): PageHead => ({
  title: searchTitle(query, t),
  description: t.text('head.searchDescription'),
  type: 'website',
});

/** The head of the not-found page. */
export const notFoundHead = (t: Translator): PageHead => ({
  title: t.text('head.notFoundTitle'),
  description: t.text('head.notFoundDescription'),
  type: 'website',
  noindex: true,
});
