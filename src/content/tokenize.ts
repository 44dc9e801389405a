import { seeThroughArabicPrefix } from './arabic-prefix.ts';

/** A word of a text: its search term and where it stands in the text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// Scripts written without spaces are indexed a character at a time; everything else by
// runs of letters and digits, keeping inner apostrophes so "Pandora’s" is one word.
// Invisible characters inside a word (soft hyphen, zero-width space and joiners, word
// joiner, BOM) belong to it: `fi\u00ADnance` is one word, found as `finance`.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]]+(?:['’][[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]--[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]]+)*/gv;

/**
 * The search term for a word: lower case, without accents, a possessive `’s` or apostrophes,
 * so `Scholz’s` is found as `scholz`; look-alikes folded (NFKD: the ligature `ﬁ` and
 * full-width `ｆ` are `f`), invisible characters dropped.
 */
export function normalizeTerm(word: string): string {
  const term = word
    .normalize('NFKD')
    .replace(/[\p{M}\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
  // Arabic's article and particles are part of the written word (see arabic-prefix.ts).
  return seeThroughArabicPrefix(term);
}

/** Splits text into tokens with their offsets, for indexing and for highlighting the same words later. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const term = normalizeTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The terms of a text, in order. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
