// The one module that imports the build-time data; everything else gets it from here.
import { articles, seedProblems } from 'virtual:articles';
import type { Article } from '../content/article.ts';

export { articles, seedProblems };

const byId = new Map(articles.map((article, index) => [article.id, index]));

/** The article with this id, or undefined. */
export function findArticle(id: string): Article | undefined {
  const index = byId.get(id);
  return index === undefined ? undefined : articles[index];
}

/** The articles just newer and just older than this one in the list. */
export function neighbours(id: string): { newer?: Article; older?: Article } {
  const index = byId.get(id);
  if (index === undefined) return {};
  return { newer: articles[index - 1], older: articles[index + 1] };
}

/** Loads the search index, built at build time, on first use. */
export function loadSearchIndex() {
  return import('virtual:search-index').then((module) => module.searchIndex);
}
