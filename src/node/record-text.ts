// An article's file read back from its record in Node: by the prerender, from the packs it
// wrote, and by the build's own data (article-packs.ts). Kept apart from ArticlePacks so the
// prerender's helper threads load only this.
import { inflateRawSync } from 'node:zlib';
import { placedArticleText, readRecord } from '../content/archive/article-pack.ts';

/** The file of an article as the app reads it (`placedArticleText`), from its record. */
export function recordText(record: Uint8Array): string {
  const { neighbours, body } = readRecord(record);
  return placedArticleText(inflateRawSync(body).toString('utf8'), neighbours);
}
