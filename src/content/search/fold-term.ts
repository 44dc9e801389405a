import { seeThroughArabicPrefix } from './arabic-prefix.ts';

// Marks that are accents on a letter, not letters of their own: the combining diacritics
// of Latin, Greek and Cyrillic (what NFKD takes off é, ü, ñ, ё), Hebrew points and
// cantillation, and Arabic harakat, hamza above/below and the superscript alef (with the
// tatweel that only stretches a word). Indic vowel signs, Thai vowels and tones and the
// Japanese voicing marks stay: there they make another word (ガス is not カス).
const ACCENTS =
  // eslint-disable-next-line no-misleading-character-class -- the class lists combining marks on purpose, each matched alone
  /[\u0300-\u036F\u0483-\u0489\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]/gu;
// Invisible characters a word may carry (soft hyphen, zero-width space and joiners, word joiner, BOM) and stray white space.
const INVISIBLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
// Letters NFKD does not take apart, written as a reader without the key would type them:
// Straße as strasse, Łódź as lodz, Ærø as aero, final ς as σ.
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ς: 'σ' };
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
const PLAIN = /^[\u0021-\u007E]*$/;

/**
 * The search term for a word: lower case, without accents, a possessive `’s` or apostrophes,
 * so `Scholz’s` is found as `scholz` and `Bürgermeister` as `burgermeister`; look-alikes
 * folded (NFKC: the ligature `ﬁ` and full-width `ｆ` are `f`), invisible characters
 * dropped, Arabic seen through its article and particles. Folding a term again changes nothing.
 */
export function normalizeTerm(word: string): string {
  // Most words of most archives are plain ASCII: nothing to decompose or fold.
  if (PLAIN.test(word)) {
    const lower = word.toLowerCase();
    return lower.includes("'") ? lower.replace(/'s$/u, '').replaceAll("'", '') : lower;
  }
  const term = word
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTERS[letter]!)
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
    // Marks that stay (Japanese voicing, Indic vowel signs) are joined back to their letter.
    .normalize('NFC');
  // Arabic's article and particles are part of the written word (see arabic-prefix.ts).
  return seeThroughArabicPrefix(term);
}
