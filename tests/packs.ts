import type { ArticleAt } from '../src/content/archive/article-pack.ts';
import { articleFileAt } from '../src/content/archive/model.ts';
import { dataFiles } from '../src/content/contracts.ts';
import type { Article } from '../src/content/seeds/article.ts';
import { ArticlePacks } from '../src/node/article-packs.ts';

/** The packs of `articles` (no related articles), as the build writes them: by path from the data folder, with where each article's record is. */
export function packArticles(articles: readonly Article[]): { places: ArticleAt[]; packs: Map<string, Uint8Array> } {
  const packed = new ArticlePacks(articles, [], (i) => articleFileAt(articles, [], i));
  return {
    places: articles.map((_, i) => packed.placeAt(i)),
    packs: new Map(Array.from({ length: packed.packs }, (_, pack) => [dataFiles.articlePack(pack), new Uint8Array(packed.pack(pack))])),
  };
}
