import type { Article } from '../seeds/article.ts';
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

/**
 * The terms of a whole archive numbered: every distinct term once, in order of first
 * appearance, and each article's terms as those numbers. The search index and related
 * articles both work on numbers, so each term of each article is looked up once, not once
 * per use.
 */
export interface NumberedTerms {
  words: string[];
  /** Per article, its title's terms in order. */
  titles: number[][];
  /** Per article, its body's distinct terms, */
  bodies: number[][];
  /** and how often each occurs. */
  counts: number[][];
}

/**
 * Numbers the terms of `articles`, taken one at a time: the build counts each article's terms
 * just before they are numbered, so the archive's terms as text (125 MB at 50,000 articles)
 * are never all in memory at once.
 */
export function numberTerms(articles: Iterable<ArticleTerms>): NumberedTerms {
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const number = (term: string) => {
    let id = numbers.get(term);
    if (id === undefined) {
      numbers.set(term, (id = words.length));
      words.push(term);
    }
    return id;
  };
  const numbered: NumberedTerms = { words, titles: [], bodies: [], counts: [] };
  for (const article of articles) {
    numbered.titles.push(article.title.map(number));
    numbered.bodies.push(article.body ? article.body.split(' ').map(number) : []);
    numbered.counts.push(article.counts);
  }
  return numbered;
}
