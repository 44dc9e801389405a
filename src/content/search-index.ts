import type { Article } from './article.ts';
import { terms } from './tokenize.ts';

/** Bumped whenever the serialized shape changes, so a stale index is refused instead of misread. */
export const SEARCH_INDEX_VERSION = 1;
/** A word in the title counts as this many words of body text. */
export const TITLE_WEIGHT = 3;

/**
 * The serialized search index, built at build time. Documents are numbered in the order
 * they were given (newest first), so a lower number wins a tie.
 */
export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  /** Weighted length of each document, in terms. */
  lengths: number[];
  /** Every term, sorted, so prefixes sit together. */
  terms: string[];
  /** For each term, flat pairs `[doc, weightedCount, doc, weightedCount, …]`, docs ascending. */
  postings: number[][];
  /** Each document's title as normalized terms joined by spaces, to spot exact title matches. */
  titles: string[];
}

/** Builds the inverted index of titles and full text for the given articles (in display order). */
export function buildSearchIndex(articles: readonly Pick<Article, 'title' | 'blocks'>[]): SearchIndex {
  const byTerm = new Map<string, number[]>();
  const lengths: number[] = [];
  const titles: string[] = [];
  articles.forEach((article, doc) => {
    const counts = new Map<string, number>();
    const titleTerms = terms(article.title);
    for (const term of titleTerms) counts.set(term, (counts.get(term) ?? 0) + TITLE_WEIGHT);
    let length = titleTerms.length * TITLE_WEIGHT;
    for (const block of article.blocks) {
      for (const term of terms(block.text)) {
        counts.set(term, (counts.get(term) ?? 0) + 1);
        length++;
      }
    }
    for (const [term, count] of counts) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(doc, count);
    }
    lengths.push(length);
    titles.push(titleTerms.join(' '));
  });
  const sorted = [...byTerm.keys()].sort();
  return { version: SEARCH_INDEX_VERSION, lengths, terms: sorted, postings: sorted.map((t) => byTerm.get(t)!), titles };
}
