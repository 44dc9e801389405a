// What a search result shows of an article before its passage arrives (id, date, title,
// reading time), in small files by range of document numbers: a query's ten results draw
// from ten files of ~0.7 KB gzipped (at 18k articles) instead of ten list chunks of 50
// entries with their excerpts (~6 KB each), of which one entry each was used.

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
}

/** One document's row in a result-data file; the thumbnail's hash only for an article with a lead image. */
export type ResultRow = [id: string, date: string, title: string, readingMinutes: number, thumb?: string];

/** The result-data files of articles in display order: file n holds documents n·size to n·size + size − 1. */
export function buildResultFiles(articles: readonly ResultEntry[], size = RESULT_DOCS): ResultRow[][] {
  const files: ResultRow[][] = [];
  for (let start = 0; start < articles.length; start += size) {
    files.push(
      articles
        .slice(start, start + size)
        .map(({ id, date, title, readingMinutes, thumb }): ResultRow => (thumb ? [id, date, title, readingMinutes, thumb] : [id, date, title, readingMinutes])),
    );
  }
  return files;
}

/** The number of the result-data file holding a document. */
export const resultFileOf = (doc: number, size = RESULT_DOCS) => Math.floor(doc / size);

/** A document's entry, read from the rows of its file; undefined when the file does not hold it. */
export function resultEntry(rows: readonly ResultRow[], doc: number, size = RESULT_DOCS): ResultEntry | undefined {
  const row = rows[doc % size];
  return row && { id: row[0], date: row[1], title: row[2], readingMinutes: row[3], ...(row[4] ? { thumb: row[4] } : {}) };
}
