import type { Candidate } from './term-matcher.ts';
import { queryWords } from './tokenize.ts';

/** One query word's readings: those searched when the word stands alone, and a wider pool the query's other words may vouch for. */
export interface WordReadings {
  base: Candidate[];
  pool: Candidate[];
}

/** The readings a query searches for each word, and per word the term it was corrected to (null where the word stands as typed or is being completed). */
export interface ChosenReadings {
  candidates: Candidate[][];
  corrected: (number | null)[];
}

// A reading's weight in context is the number of articles holding it together with the
// other words, × e^(−CONTEXT_COST × edits): the same cost per edit as a word's likelihood on
// its own (term-matcher.ts), with co-occurrence in place of document frequency. "tony blair"
// (148 articles, 2 edits from "blare") then outweighs "tony blame" (1 article, 1 edit).
const CONTEXT_COST = 4;
// A reading beyond a word's usual edits (in its pool, not its base) is taken only when at
// least this many articles hold it with the other words: one is a coincidence ("oil xyzzy"
// read as "oil xyhy", from one market report), and gibberish must still find nothing.
const FAR_READING_ARTICLES = 2;

const isFuzzy = (candidate: Candidate) => candidate.edits >= 1;

/** A word corrected to one reading is searched as that reading alone: the results are what the notice says they are for. */
const correctedTo = (candidate: Candidate) => ({ candidates: [{ ...candidate, weight: 1 }], corrected: candidate.term });

/** A word's readings alone: a fuzzy match as its likeliest reading is a correction; the word itself or its completions are not. */
const alone = ({ base }: WordReadings) => (base[0] && isFuzzy(base[0]) ? correctedTo(base[0]) : { candidates: base, corrected: null });

/**
 * Reads each word of a query in the light of the others: for a word that is not taken as
 * typed, every reading in its pool is weighed by how many articles hold it together with
 * readings of all the other words. When the best reading in context is a correction (a fuzzy
 * match), the word is searched as that reading alone; otherwise as on its own. A
 * one-word query, or words that never occur together, keep their readings alone.
 * `docsOf(term)` lists the documents holding a term.
 */
export function chooseReadings(words: readonly WordReadings[], docsOf: (term: number) => ArrayLike<number>, docCount: number): ChosenReadings {
  const chosen: ChosenReadings = { candidates: [], corrected: [] };
  const push = ({ candidates, corrected }: { candidates: Candidate[]; corrected: number | null }) => {
    chosen.candidates.push(candidates);
    chosen.corrected.push(corrected);
  };
  if (words.length < 2) {
    words.forEach((w) => push(alone(w)));
    return chosen;
  }
  // Per word, how many of its base readings each document holds (> 0: the word is there).
  const present = words.map(({ base }) => {
    const has = new Uint8Array(docCount);
    for (const { term } of base) {
      const docs = docsOf(term);
      for (let k = 0; k < docs.length; k++) has[docs[k]!] = 1;
    }
    return has;
  });
  words.forEach((readings, i) => {
    // A word taken as typed, with nothing else to weigh, keeps its readings.
    if (readings.pool.length === 0 || (readings.pool.length === 1 && !isFuzzy(readings.pool[0]!))) return push(alone(readings));
    // Only the other words' lists are asked about each of a reading's documents: a mask of
    // the whole archive per word cost more than the rest of a query at 250,000 articles.
    const others = present.filter((_, j) => j !== i);
    const near = new Set(readings.base.map((candidate) => candidate.term));
    const scored = readings.pool.map((candidate) => {
      let together = 0;
      const docs = docsOf(candidate.term);
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        let all = 1;
        for (let j = 0; j < others.length && all; j++) all = others[j]![doc]!;
        together += all;
      }
      if (!near.has(candidate.term) && together < FAR_READING_ARTICLES) together = 0;
      return { candidate, score: together * Math.exp(-CONTEXT_COST * candidate.edits) };
    });
    scored.sort((a, b) => b.score - a.score || a.candidate.edits - b.candidate.edits || a.candidate.term - b.candidate.term);
    const best = scored[0]!;
    if (best.score === 0 || !isFuzzy(best.candidate)) return push(alone(readings));
    push(correctedTo(best.candidate));
  });
  return chosen;
}

/** A reading written in the case the reader typed its word in: "Blare" → "Blair", "BLARE" → "BLAIR". */
function inTypedCase(typed: string, reading: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return reading.toUpperCase();
  const first = typed[0] ?? '';
  return first !== first.toLowerCase() ? reading[0]!.toUpperCase() + reading.slice(1) : reading;
}

/**
 * The query as typed, with each corrected word (by its search term) replaced by its reading,
 * in the typed case; everything else kept. A run of an unspaced script searched whole is
 * replaced whole.
 */
export function rewriteQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  let out = '';
  let at = 0;
  for (const { term, start, end } of queryWords(query).flatMap((word) => (corrections.has(word.term) ? [word] : word.pieces))) {
    const reading = corrections.get(term);
    if (reading === undefined) continue;
    out += query.slice(at, start) + inTypedCase(query.slice(start, end), reading);
    at = end;
  }
  return (out + query.slice(at)).trim();
}
