import { SEARCH_INDEX_VERSION, decodePostings, decodeTerms, type Shard, type Vocabulary } from './search-index.ts';
import { createTermMatcher } from './term-matcher.ts';
import { terms as termsOf } from './tokenize.ts';

/** One found document: its number (display order) and its score. */
export interface SearchHit {
  doc: number;
  score: number;
}

/** The answer to a query: how many documents match, the best of them, and the vocabulary terms that matched (for highlighting). */
export interface SearchResult {
  total: number;
  hits: SearchHit[];
  terms: string[];
}

// Documents whose title holds every query word come before all others.
const TITLE_BONUS = 1000;

/**
 * Prepares the vocabulary for querying. Postings shards are fetched through `loadShard`
 * only when a query needs them, and kept.
 */
export function createSearchEngine(vocabulary: Vocabulary, loadShard: (shard: number) => Promise<Shard>) {
  if (vocabulary.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${String(vocabulary.version)} is not ${SEARCH_INDEX_VERSION}: rebuild the site`);
  }
  const terms = decodeTerms(vocabulary.terms);
  const candidatesFor = createTermMatcher(terms, vocabulary.df);
  const shards = new Map<number, Promise<Shard>>();
  const shardOf = (term: number) => {
    let lo = 0;
    let hi = vocabulary.shardStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (vocabulary.shardStarts[mid]! <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const idf = (term: number) => {
    const n = vocabulary.df[term]!;
    return Math.log(1 + (vocabulary.docCount - n + 0.5) / (n + 0.5));
  };
  const load = (shard: number) => {
    let promise = shards.get(shard);
    if (!promise) {
      promise = loadShard(shard);
      // A failed fetch is not kept, so the next query tries again.
      promise.catch(() => shards.delete(shard));
      shards.set(shard, promise);
    }
    return promise;
  };

  /** Ranks documents for a query: every word must match (any word when no document has them all). */
  async function search(query: string, limit = 100): Promise<SearchResult> {
    const words = [...new Set(termsOf(query))];
    if (words.length === 0) return { total: 0, hits: [], terms: [] };
    // Only the word still being typed (the last, with no space after it) is completed as a prefix.
    const typing = /[\p{L}\p{N}]$/u.test(query);
    const perWord = words.map((word, i) => candidatesFor(word, { prefix: typing && i === words.length - 1 }));
    if (perWord.some((candidates) => candidates.length === 0)) return { total: 0, hits: [], terms: [] };
    const needed = [...new Set(perWord.flat().map((c) => shardOf(c.term)))];
    const loaded = new Map(await Promise.all(needed.map(async (s) => [s, await load(s)] as const)));

    const scores = perWord.map((candidates) => {
      const best = new Map<number, { score: number; inTitle: boolean }>();
      // Every reading of a word weighs as much as its likeliest reading: a rare misspelling
      // must not outrank the word the reader meant just because rarity raises its idf.
      const meant = idf(candidates[0]!.term);
      for (const { term, weight } of candidates) {
        const shard = shardOf(term);
        const factor = (weight * meant) / idf(term);
        for (const posting of decodePostings(loaded.get(shard)![term - vocabulary.shardStarts[shard]!]!)) {
          const score = factor * posting.score;
          const entry = best.get(posting.doc);
          if (!entry) best.set(posting.doc, { score, inTitle: posting.inTitle && weight === 1 });
          else {
            if (score > entry.score) entry.score = score;
            if (posting.inTitle && weight === 1) entry.inTitle = true;
          }
        }
      }
      return best;
    });
    const smallest = scores.reduce((a, b) => (b.size < a.size ? b : a));
    let docs = [...smallest.keys()].filter((doc) => scores.every((m) => m.has(doc)));
    if (docs.length === 0) docs = [...new Set(scores.flatMap((m) => [...m.keys()]))];
    const hits = docs.map((doc) => {
      let score = 0;
      let allInTitle = true;
      for (const word of scores) {
        const entry = word.get(doc);
        score += entry?.score ?? 0;
        allInTitle &&= entry?.inTitle ?? false;
      }
      return { doc, score: allInTitle ? score + TITLE_BONUS : score };
    });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { total: hits.length, hits: hits.slice(0, limit), terms: [...new Set(perWord.flat().map((c) => terms[c.term]!))] };
  }

  return { search };
}
