import { queryWords } from './tokenize.ts';

/** Whether a query ends in a word still being typed, which the engine completes as a prefix (no space or mark after it). */
export const endsInWord = (query: string) => /[\p{L}\p{N}\p{M}]$/u.test(query);

/** Whether the vocabulary holds a term, or (with `prefix`) a term beginning with it. */
export type Holds = (term: string, prefix: boolean) => Promise<boolean>;

/**
 * The terms a query searches for. A run of an unspaced script (Japanese, Chinese, Thai…) is
 * searched as the words the segmenter splits it into, as the index was, when the vocabulary
 * holds them all (the last as a beginning, while it is being typed: 記者会 → 記者 + 会…). Out
 * of context the segmenter splits a word half typed into letters no article has as words
 * (ガソ → ガ + ソ), or may split differently from the build's segmenter in another browser:
 * then the run is searched whole, as one word to complete or correct (ガソ → ガソリン).
 */
export async function resolveQueryWords(query: string, typing: boolean, holds: Holds): Promise<string[]> {
  const words = queryWords(query);
  const resolved = await Promise.all(
    words.map(async ({ term, pieces }, i) => {
      const split = pieces.map((piece) => piece.term);
      if (split.length === 1) return split;
      const last = typing && i === words.length - 1;
      const known = await Promise.all(split.map((piece, j) => holds(piece, last && j === split.length - 1)));
      return known.every(Boolean) ? split : [term];
    }),
  );
  return resolved.flat();
}
