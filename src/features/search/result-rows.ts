// Reading search results' rows (content/search/search-docs.ts) in the search worker: each by
// the range of its slot, once; from a file a host sent whole, the rows after; and, offline,
// from where a row read before was kept.
import { dataFiles } from '../../content/contracts.ts';
import { fetchRangeAnswer, rangeIn, type RangeAnswer } from '../../content/fetch-data.ts';
import { memoizeAsync } from '../../content/memo.ts';
import { keepText, keptText } from '../../content/reader/kept-text.ts';
import { readRow, rowEntry, type ResultEntry, type ResultRow } from '../../content/search/search-docs.ts';
import type { SearchSource } from './search-session.ts';

/** A reader of each document's entry, from the rows of `source`, whose slots are `slot` bytes wide (undefined in a directory that does not say). */
export function resultRows(
  source: Pick<SearchSource, 'indexUrl' | 'rowUrls' | 'keepRows' | 'dataUrl'>,
  slot: number | undefined,
): (doc: number) => Promise<ResultEntry> {
  // A file a host sent whole (it ignored the range) is kept, and the rows after are taken from it.
  const wholeFiles = new Map<number, RangeAnswer>();
  const rowRange = async (file: number, start: number, length: number) => {
    const url = source.rowUrls[file]!;
    // Not through the HTTP cache: it lets one request at a time use a file's entry, and a
    // query's ten rows are often in the same file (each waited a round trip for the one
    // before it on the phone profile). A row is kept here, once read.
    const answer = wholeFiles.get(file) ?? (await fetchRangeAnswer(url, start, length, { cache: 'no-store' }));
    if (!answer) throw new Error(`${url}: HTTP 404`);
    if (!answer.partial) wholeFiles.set(file, answer);
    return rangeIn(answer, start, length, url);
  };
  // A row read is kept under a name of its own (a range is not kept by the service worker),
  // and read from there when it cannot be read from its file: offline.
  return memoizeAsync(async (doc: number): Promise<ResultEntry> => {
    if (!slot) throw new Error(`${source.indexUrl} does not say how wide a result's row is`);
    const keptUrl = `${source.dataUrl}${dataFiles.searchRow(doc)}`;
    try {
      const read = await readRow(doc, slot, rowRange);
      keepText(keptUrl, JSON.stringify(read), source.keepRows ?? false);
      return rowEntry(read);
    } catch (error) {
      const kept = await keptText(keptUrl);
      if (kept === undefined) throw error;
      return rowEntry(JSON.parse(kept) as ResultRow);
    }
  });
}
