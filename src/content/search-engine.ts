import { SCORE_SCALE, SEARCH_INDEX_VERSION, TITLE_SLOTS, decodeTerms, type Shard, type Vocabulary } from './search-index.ts';
import { createTermMatcher, type Candidate } from './term-matcher.ts';
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

// Documents whose title holds every query word come before all others, and among them
// those where the words stand together as typed.
const TITLE_BONUS = 1000;
const ADJACENT_BONUS = 100;

/** One query word's scores: per document the best score of any reading, and the title slot of the likeliest reading. */
interface WordScores {
  score: Float64Array;
  titleSlot: Uint8Array;
  docs: number[];
}

/**
 * Prepares the vocabulary for querying. Postings shards are fetched through `loadShard`
 * only when a query needs them, and kept.
 */
export function createSearchEngine(vocabulary: Vocabulary, loadShard: (shard: number) => Promise<Shard>) {
  if (vocabulary.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${String(vocabulary.version)} is not ${SEARCH_INDEX_VERSION}: rebuild the site`);
  }
  const terms = decodeTerms(vocabulary.terms);
  const docCount = vocabulary.docCount;
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
    return Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
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

  function scoreWord(candidates: readonly Candidate[], loaded: ReadonlyMap<number, Shard>): WordScores {
    const score = new Float64Array(docCount);
    const titleSlot = new Uint8Array(docCount);
    const docs: number[] = [];
    // Every reading of a word weighs as much as its likeliest reading: a rare misspelling
    // must not outrank the word the reader meant just because rarity raises its idf.
    const meant = idf(candidates[0]!.term);
    for (const { term, weight } of candidates) {
      const shard = shardOf(term);
      const flat = loaded.get(shard)![term - vocabulary.shardStarts[shard]!]!;
      const factor = (weight * meant) / idf(term) / SCORE_SCALE;
      let doc = 0;
      for (let i = 0; i < flat.length; i += 2) {
        doc += flat[i]!;
        const value = flat[i + 1]!;
        const s = factor * Math.floor(value / TITLE_SLOTS);
        if (score[doc] === 0) docs.push(doc);
        if (s > score[doc]!) score[doc] = s;
        if (weight === 1) titleSlot[doc] = value % TITLE_SLOTS;
      }
    }
    return { score, titleSlot, docs };
  }

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
    const scores = perWord.map((candidates) => scoreWord(candidates, loaded));

    const smallest = scores.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
    let docs = smallest.docs.filter((doc) => scores.every((w) => w.score[doc]! > 0));
    if (docs.length === 0) docs = [...new Set(scores.flatMap((w) => w.docs))];
    const hits = docs.map((doc) => {
      let score = 0;
      let allInTitle = true;
      let adjacent = 0;
      scores.forEach((word, i) => {
        score += word.score[doc]!;
        const slot = word.titleSlot[doc]!;
        allInTitle &&= slot > 0;
        if (i > 0 && slot > 0 && slot === scores[i - 1]!.titleSlot[doc]! + 1) adjacent++;
      });
      return { doc, score: allInTitle ? score + TITLE_BONUS + ADJACENT_BONUS * adjacent : score };
    });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { total: hits.length, hits: hits.slice(0, limit), terms: [...new Set(perWord.flat().map((c) => terms[c.term]!))] };
  }

  return { search };
}
