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
 * Lists of numbers, one per article, in one flat typed array: list `i` is `at(i)`. At
 * 250,000 articles the archive's terms held as an array of numbers per article took 490 MB
 * (eight bytes a number, and each array's own header); flat, four bytes a number.
 */
export class NumberLists {
  private items: Uint32Array<ArrayBufferLike> = new Uint32Array(1024);
  private starts: Uint32Array<ArrayBufferLike> = new Uint32Array(256);
  private used = 0;
  /** How many lists. */
  length = 0;

  /** Adds a list; `map` gives each of `values`' numbers. */
  push<T>(values: readonly T[], map: (value: T) => number): void {
    if (this.length + 2 > this.starts.length) this.starts = grown(this.starts, this.length + 2);
    if (this.used + values.length > this.items.length) this.items = grown(this.items, this.used + values.length);
    for (const value of values) this.items[this.used++] = map(value);
    this.starts[++this.length] = this.used;
  }

  /** Lets go of the room kept for more lists. */
  trim(): void {
    this.items = this.items.slice(0, this.used);
    this.starts = this.starts.slice(0, this.length + 1);
  }

  /** List `i`: a view, valid until the next push. */
  at(i: number): Uint32Array {
    return this.items.subarray(this.starts[i], this.starts[i + 1]);
  }
}

/** A copy of `array` with room for at least `size` numbers: twice as many, so pushes copy rarely. */
function grown(array: Uint32Array<ArrayBufferLike>, size: number): Uint32Array<ArrayBufferLike> {
  const larger = new Uint32Array(Math.max(size, 2 * array.length));
  larger.set(array);
  return larger;
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
  titles: NumberLists;
  /** Per article, its body's distinct terms, */
  bodies: NumberLists;
  /** and how often each occurs. */
  counts: NumberLists;
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
  const numbered: NumberedTerms = { words, titles: new NumberLists(), bodies: new NumberLists(), counts: new NumberLists() };
  const count = (n: number) => n;
  for (const article of articles) {
    numbered.titles.push(article.title, number);
    numbered.bodies.push(article.body ? article.body.split(' ') : [], number);
    numbered.counts.push(article.counts, count);
  }
  numbered.titles.trim();
  numbered.bodies.trim();
  numbered.counts.trim();
  return numbered;
}
