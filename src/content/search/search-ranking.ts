// Documents whose title holds every query word come before all others, and among them
// those where the words stand together as typed.
const TITLE_BONUS = 1000;
const ADJACENT_BONUS = 100;

/**
 * One query word's scores: per document the best score of any reading, and the title slot of
 * the likeliest reading; `docs` lists the documents it scored.
 */
export interface WordScores {
  score: Float64Array;
  titleSlot: Uint8Array;
  docs: Int32Array;
}

/** A found document and its score. */
export interface RankedDoc {
  doc: number;
  score: number;
}

/** Whether a document and its score rank before `b`: the higher score, then the newer document (the lower number). */
const before = (doc: number, score: number, b: RankedDoc) => score > b.score || (score === b.score && doc < b.doc);

/**
 * The documents of a query: how many there are, and the best `limit` of them in order. Those
 * holding every word (any word when none holds them all), by the sum of the words' scores,
 * titles holding every word first, ties to the newer document (the lower number). Only the
 * best are kept and ordered: a word being typed matches thousands of documents, and sorting
 * them all cost more than the rest of the ranking.
 */
export function rankDocuments(scores: readonly WordScores[], limit = Infinity): { total: number; hits: RankedDoc[] } {
  const smallest = scores.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
  // Lists of documents are typed arrays filled up to a count: at 250,000 articles, pushing
  // the documents of a common word onto an array cost ten times the scoring itself.
  let docs = new Int32Array(smallest.docs.length);
  let count = 0;
  for (const doc of smallest.docs) {
    let all = true;
    for (const word of scores) all &&= word.score[doc]! > 0;
    if (all) docs[count++] = doc;
  }
  if (count === 0) {
    const seen = new Uint8Array(smallest.score.length);
    docs = new Int32Array(scores.reduce((sum, w) => sum + w.docs.length, 0));
    for (const word of scores) {
      for (const doc of word.docs) {
        if (seen[doc]) continue;
        seen[doc] = 1;
        docs[count++] = doc;
      }
    }
  }
  docs = docs.subarray(0, count);
  const scoreOf = (doc: number): number => {
    let score = 0;
    let allInTitle = true;
    let adjacent = 0;
    for (let i = 0; i < scores.length; i++) {
      const word = scores[i]!;
      score += word.score[doc]!;
      const slot = word.titleSlot[doc]!;
      allInTitle &&= slot > 0;
      if (i > 0 && slot > 0 && slot === scores[i - 1]!.titleSlot[doc]! + 1) adjacent++;
    }
    return allInTitle ? score + TITLE_BONUS + ADJACENT_BONUS * adjacent : score;
  };
  if (limit <= 0) return { total: docs.length, hits: [] };
  if (limit >= docs.length) {
    const hits = Array.from(docs, (doc) => ({ doc, score: scoreOf(doc) }));
    return { total: docs.length, hits: hits.sort((a, b) => b.score - a.score || a.doc - b.doc) };
  }
  // The best `limit` so far, best first: a new one goes in at its place, the last drops out.
  const best: RankedDoc[] = [];
  for (const doc of docs) {
    const score = scoreOf(doc);
    if (best.length === limit && !before(doc, score, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(doc, score, best[at - 1]!)) at--;
    best.splice(at, 0, { doc, score });
    if (best.length > limit) best.pop();
  }
  return { total: docs.length, hits: best };
}
