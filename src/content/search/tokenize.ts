import { normalizeTerm } from './fold-term.ts';

export { normalizeTerm } from './fold-term.ts';

/** A word of a text: its search term and where it stands in the text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
// Myanmar) are split into words by the platform's dictionary (`Intl.Segmenter`, the same
// ICU data in Node and in browsers). It costs tens of times a regular expression per character, so only runs
// of those scripts go to it. The run takes the kana length mark, the iteration marks and
// the half-width voicing marks, which belong to no one script.
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC\u3005\u3006\u3099-\u309C\uFF70\uFF9E\uFF9F`;
// Hangul is indexed a syllable at a time, as before: Korean writes spaces, but between
// words that carry their particles (서울에서, "in Seoul"), so a word is rarely found whole.
const HANGUL = String.raw`\p{Script=Hangul}`;
// Everything else by runs of letters and digits, keeping inner apostrophes so "Pandora’s" is
// one word. Invisible characters inside a word (soft hyphen, zero-width space and joiners,
// word joiner, BOM) belong to it: `fi\u00ADnance` is one word, found as `finance`.
const LETTER = String.raw`[[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]--[${UNSPACED}${HANGUL}]]`;
// The first group is a run of an unspaced script. It has no name: a named group costs an
// object for every match, and the build matches every word of the archive.
// eslint-disable-next-line no-misleading-character-class -- the voicing marks stand alone in the class on purpose: a run may hold them
const TOKEN = new RegExp(String.raw`([${UNSPACED}][${UNSPACED}\p{M}]*)|[${HANGUL}]|${LETTER}+(?:['’]${LETTER}+)*`, 'gv');

let segmenter: Intl.Segmenter | null | undefined;
/** The word segmenter, or null where the platform has none (Firefox before 125): then a run is one word. */
function wordSegmenter(): Intl.Segmenter | null {
  // The locale changes nothing for these scripts: ICU has one dictionary each.
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  return segmenter;
}

/** Calls `found` with the term of each word of `text` that has one, where the word starts and how long it is as written (see tokenize). */
function eachTerm(text: string, found: (term: string, start: number, length: number) => void): void {
  const word = (written: string, start: number) => {
    const term = normalizeTerm(written);
    if (term) found(term, start, written.length);
  };
  for (const match of text.matchAll(TOKEN)) {
    const words = match[1] === undefined ? null : wordSegmenter();
    if (!words) word(match[0], match.index);
    else segmentRun(words, match[0], match.index, word);
  }
}

/** Splits text into tokens with their offsets, for indexing and for highlighting the same words later. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachTerm(text, (term, start, length) => tokens.push({ term, start, end: start + length }));
  return tokens;
}

// The segmenter's time grows faster than the text past a few thousand characters (8,000: 34 ms,
// 32,000: 860 ms), so a long run goes to it in pieces, each starting at the last word of the
// one before, which may have been cut.
const PIECE = 2_000;

function segmentRun(words: Intl.Segmenter, run: string, at: number, word: (written: string, start: number) => void) {
  for (let from = 0; from < run.length;) {
    const end = Math.min(run.length, from + PIECE);
    let next = end;
    for (const { segment, index, isWordLike } of words.segment(run.slice(from, end))) {
      if (end < run.length && index > 0 && from + index + segment.length === end) {
        next = from + index;
        break;
      }
      if (isWordLike) word(segment, at + from + index);
    }
    from = next;
  }
}

/** A word of a query where it stands: its term, or for a run of an unspaced script the run whole and the words the segmenter split it into. */
export interface QueryWord extends Token {
  pieces: Token[];
}

/** The words of a query, in order: a run of an unspaced script keeps its pieces with the run (see query-words.ts). */
export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const match of query.matchAll(TOKEN)) {
    const term = normalizeTerm(match[0]);
    if (!term) continue;
    const word = { term, start: match.index, end: match.index + match[0].length };
    const pieces = match[1] === undefined ? [] : tokenize(match[0]).map((t) => ({ ...t, start: t.start + word.start, end: t.end + word.start }));
    words.push({ ...word, pieces: pieces.length > 0 ? pieces : [word] });
  }
  return words;
}

/** The terms of a text, in order: tokenize's terms, without a token made for each (the build counts every article's terms). */
export function terms(text: string): string[] {
  const found: string[] = [];
  eachTerm(text, (term) => found.push(term));
  return found;
}

/**
 * Terms listed with spaces between them (a search's matched terms in a link): each stays
 * whole, though a segmenter might split a term of an unspaced script in two out of context.
 * Anything that is not a term (words as written, in older links) is tokenized.
 */
export function listedTerms(list: string): string[] {
  return list.split(/\s+/u).flatMap((word) => (/^[\p{L}\p{N}\p{M}]+$/u.test(word) && normalizeTerm(word) === word ? [word] : terms(word)));
}
