// The contracts between the build, the app, the service worker, the Vite config and the host:
// where each data file lives, which addresses the site answers and the file a static host
// serves each from, the ids of the parts of a page the build writes and the app reads, and
// the defaults of the publisher's settings. Each is written here once and imported by all
// sides (tests/unit/content/contracts.test.ts fails on a second copy).
import type { ArchiveManifest } from './archive/model.ts';
import type { ArticleAt } from './archive/article-pack.ts';

/** The folder every build's data folder is in, relative to the base path. */
export const DATA_ROOT = 'data/';

/** A build's data folder, named after a hash of its content (served as immutable). */
export const dataFolder = (hash: string) => `${DATA_ROOT}${hash}/`;

/**
 * The archive's manifest (`ArchiveManifest`), relative to the base path: under a name that
 * never changes, revalidated like a page, so the app's scripts do not change with the
 * content and a rebuild after an edit rewrites only the pages that show it.
 */
export const MANIFEST_FILE = 'archive.json';

/** The data files, by path relative to the data folder. */
/**
 * The groups an article belongs to, each with pages of its articles: its tags, its author and
 * its sections (`/tags/<slug>`, `/authors/<slug>`, `/sections/<slug>`), by the folder of their
 * pages and data files.
 */
export const GROUP_FOLDERS = { tag: 'tags', author: 'authors', section: 'sections' } as const;
export type GroupKind = keyof typeof GROUP_FOLDERS;
export const GROUP_KINDS = Object.keys(GROUP_FOLDERS) as GroupKind[];

export const dataFiles = {
  /** A chunk of the newest-first list: `listChunkSize` entries (three pages), the first chunk 0. */
  list: (chunk: number) => `list/${chunk}.json`,
  /** The folder of the articles' packs. */
  articles: 'articles/',
  /**
   * One article with its neighbours and related articles: a file the app and the prerender
   * read, and no host serves. Its record is in a pack (article-pack.ts), where the reader
   * knows to find it.
   */
  article: (id: string) => `articles/${id}.json`,
  /** A pack of the articles' records (article-pack.ts). */
  articlePack: (pack: number) => `articles/${pack}.bin`,
  /** The articles of a tag, an author or a section, as positions in the newest-first list. */
  group: (kind: GroupKind, slug: string) => `${GROUP_FOLDERS[kind]}/${slug}.json`,
  /** The search index's directory: which vocabulary part and postings shard holds a term. */
  searchDirectory: 'search/index.json',
  searchTerms: (part: number) => `search/terms/${part}.json`,
  searchPostings: (shard: number) => `search/postings/${shard}.json`,
  /** The postings of a two-letter word's completions, named by the number of the first (SearchDirectory.heads). */
  searchHead: (first: number) => `search/heads/${first}.json`,
  /** The answer to a word of one or two characters, by its number in the search directory's list (search-answers.ts). */
  searchAnswer: (n: number) => `search/answers/${n}.json`,
  /** What search results show, a row a document, of a range of documents (search-docs.ts). */
  searchRows: (file: number) => `search/rows/${file}.bin`,
  /** A result's row as the search keeps it, once read, for a search offline: never written by the build (a host answers 404). */
  searchRow: (doc: number) => `search/row/${doc}.json`,
} as const;

const ARTICLE_FILE = new RegExp(`(?:^|/)${dataFiles.article('([0-9a-f]{16})').replace('.', '\\.')}$`);

/** The id of the article whose file (`dataFiles.article`) is at `path` (or ends a URL); null for any other file. */
export const articleFileId = (path: string): string | null => ARTICLE_FILE.exec(path)?.[1] ?? null;

/** The list a list page shows: the whole archive, a year, a month of a year, or a group (each a path segment as it appears in the address). */
export type ListRouteFilter = Partial<Record<GroupKind, string>> & {
  year?: string;
  month?: string;
};

/**
 * The address of a list at a page, relative to the base path and without a leading slash
 * (`''` is the archive's first page). With `':page'` (and `':tag'`, `':year'`, `':month'`
 * as the filter), the router's pattern for the same address.
 */
export function listRoute(filter: ListRouteFilter = {}, page: number | ':page' = 1): string {
  const { year, month } = filter;
  const kind = GROUP_KINDS.find((k) => filter[k] !== undefined);
  const folder = kind ? `${GROUP_FOLDERS[kind]}/${filter[kind]}` : year !== undefined ? `archive/${year}${month !== undefined ? `/${month}` : ''}` : '';
  if (page !== ':page' && page <= 1) return folder;
  return `${folder ? `${folder}/` : ''}page/${page}`;
}

/** The address of an article, relative to the base path (`':id'` gives the router's pattern). */
export const articleRoute = (id: string) => `articles/${id}`;

const ARTICLE_PAGE = new RegExp(`^${articleRoute('([0-9a-f]{16})')}$`);

/** The id of the article whose page is at `route` (as `articleRoute` writes it); null for any other page. */
export const articlePageId = (route: string): string | null => ARTICLE_PAGE.exec(route)?.[1] ?? null;

/** The search page's address, relative to the base path. */
export const SEARCH_ROUTE = 'search';

/** The route of any address no other route matches: the not-found page. */
export const NOT_FOUND_ROUTE = '*';

/** The page a host serves for any address it has no file for (GitHub Pages, Netlify, nginx's `error_page`). */
export const NOT_FOUND_FILE = '404.html';

/**
 * The address patterns of the list pages, as the router matches them: the archive, a year,
 * a month and a tag, each with its further pages.
 */
export const LIST_ROUTE_PATTERNS: readonly string[] = [
  {},
  { year: ':year' },
  { year: ':year', month: ':month' },
  ...GROUP_KINDS.map((kind) => ({ [kind]: `:${kind}` })),
].flatMap((filter) => [listRoute(filter), listRoute(filter, ':page')]);

/** How a page is written: as its folder's index.html, or as a file named after its address (see SiteConfig.pageFormat). */
export const PAGE_FORMATS = ['directory', 'file'] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

/**
 * The file a static host serves an address from (relative to the base path): a folder's
 * index.html, which any host serves with no rewrite rule, or `<address>.html`.
 */
export const routeFile = (path: string, format: PageFormat = 'directory') =>
  !path ? 'index.html' : format === 'directory' ? `${path}/index.html` : `${path}.html`;

/** The address of a page that its host answers with 200, not with a redirect: what canonical links, the sitemap and the feed name. */
export const publicPath = (path: string, format: PageFormat = 'directory') => (path && format === 'directory' ? `${path}/` : path);

/**
 * Pages of the newest-first list to a list data file (`dataFiles.list`). A host meters files:
 * a file a page made 5,000 at 250,000 articles, 3.4 % of the files beside the articles'
 * pages. Three pages to a file are two fewer files per 150 articles, and a reader paging on
 * finds two pages of three already read; the front page's file, which the service worker
 * precaches, is three times as long (17.5 KB gzipped at Reuters, 6.2 KB for one page; the
 * first visit of the list page, 233 KB, stays within its 250 KB). (Larger packs of articles
 * would have saved as many files, but an edit moves more records with them: a rebuild after
 * editing one article replaced 666 files instead of 302 at Reuters with packs of 128.)
 */
export const LIST_CHUNK_PAGES = 3;

/** Articles to a list data file, for `pageSize` articles a page. */
export const listChunkSize = (pageSize: number) => pageSize * LIST_CHUNK_PAGES;

/** How many list data files an archive of `total` articles has, `pageSize` articles a page; an empty archive has none. */
export const listChunks = (total: number, pageSize: number) => Math.ceil(total / listChunkSize(pageSize));

/** How many pages a list of `total` articles takes, `pageSize` to a page; an empty list still has its one page. */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** Ids of the elements the build writes into a page and the app reads. */
export const PAGE_IDS = {
  /** What the app needs to take the page over, as JSON (`RouterData`). */
  routerData: 'router-data',
  /** The search index's directory, as JSON, on the search page (one round trip less). */
  searchDirectory: 'search-directory',
  /** A list page's entries, which its first paint waits for (`PageHead.paintAfter`). */
  listEntries: 'entries',
} as const;

/**
 * What a prerendered page's router-data block holds. Not the route's data itself: that is in
 * the data files the page names, which the app reads to take the page over, as it does on a
 * client navigation. Inlined as well, it made each article's text a third time in its page
 * (2.2 KB of a Reuters page's 10 KB).
 */
export interface RouterData {
  /** The path the page was rendered for: 404.html is served for other addresses, and rendered afresh there. */
  path: string;
  /** The data files (under `manifest.dataPath`) its render read, in order. */
  files: string[];
  /** The stamp of their texts (`dataStamp`): a page kept from another build is rendered afresh, not hydrated with data it was not made from. */
  stamp: string;
  /** The manifest's fields its render read, and their stamp (`manifestStamp`); absent when it read none. */
  manifest?: { fields: (keyof ArchiveManifest)[]; stamp: string };
  /** Where the records of the article files among `files` are (`dataFiles.article`), by file; absent when it read none. */
  places?: Record<string, ArticleAt>;
}

/** Defaults of the publisher's settings. */
export const DEFAULTS = {
  /** Articles on a list page; a list chunk holds three pages (`listChunkSize`). */
  articlesPerPage: 50,
  /** Words a minute, for reading times. */
  readingSpeed: 230,
  /** The light theme's paper colour (also in src/styles.css and index.html, which cannot import it: a test holds them equal). */
  paperColor: '#faf8f3',
} as const;
