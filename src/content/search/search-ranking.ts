// Documents whose title holds every query word come before all others, and among them
// those where the words stand together as typed.
const TITLE_BONUS = 1000;
const ADJACENT_BONUS = 100;

/** One query word's scores: per document the best score of any reading, and the title slot of the likeliest reading. */
export interface WordScores {
  score: Float64Array;
  titleSlot: Uint8Array;
  docs: number[];
}

/**
 * The documents of a query, best first: those holding every word (any word when none holds
 * them all), by the sum of the words' scores, titles holding every word first, ties to the
 * newer document (the lower number).
 */
export function rankDocuments(scores: readonly WordScores[]): { doc: number; score: number }[] {
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
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
