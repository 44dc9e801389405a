import { describe, expect, it } from 'vitest';
import { packCount, packOf, PACK_ARTICLES, readRecord } from '../../../src/content/archive/article-pack.ts';
import { articleFileAt, readArticleFile } from '../../../src/content/archive/model.ts';
import { ArticlePacks } from '../../../src/node/article-packs.ts';
import { testArticle } from '../content/test-article.ts';
import { newTempFiles } from '../../temp-files.ts';

describe('ArticlePacks', () => {
  // Two full packs and a part, each article related to the one 70 places on (another pack).
  const articles = Array.from({ length: 2 * PACK_ARTICLES + 5 }, (_, i) =>
    testArticle(`Report ${i}`, `Text of report ${i}. `.repeat(1 + (i % 9)), { id: i.toString(16).padStart(16, '0') }),
  );
  const related = articles.map((_, i) => [(i + 70) % articles.length]);

  it('an article added moves only the records newer than it and its neighbours, in their packs; added as the newest, none', () => {
    const packs = new ArticlePacks(articles, related, (i) => articleFileAt(articles, related, i));
    for (const at of [0, 70]) {
      const added = [...articles.slice(0, at), testArticle('Added', 'Just in.', { id: 'ffffffffffffff00' }), ...articles.slice(at)];
      const shifted = added.map((_, i) => (i === at ? [] : related[i < at ? i : i - 1]!.map((j) => (j < at ? j : j + 1))));
      const after = new ArticlePacks(added, shifted, (i) => articleFileAt(added, shifted, i));
      // The new one's record, and its neighbours', which name it now: each is written after
      // the older records of its pack, and before the newer ones, which move.
      const changed = [at - 1, at, at + 1].filter((i) => i >= 0 && i < added.length).map((i) => added[i]!.id);
      const newerThanChanged = (id: string, position: number) =>
        changed.some((other) => after.placeOf(other)![0] === after.placeOf(id)![0] && added.findIndex((a) => a.id === other) > position);
      articles.forEach((article, i) => {
        const [pack, offset, length] = packs.placeOf(article.id)!;
        const moved = after.placeOf(article.id)!;
        expect(moved[0]).toBe(pack);
        if (!changed.includes(article.id)) expect(moved[2]).toBe(length);
        if (!newerThanChanged(article.id, i < at ? i : i + 1)) expect(moved[1], article.id).toBe(offset);
      });
      // Added as the newest, it and the one before it are the newest of their packs: no record moves.
      if (at === 0) articles.forEach((article) => expect(after.placeOf(article.id)![1]).toBe(packs.placeOf(article.id)![1]));
    }
  });

  it('lays each pack’s records end to end, oldest first, each heading with where its neighbours are, and reads each back', () => {
    const left = newTempFiles('news-archive-records-');
    const packs = new ArticlePacks(articles, related, (i) => articleFileAt(articles, related, i));
    // The power of two at or above 133 / 64.
    expect(packs.packs).toBe(4);
    const bytes = Array.from({ length: packs.packs }, (_, pack) => packs.pack(pack));
    for (let pack = 0; pack < packs.packs; pack++) {
      const members = articles.map((_, i) => i).filter((i) => packs.placeAt(i)[0] === pack);
      expect(members.map((i) => packOf(articles[i]!.id, packs.packs))).toEqual(members.map(() => pack));
      // Oldest first, end to end, the last ending the pack.
      let end = 0;
      for (const i of members.reverse()) {
        const [, offset, length] = packs.placeAt(i);
        expect(offset).toBe(end);
        end += length;
      }
      expect(bytes[pack]!.byteLength).toBe(end);
    }
    articles.forEach((article, i) => {
      const place = packs.placeAt(i);
      expect(packs.placeOf(article.id)).toEqual(place);
      const [pack, offset, length] = place;
      const { neighbours } = readRecord(bytes[pack]!.subarray(offset, offset + length));
      const expected = [...(i > 0 ? [i - 1] : []), ...(i < articles.length - 1 ? [i + 1] : []), ...related[i]!].map((j) => packs.placeAt(j));
      expect(neighbours).toEqual(expected);
      const file = readArticleFile(packs.articleText(article.id)!);
      expect(file.article).toEqual(article);
      expect(file.related.map((entry) => [entry.id, entry.at])).toEqual(related[i]!.map((j) => [articles[j]!.id, packs.placeAt(j)]));
    });
    expect(packs.placeOf('ffffffffffffffff')).toBeUndefined();
    // The records are held in a file removed as soon as it was made.
    expect(left()).toEqual([]);
  });

  it('has as many packs as the power of two at or above one for every 64 articles, and none for no article', () => {
    expect([0, 1, 64, 65, 128, 129, 18_301, 250_000].map(packCount)).toEqual([0, 1, 1, 2, 2, 4, 512, 4096]);
    expect(new ArticlePacks([], [], () => '').packs).toBe(0);
  });
});
