import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildArchiveFiles, listFileAt, type ArticleFile } from '../../../src/content/archive/model.ts';
import { dataFiles, listChunks } from '../../../src/content/contracts.ts';
import { relatedArticles } from '../../../src/content/archive/related.ts';
import { articleTerms } from '../../../src/content/search/article-terms.ts';
import { buildData, DataFiles } from '../../../src/node/built-data.ts';
import { testArticle } from '../content/test-article.ts';
import { newTempFiles } from '../../temp-files.ts';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('buildData', () => {
  const words = ['grain', 'wheat', 'yen', 'bank', 'rates', 'crude', 'oil', 'tokyo'];
  const articles = Array.from({ length: 30 }, (_, i) =>
    testArticle(`${words[i % 8]} report ${i}`, `A “report” on ${words[i % 8]} and ${words[(i * 3) % 8]}, number ${i}.`, {
      date: `2020-01-${String(30 - i).padStart(2, '0')}`,
    }),
  );

  it("makes a pack's or a list chunk's file each time it is asked for, the same bytes its hash was taken of", async () => {
    const { files, hashes, manifest, places } = await buildData({ articles }, 7);
    const related = relatedArticles(articles.map(articleTerms));
    const reference = buildArchiveFiles(articles, related, 7);
    // Every file written, and each article's file besides, which is in a pack.
    expect(hashes.size).toBe(files.size + articles.length);
    expect(
      files
        .paths()
        .filter((path) => path.startsWith('articles/'))
        .sort(),
    ).toEqual(['articles/0.bin']);
    for (const path of files.paths()) expect(sha256(files.get(path)!), path).toBe(hashes.get(path));
    const placeAt = (i: number) => places.placeOf(articles[i]!.id)!;
    expect(listChunks(articles.length, 7)).toBe(2);
    for (let chunk = 0; chunk < 2; chunk++) {
      // Not held as strings: the list's files and the packs are made, the others read back, when written.
      expect(files.content(dataFiles.list(chunk))?.()).toBe(listFileAt(articles, chunk, 7, placeAt));
    }
    expect(files.content(dataFiles.list(2))).toBeUndefined();
    articles.forEach((article, i) => {
      const path = dataFiles.article(article.id);
      expect(hashes.get(path), path).toMatch(/^[0-9a-f]{64}$/);
      // The file the app reads: the one the model writes, with where each neighbour's record is.
      const stored = JSON.parse(reference.get(path)!) as ArticleFile;
      const at = (j: number | undefined) => (j === undefined ? {} : { at: placeAt(j) });
      expect(JSON.parse(places.articleText(article.id)!)).toEqual({
        ...stored,
        ...(stored.newer && { newer: { ...stored.newer, ...at(i - 1) } }),
        ...(stored.older && { older: { ...stored.older, ...at(i + 1) } }),
        related: stored.related.map((entry, k) => ({ ...entry, ...at(related[i]![k]) })),
      });
    });
    expect(places.articleText('0000000000000000')).toBeUndefined();
    expect([...files].map(([path]) => path).sort()).toEqual(files.paths().sort());
    // What "save all" downloads: lists, packs and the search files but the head files and the answers.
    const offline = [...files]
      .filter(([path]) => /^(articles|list|search\/(?!heads\/|answers\/))/.test(path))
      .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
    expect(manifest.offlineBytes).toBe(offline);
  });
});

describe('DataFiles', () => {
  it('gives back every text it holds, across many writes to its file, and none once cleared', () => {
    const left = newTempFiles('news-archive-data-');
    const files = new DataFiles();
    // ~6 MB of texts, two bytes a character in places, written in several goes; one of 3 MB.
    const texts = Array.from({ length: 400 }, (_, i) => `[${i},"${'“grain” é 穀物 '.repeat(i === 399 ? 200_000 : 500)}"]`);
    texts.forEach((text, i) => files.set(`search/${i}.json`, text));
    files.make('list/0.json', () => 'made');
    expect(files.size).toBe(401);
    // Read in another order than written, each one twice, and by each way there is to ask.
    for (const i of [399, 0, 398, 200, 1, 200]) {
      expect(files.get(`search/${i}.json`)).toBe(texts[i]);
      expect(files.content(`search/${i}.json`)?.()).toBe(texts[i]);
    }
    expect(new Map(files)).toEqual(new Map([...texts.map((text, i): [string, string] => [`search/${i}.json`, text]), ['list/0.json', 'made']]));
    expect(files.get('search/missing.json')).toBeUndefined();
    // Each file's hash and size, the held ones' taken as they were set.
    expect(new Map(files.summaries())).toEqual(new Map([...files].map(([path, text]) => [path, { hash: sha256(text), bytes: Buffer.byteLength(text) }])));
    // The file was removed as soon as it was made: nothing is left behind, however the build ends.
    expect(left()).toEqual([]);
    files.clear();
    expect(files.size).toBe(0);
    expect(files.get('search/0.json')).toBeUndefined();
    files.set('search/0.json', 'again');
    expect(files.get('search/0.json')).toBe('again');
  });
});
