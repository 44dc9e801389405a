import type { Article } from '../../../src/content/seeds/article.ts';

/** An article of one paragraph, for search tests: `title` doubles as its id unless `id` is given. */
export function testArticle(
  title: string,
  text: string,
  { id = title, order = 0, date = '2024-01-01' }: { id?: string; order?: number; date?: string } = {},
): Article {
  return { id, order, file: `${id}.txt`, date, title, excerpt: text, wordCount: 1, readingMinutes: 1, tags: [], blocks: [{ kind: 'paragraph', text }] };
}
