// What a search result shows of an article before its passage arrives (id, date, title,
// reading time, where its record is), one row a document, each read alone by an HTTP Range
// request. Every row has a slot of the same width (`SearchDirectory.rowBytes`), so its place
// follows from its document number, and a file holds ROWS_PER_FILE of them: at 250,000
// articles 245 files, where a file of 16 rows each had made 15,625 (a static host meters
// files), and a result costs its row (~100 B at Reuters) instead of its file of 16 (~0.7 KB
// gzipped). A row is its JSON padded with spaces, which JSON.parse skips. The few rows longer
// than the slot (the width is that of nearly all, not of the longest) are written after the
// slots, and their slot says where (`{"far":[start,length]}`): read in two steps.
//
// The files end in `.bin`, a type hosts serve as it is: a host that compressed them would
// answer a range of the compressed bytes, or none. A host (or a cache holding a file saved
// whole) that ignores the range answers the whole file, and the row is taken from it.

import type { ArticleAt } from '../archive/article-pack.ts';

/** Rows a file holds; the last file of an archive holds the rest. */
export const ROWS_PER_FILE = 1024;

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

/** One document's row: where its record is, and the thumbnail's hash only for an article with a lead image. */
export type ResultRow = [id: string, date: string, title: string, readingMinutes: number, pack: number, offset: number, length: number, thumb?: string];

/** An article's row, as result-row files and search answers (search-answers.ts) write it. */
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

/** The slot of a row written after the slots: where in its file the row is. */
interface FarRow {
  far: [start: number, length: number];
}

/** The narrowest slot, which a far row's place always fits. */
const MIN_SLOT = 64;
/** The share of rows whose slot is wide enough: the rest are far rows. */
const SLOT_SHARE = 0.999;

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).byteLength;

/**
 * The width of a row's slot for rows of these byte lengths: a multiple of 16, wide enough
 * for SLOT_SHARE of them. Widened to the longest, one title of 1,000 bytes would have
 * made every row as long.
 */
export function rowSlotBytes(lengths: readonly number[]): number {
  if (lengths.length === 0) return MIN_SLOT;
  const sorted = [...lengths].sort((a, b) => a - b);
  const covered = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * SLOT_SHARE) - 1)]!;
  return Math.max(MIN_SLOT, Math.ceil(covered / 16) * 16);
}

/** The result-row files of articles in display order, and the width of their slots: file n holds documents n·perFile to n·perFile + perFile − 1. */
export function buildRowFiles(entries: readonly ResultEntry[], perFile = ROWS_PER_FILE): { slot: number; files: string[] } {
  const rows = entries.map((entry) => JSON.stringify(resultRow(entry)));
  const lengths = rows.map(byteLength);
  const slot = rowSlotBytes(lengths);
  const files: string[] = [];
  for (let first = 0; first < rows.length; first += perFile) {
    const count = Math.min(perFile, rows.length - first);
    const slots: string[] = [];
    const far: string[] = [];
    let farAt = count * slot;
    for (let doc = first; doc < first + count; doc++) {
      const row = rows[doc]!;
      const length = lengths[doc]!;
      if (length <= slot) slots.push(row + ' '.repeat(slot - length));
      else {
        const place = JSON.stringify({ far: [farAt, length] } satisfies FarRow);
        slots.push(place + ' '.repeat(slot - place.length));
        far.push(row);
        farAt += length;
      }
    }
    files.push(slots.join('') + far.join(''));
  }
  return { slot, files };
}

/** Where a document's slot is: its file, and the slot's first byte and length there. */
export function rowPlace(doc: number, slot: number, perFile = ROWS_PER_FILE): { file: number; start: number; length: number } {
  return { file: Math.floor(doc / perFile), start: (doc % perFile) * slot, length: slot };
}

/** What a slot's bytes say: the document's row, or where its row is when it is a far row. */
function readSlot(bytes: Uint8Array): ResultRow | FarRow {
  return JSON.parse(new TextDecoder().decode(bytes)) as ResultRow | FarRow;
}

/** Whether what a slot said is a far row's place. */
const isFar = (read: ResultRow | FarRow): read is FarRow => !Array.isArray(read);

/**
 * The document's row, through `range(file, start, length)`, which gives those bytes of a
 * result-row file: its slot, and then, for a far row, the row where its slot says.
 */
export async function readRow(
  doc: number,
  slot: number,
  range: (file: number, start: number, length: number) => Promise<Uint8Array>,
  perFile = ROWS_PER_FILE,
): Promise<ResultRow> {
  const { file, start, length } = rowPlace(doc, slot, perFile);
  const read = readSlot(await range(file, start, length));
  if (!isFar(read)) return read;
  const [farStart, farLength] = read.far;
  return JSON.parse(new TextDecoder().decode(await range(file, farStart, farLength))) as ResultRow;
}
