import type { Article } from './article.ts';
import { terms } from './tokenize.ts';

/**
 * The words of one article, counted once: the search index and related articles are both
 * built from these, and the build caches them per seed, so a rebuild tokenizes only the
 * articles that changed.
 */
export interface ArticleTerms {
  /** The title's terms, in order. */
  title: string[];
  /** The body's distinct terms, in order of first appearance, joined by spaces (terms hold no white space). */
  body: string;
  /** How often each term of `body` occurs in the body. */
  counts: number[];
}

/** Counts the terms of an article's title and body. */
export function articleTerms({ title, blocks }: Pick<Article, 'title' | 'blocks'>): ArticleTerms {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const term of terms(block.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { title: terms(title), body: [...counts.keys()].join(' '), counts: [...counts.values()] };
}

/** Calls `visit` with each distinct body term and its count. */
export function forEachBodyTerm({ body, counts }: ArticleTerms, visit: (term: string, count: number) => void): void {
  if (!body) return;
  body.split(' ').forEach((term, i) => visit(term, counts[i]!));
}
