// An article's file read back from its record in Node: by the prerender, from the packs it
// wrote, and by the build's own data (article-packs.ts). Kept apart from ArticlePacks so the
// prerender's helper threads load only this.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { placedArticleText, readRecord, type ArticleAt } from '../content/archive/article-pack.ts';
import { dataFiles } from '../content/contracts.ts';

/** The file of an article as the app reads it (`placedArticleText`), from its record. */
export function recordText(record: Uint8Array): string {
  const { neighbours, body } = readRecord(record);
  return placedArticleText(inflateRawSync(body).toString('utf8'), neighbours);
}

/** The file of the article whose record is at `place`, read from its pack in the first of `dataDirs` that has it; null when none does. */
export function readArticleText(dataDirs: readonly string[], place: ArticleAt): string | null {
  const [pack, offset, length] = place;
  for (const dir of dataDirs) {
    let fd: number;
    try {
      fd = openSync(join(dir, dataFiles.articlePack(pack)), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    try {
      const record = Buffer.alloc(length);
      for (let at = 0; at < length;) {
        const read = readSync(fd, record, at, length - at, offset + at);
        if (read === 0) throw new Error(`${dataFiles.articlePack(pack)} in ${dir} ends before the record at ${offset}+${length}`);
        at += read;
      }
      return recordText(record);
    } finally {
      closeSync(fd);
    }
  }
  return null;
}
