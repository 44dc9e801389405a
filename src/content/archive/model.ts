import type { Article, ArticleSummary, Block } from '../seeds/article.ts';
import { articleFileId, dataFiles, DEFAULTS, listChunks, listChunkSize, type GroupKind } from '../contracts.ts';
import { shortHash } from '../short-hash.ts';
import { unplacedArticleText, type ArticleAt } from './article-pack.ts';

/** What the app knows about the archive before it reads a data file (`MANIFEST_FILE`); everything else is fetched from `dataPath`. */
export interface ArchiveManifest {
  /** Folder of the data files, relative to the base path, unique to the build's content (`data/<hash>/`). */
  dataPath: string;
  count: number;
  pageSize: number;
  /** `[YYYY-MM, articles]`, newest month first; months are contiguous runs of the newest-first list. */
  months: [string, number][];
  /** Vocabulary parts and postings shards of the search index (search/terms/<n>.json, search/postings/<n>.json). */
  searchParts: number;
  searchShards: number;
  /**
   * Total size of what "save for offline" keeps (the article, list and search files), to show
   * it and to tell whether the whole archive can be saved.
   */
  offlineBytes: number;
  /**
   * `[slug, label, articles]` of every tag, author and section, alphabetical; each one's
   * articles are in its data file (`dataFiles.group`).
   */
  groups: Record<GroupKind, [string, string, number][]>;
  /** A misspelling of one of the archive's own words that search corrects, for the search page's hint; null when none qualifies. */
  searchExample: import('../search/search-example.ts').SearchExample | null;
  /** The words the search answers from a file (SearchDirectory.answers), for the page to fetch a first key's answer while the search worker starts. */
  searchAnswers?: string;
}

/** What a list entry and a search result show. */
export type ListEntry = Pick<ArticleSummary, 'id' | 'date' | 'title' | 'excerpt' | 'readingMinutes'> & {
  /** The content hash of the lead image, whose thumbnail the entry shows (`content/seeds/images.ts`); absent, and no byte spent, without one. */
  thumb?: string;
  /** Where the article's record is (article-pack.ts): a list file's entries have it, so an article opened from the list is one request. */
  at?: ArticleAt;
};

/** The title of a neighbouring article, for the reader's previous and next links. */
export interface Neighbour {
  id: string;
  title: string;
  /** Where its record is: from the head of this article's record, put in as the file is read (placedArticleText). */
  at?: ArticleAt;
}

/** An article offered to read next, one like it found at build time: its title and date (not its reading time, which every page carried three times over for little use). */
export interface RelatedArticle extends Neighbour {
  date: string;
  /** As a list entry's: the lead image's hash, for its thumbnail; absent without one. */
  thumb?: string;
}

/** The file the reader loads for one article. */
export interface ArticleFile {
  article: Article;
  newer?: Neighbour;
  older?: Neighbour;
  related: RelatedArticle[];
}

/** A narrowing of the list to a year or a month, or to a tag, an author or a section. */
export interface ListFilter {
  year?: string;
  month?: string;
  group?: { kind: GroupKind; slug: string; label: string };
}

/** The thumbnail field of an entry whose article has a (resolved) lead image: no byte spent without one. */
const thumbOf = (image: Article['image']): { thumb?: string } => (image?.hash ? { thumb: image.hash } : {});

/**
 * The data files of an archive, by path relative to the data folder (`list/0.json`,
 * `articles/<id>.json`); `related` gives each article's related articles by position (see related.ts).
 */
export function buildArchiveFiles(
  articles: readonly Article[],
  related: readonly (readonly number[])[],
  pageSize: number = DEFAULTS.articlesPerPage,
): Map<string, string> {
  const files = buildListFiles(articles, pageSize);
  articles.forEach((article, i) => files.set(dataFiles.article(article.id), articleFileAt(articles, related, i)));
  return files;
}

/** The list files: the newest-first list in chunks (`listChunkSize`). */
export function buildListFiles(articles: readonly Article[], pageSize: number = DEFAULTS.articlesPerPage): Map<string, string> {
  const files = new Map<string, string>();
  for (let chunk = 0; chunk < listChunks(articles.length, pageSize); chunk++) files.set(dataFiles.list(chunk), listFileAt(articles, chunk, pageSize));
  return files;
}

/**
 * The text of list file `chunk`: its chunk of the newest-first list (`listChunkSize` articles
 * for `pageSize` a page), each with where its record is when `placeOf` tells (by position).
 */
export function listFileAt(
  articles: readonly Article[],
  chunk: number,
  pageSize: number = DEFAULTS.articlesPerPage,
  placeOf: (position: number) => ArticleAt | undefined = () => undefined,
): string {
  const size = listChunkSize(pageSize);
  const first = chunk * size;
  const entries: ListEntry[] = articles.slice(first, first + size).map(({ id, date, title, excerpt, readingMinutes, image }, i) => {
    const at = placeOf(first + i);
    return { id, date, title, excerpt, readingMinutes, ...thumbOf(image), ...(at && { at }) };
  });
  return JSON.stringify(entries);
}

/** The text of the data file of the article at position `i`: the article, its related articles and its neighbours in the list. */
export function articleFileAt(articles: readonly Article[], related: readonly (readonly number[])[], i: number): string {
  const article = articles[i]!;
  const file: ArticleFile = {
    article,
    related: (related[i] ?? []).map((j) => {
      const { id, title, date, image } = articles[j]!;
      return { id, title, date, ...thumbOf(image) };
    }),
  };
  const newer = articles[i - 1];
  const older = articles[i + 1];
  if (newer) file.newer = { id: newer.id, title: newer.title };
  if (older) file.older = { id: older.id, title: older.title };
  return articleFileText(file);
}

/** A block as an article's data file holds it: a paragraph, the commonest kind, without its kind. */
type StoredBlock = Omit<Block, 'kind'> & { kind?: Block['kind'] };

/**
 * An article's data file as written. Two things every reader can put back are left out: the
 * excerpt where it is the text of the first paragraph (as it is in most articles), and the
 * kind of a paragraph. On Reuters they were 200 B of a file's 1.9 KB: 3.9 MB of the build.
 * Gzipped, as a client navigation or a search passage downloads it, the median file went
 * from 778 to 759 B only: the repeated text compressed well already.
 */
export function articleFileText(file: ArticleFile): string {
  const { excerpt, blocks, ...rest } = file.article;
  const first = blocks.find((block) => block.kind === 'paragraph');
  const stored: StoredBlock[] = blocks.map(({ kind, ...block }) => (kind === 'paragraph' ? block : { kind, ...block }));
  return JSON.stringify({ ...file, article: { ...rest, ...(first?.text === excerpt ? {} : { excerpt }), blocks: stored } });
}

/** An article's data file as `articleFileText` wrote it, whole again. */
export function readArticleFile(text: string): ArticleFile {
  const file = JSON.parse(text) as ArticleFile;
  const article = file.article as Omit<Article, 'excerpt' | 'blocks'> & { excerpt?: string; blocks: StoredBlock[] };
  const blocks = article.blocks.map((block): Block => (block.kind ? (block as Block) : { kind: 'paragraph', ...block }));
  const excerpt = article.excerpt ?? blocks.find((block) => block.kind === 'paragraph')!.text;
  return { ...file, article: { ...article, excerpt, blocks } };
}

/** Counts articles per month, newest first (articles must be newest first). */
export function countMonths(articles: readonly Pick<Article, 'date'>[]): [string, number][] {
  const months: [string, number][] = [];
  for (const { date } of articles) {
    const month = date.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last[0] === month) last[1]++;
    else months.push([month, 1]);
  }
  return months;
}

/** The run of the newest-first list that a filter selects, or null when the filter matches no month. */
export function filterRange(manifest: Pick<ArchiveManifest, 'count' | 'months'>, filter: ListFilter): { start: number; count: number } | null {
  if (!filter.year) return { start: 0, count: manifest.count };
  const prefix = filter.month ? `${filter.year}-${filter.month}` : `${filter.year}-`;
  let start = 0;
  let count = 0;
  let found = false;
  for (const [month, n] of manifest.months) {
    if (month.startsWith(prefix)) {
      found = true;
      count += n;
    } else if (!found) {
      start += n;
    }
  }
  return found ? { start, count } : null;
}

/** The list data files holding documents `[start, start + count)`, for `pageSize` articles a page. */
export function chunksFor(start: number, count: number, pageSize: number): number[] {
  if (count <= 0) return [];
  const size = listChunkSize(pageSize);
  const first = Math.floor(start / size);
  const last = Math.floor((start + count - 1) / size);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * A short digest of the manifest's `fields`, the same in the build and the browser: a page
 * carries the one of the fields its render read, and the app hydrates it only when the
 * manifest it runs with gives the same (see app/boot/start-app.tsx).
 */
export function manifestStamp(manifest: ArchiveManifest, fields: readonly (keyof ArchiveManifest)[]): string {
  return shortHash(JSON.stringify(fields.map((field) => [field, manifest[field]])));
}

/**
 * The stamp of the data files a page was rendered from, the texts in the order of its
 * files (null for a file that was not there): the same in the prerender and in the browser.
 * An article's file is stamped without its neighbours' places: they move when a record
 * before theirs in a pack changes length, no page shows them, and a page stamped with them
 * would be rendered again for each such move.
 */
export function dataStamp(files: readonly string[], texts: readonly (string | null)[]): string {
  return shortHash(JSON.stringify(texts.map((text, i) => (text !== null && articleFileId(files[i]!) !== null ? unplacedArticleText(text) : text))));
}
