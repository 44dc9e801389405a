// What a search result shows of an article before its passage arrives (id, date, title,
// reading time), in small files by range of document numbers: a query's ten results draw
// from ten files of ~0.7 KB gzipped (at 18k articles) instead of ten list chunks of 50
// entries with their excerpts (~6 KB each), of which one entry each was used.

import type { ArticleAt } from '../archive/article-pack.ts';

/** Documents per result-data file. */
export const RESULT_DOCS = 16;

/** What a search result shows of an article, before the passage around its match. */
export interface ResultEntry {
  id: string;
  date: string;
  title: string;
  readingMinutes: number;
  /** The content hash of the lead image, for the result's thumbnail; absent without one. */
  thumb?: string;
  /** Where the article's record is (article-pack.ts), for its passage and for opening it. */
  at?: ArticleAt;
}

/** One document's row in a result-data file: where its record is, and the thumbnail's hash only for an article with a lead image. */
export type ResultRow = [id: string, date: string, title: string, readingMinutes: number, pack: number, offset: number, length: number, thumb?: string];

/** An article's row, as result-data files and search answers (search-answers.ts) write it. */
export function resultRow({ id, date, title, readingMinutes, thumb, at }: ResultEntry): ResultRow {
  const [pack, offset, length] = at ?? [0, 0, 0];
  return thumb ? [id, date, title, readingMinutes, pack, offset, length, thumb] : [id, date, title, readingMinutes, pack, offset, length];
}

/** An article's entry, read from its row. */
export const rowEntry = (row: ResultRow): ResultEntry => ({
  id: row[0],
  date: row[1],
  title: row[2],
  readingMinutes: row[3],
  ...(row[7] ? { thumb: row[7] } : {}),
  at: [row[4], row[5], row[6]],
});

/** The result-data files of articles in display order: file n holds documents n·size to n·size + size − 1. */
export function buildResultFiles(articles: readonly ResultEntry[], size = RESULT_DOCS): ResultRow[][] {
  const files: ResultRow[][] = [];
  for (let start = 0; start < articles.length; start += size) files.push(articles.slice(start, start + size).map(resultRow));
  return files;
}

/** The number of the result-data file holding a document. */
export const resultFileOf = (doc: number, size = RESULT_DOCS) => Math.floor(doc / size);

/** A document's entry, read from the rows of its file; undefined when the file does not hold it. */
export function resultEntry(rows: readonly ResultRow[], doc: number, size = RESULT_DOCS): ResultEntry | undefined {
  const row = rows[doc % size];
  return row && rowEntry(row);
}
