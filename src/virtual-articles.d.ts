// Types of the modules that src/build/seeds-plugin.ts generates at build time.

declare module 'virtual:articles' {
  import type { Article, SeedProblem } from './content/article.ts';
  /** Every good article, newest first. */
  export const articles: Article[];
  /** Problems found in the seed folder (the dev server serves despite errors; a build fails on them). */
  export const seedProblems: SeedProblem[];
}

declare module 'virtual:search-index' {
  import type { SearchIndex } from './content/search-index.ts';
  /** The inverted index of every article, in the order of `articles`. */
  export const searchIndex: SearchIndex;
}
