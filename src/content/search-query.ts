import { SEARCH_INDEX_VERSION, type SearchIndex } from './search-index.ts';
import { createTermMatcher, type Candidate } from './term-matcher.ts';
import { terms } from './tokenize.ts';

/** One found document: its number in the index, its score, and the vocabulary terms that matched (for highlighting). */
export interface SearchHit {
  doc: number;
  score: number;
  terms: string[];
}

const K1 = 1.2;
const B = 0.75;
const EXACT_TITLE_BONUS = 1000;

/** Prepares an index for querying; the returned function ranks documents for a query, best first, newer first on ties. */
export function createSearcher(index: SearchIndex) {
  if (index.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${String(index.version)} is not ${SEARCH_INDEX_VERSION}: rebuild the site`);
  }
  const docCount = index.lengths.length;
  const averageLength = index.lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, docCount);
  const documentFrequency = (term: number) => index.postings[term]!.length / 2;
  const candidatesFor = createTermMatcher(index.terms, documentFrequency);

  function idf(term: number): number {
    const df = documentFrequency(term);
    return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  }

  /** Best score each document earns for one query word, over all the word's candidate terms. */
  function scoreWord(candidates: readonly Candidate[]) {
    const best = new Map<number, { score: number; terms: Set<string> }>();
    for (const { term, weight } of candidates) {
      const postings = index.postings[term]!;
      const termIdf = idf(term);
      for (let i = 0; i < postings.length; i += 2) {
        const doc = postings[i]!;
        const tf = postings[i + 1]!;
        const norm = tf + K1 * (1 - B + (B * index.lengths[doc]!) / averageLength);
        const score = (weight * termIdf * tf * (K1 + 1)) / norm;
        const entry = best.get(doc);
        if (!entry) best.set(doc, { score, terms: new Set([index.terms[term]!]) });
        else {
          entry.score = Math.max(entry.score, score);
          entry.terms.add(index.terms[term]!);
        }
      }
    }
    return best;
  }

  return function search(query: string, limit = 50): SearchHit[] {
    const words = [...new Set(terms(query))];
    if (words.length === 0) return [];
    const perWord = words.map((word) => scoreWord(candidatesFor(word)));
    // Every word must match; only when no document has them all do partial matches count.
    const everyWordKnown = perWord.every((m) => m.size > 0);
    let docs = [...(perWord[0]?.keys() ?? [])].filter((doc) => perWord.every((m) => m.has(doc)));
    if (docs.length === 0 && everyWordKnown) docs = [...new Set(perWord.flatMap((m) => [...m.keys()]))];
    const phrase = words.join(' ');
    const hits = docs.map((doc) => {
      const matched = new Set<string>();
      let score = 0;
      for (const word of perWord) {
        const entry = word.get(doc);
        if (!entry) continue;
        score += entry.score;
        for (const term of entry.terms) matched.add(term);
      }
      if (index.titles[doc] === phrase) score += EXACT_TITLE_BONUS;
      return { doc, score, terms: [...matched] };
    });
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return hits.slice(0, limit);
  };
}
