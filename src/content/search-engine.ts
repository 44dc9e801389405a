import { memoizeAsync } from './memo.ts';
import { SCORE_SCALE, SEARCH_INDEX_VERSION, TITLE_SLOTS, decodeTerms, inverseDocumentFrequency, type SearchDirectory, type Shard, type VocabularyPart } from './search-index.ts';
import { createTermMatcher, maxEdits, rankCandidates, type Candidate, type Likelihoods } from './term-matcher.ts';
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

type Matcher = ReturnType<typeof createTermMatcher>;

/** Number of the last entry of an ascending list that is ≤ `value`. */
function lastAtMost<T>(list: readonly T[], value: T): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Prepares a search index for querying. Vocabulary parts and postings shards are fetched
 * through `loadPart` and `loadShard` only when a query needs them, and kept.
 */
export function createSearchEngine(directory: SearchDirectory, loadPart: (part: number) => Promise<VocabularyPart>, loadShard: (shard: number) => Promise<Shard>) {
  if (directory.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${String(directory.version)} is not ${SEARCH_INDEX_VERSION}: rebuild the site`);
  }
  const docCount = directory.docCount;
  const partStarts = directory.parts.map((p) => p.start);
  const partFirsts = directory.parts.map((p) => p.from);
  // Fetched files are kept; a failed fetch is not, so the next query tries again.
  const matcher = memoizeAsync(async (p: number) => {
    const { terms, df } = await loadPart(p);
    return createTermMatcher(decodeTerms(terms), df, directory.parts[p]!.start);
  });
  const shardFile = memoizeAsync(loadShard);
  const loadedMatchers = new Map<number, Matcher>();
  const partOf = (term: number) => loadedMatchers.get(lastAtMost(partStarts, term))!;
  const shardOf = (term: number) => lastAtMost(directory.shardStarts, term);
  const idf = (term: number) => inverseDocumentFrequency(docCount, partOf(term).df(term));

  /** The candidate terms of one word: from its first character's part, or from every part's second-letter buckets when that finds nothing. */
  async function candidatesFor(word: string, prefix: boolean): Promise<Candidate[]> {
    if (directory.parts.length === 0) return [];
    const likelihood: Likelihoods = new Map();
    const own = lastAtMost(partFirsts, word[0]!);
    const ownMatcher = await matcher(own);
    loadedMatchers.set(own, ownMatcher);
    if (!ownMatcher.readings(word, likelihood, { prefix }) && maxEdits(word.length) > 0) {
      const all = await Promise.all(directory.parts.map((_, p) => matcher(p)));
      all.forEach((m, p) => {
        loadedMatchers.set(p, m);
        m.secondLetterReadings(word, likelihood);
      });
    }
    return rankCandidates(likelihood);
  }

  function scoreWord(candidates: readonly Candidate[], loaded: ReadonlyMap<number, Shard>): WordScores {
    const score = new Float64Array(docCount);
    const titleSlot = new Uint8Array(docCount);
    const docs: number[] = [];
    // Every reading of a word weighs as much as its likeliest reading: a rare misspelling
    // must not outrank the word the reader meant just because rarity raises its idf.
    const meant = idf(candidates[0]!.term);
    for (const { term, weight } of candidates) {
      const shard = shardOf(term);
      const flat = loaded.get(shard)![term - directory.shardStarts[shard]!]!;
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
    const perWord = await Promise.all(words.map((word, i) => candidatesFor(word, typing && i === words.length - 1)));
    if (perWord.some((candidates) => candidates.length === 0)) return { total: 0, hits: [], terms: [] };
    const needed = [...new Set(perWord.flat().map((c) => shardOf(c.term)))];
    const loaded = new Map(await Promise.all(needed.map(async (s) => [s, await shardFile(s)] as const)));
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
    return { total: hits.length, hits: hits.slice(0, limit), terms: [...new Set(perWord.flat().map((c) => partOf(c.term).term(c.term)))] };
  }

  return { search };
}
