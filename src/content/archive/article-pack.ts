// Articles' data, packed: a static host meters files (Cloudflare Pages allows 20,000 on its
// free plan), and a file of its own for every article, beside the article's page, made two
// files an article. The articles are packed by their ids (`packOf`), each one's
// record compressed on its own, so that a reader opening one article downloads that record
// alone, by an HTTP Range request, not its pack. Every link to an article carries where its
// record is (list entries, search results, an article's neighbours, a page's own); a reader
// who knows only the id reads it from the article's page (archive.ts).
//
// A record: one byte, the number of the article's neighbours (newer, older, then the related
// articles, in the order of its file); then where each one's record is, as three unsigned
// 32-bit little-endian numbers; then the article's file (`articleFileText`) deflated. The
// places are not in the deflated text: there, they would change the lengths they are made
// from. A pack is its records, end to end. Its name ends in `.bin`, a type hosts serve as it
// is: a host that compressed it would answer a range of its compressed bytes, or none.

import { shortHash } from '../short-hash.ts';

/** Articles to a pack, on average, at most (`packCount`): ~36 at Reuters' 18,301 (a pack of ~30 KB), ~61 at 250,000. */
export const PACK_ARTICLES = 64;

/** Where an article's record is: its pack, and its bytes' offset and length there. */
export type ArticleAt = readonly [pack: number, offset: number, length: number];

/**
 * How many packs an archive of `count` articles has: a power of two, at least `count` / 64,
 * so it changes only when the archive doubles.
 */
export const packCount = (count: number) => (count === 0 ? 0 : 2 ** Math.ceil(Math.log2(Math.max(1, count / PACK_ARTICLES))));

/**
 * The pack of the article `id` among `packs`: by a hash of its id, so that an article added
 * anywhere in the list, or an edit, moves only records of its own pack (a pack holds its
 * records oldest first, so an article added as the newest goes at its pack's end, and none
 * moves). Packed by their place in the list, one added in the middle moved every newer one.
 */
export const packOf = (id: string, packs: number) => parseInt(shortHash(id), 16) % packs;

const PLACE_BYTES = 12;

/** The bytes of a record with `neighbours` places before `body` deflated bytes. */
export const recordLength = (neighbours: number, body: number) => 1 + neighbours * PLACE_BYTES + body;

/** Writes the head of a record into `target` at `offset`, its neighbours' places; its deflated file goes after, at the offset returned. */
export function writeRecordHead(target: Uint8Array, offset: number, neighbours: readonly ArticleAt[]): number {
  if (neighbours.length > 255) throw new Error(`an article has ${neighbours.length} neighbours; a record holds at most 255`);
  const view = new DataView(target.buffer, target.byteOffset + offset);
  view.setUint8(0, neighbours.length);
  neighbours.forEach((at, i) => at.forEach((value, j) => view.setUint32(1 + i * PLACE_BYTES + j * 4, value, true)));
  return offset + recordLength(neighbours.length, 0);
}

/** A record's neighbours' places and its deflated file. */
export function readRecord<B extends ArrayBufferLike>(record: Uint8Array<B>): { neighbours: ArticleAt[]; body: Uint8Array<B> } {
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  const count = record.byteLength > 0 ? view.getUint8(0) : 0;
  const head = recordLength(count, 0);
  if (record.byteLength < head) throw new Error(`an article's record of ${record.byteLength} bytes is cut short`);
  const neighbours = Array.from({ length: count }, (_, i): ArticleAt => {
    const at = 1 + i * PLACE_BYTES;
    return [view.getUint32(at, true), view.getUint32(at + 4, true), view.getUint32(at + 8, true)];
  });
  return { neighbours, body: record.subarray(head) };
}

interface Placed {
  at?: ArticleAt;
}

/** The entries an article's file links to, in the order its record places them: newer, older, then related. */
export function linkedEntries<E>(file: { newer?: E; older?: E; related: readonly E[] }): E[] {
  return [file.newer, file.older, ...file.related].filter((entry): entry is E => entry !== undefined);
}

/**
 * An article's file as the app reads it: the stored text with each neighbour's place put in
 * (`at`), the same text in the prerender and in the browser, whose stamp the page carries.
 */
export function placedArticleText(stored: string, neighbours: readonly ArticleAt[]): string {
  const file = JSON.parse(stored) as { newer?: Placed; older?: Placed; related: Placed[] };
  const linked = linkedEntries(file);
  if (linked.length !== neighbours.length) throw new Error(`an article's record places ${neighbours.length} neighbours, and its file names ${linked.length}`);
  linked.forEach((entry, i) => (entry.at = neighbours[i]));
  return JSON.stringify(file);
}

/** An article's file as `placedArticleText` gave it, without its neighbours' places. */
export function unplacedArticleText(placed: string): string {
  const file = JSON.parse(placed) as { newer?: Placed; older?: Placed; related: Placed[] };
  for (const entry of linkedEntries(file)) delete entry.at;
  return JSON.stringify(file);
}
