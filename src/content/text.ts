// Text heuristics shared by the seed parser: what a heading looks like, how to make a
// readable headline, how long a text takes to read.

const CLOSING_PUNCTUATION = /[.!?…:;,"”’'»)\]]$/u;
const HAS_LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Longest line, in characters, still taken for a heading or headline. */
export const HEADING_MAX_CHARS = 100;
/** Longest derived title before it is cut at a boundary. */
export const TITLE_MAX_CHARS = 100;

/** True when a paragraph (its source lines) reads as a heading: one short line without closing punctuation. */
export function looksLikeHeading(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0]!.trim();
  return (
    line.length > 0 &&
    line.length <= HEADING_MAX_CHARS &&
    HAS_LETTER.test(line) &&
    !CLOSING_PUNCTUATION.test(line) &&
    countWords(line) <= 16
  );
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** Turns an ALL-CAPS headline into title case; any other headline is returned as written. */
export function readableCase(headline: string): string {
  const text = headline.trim().replace(/\s+/g, ' ');
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return text;
  return text
    .split(' ')
    .map((word, i) => {
      // Abbreviations such as U.S. or U.K. read better left alone.
      if (/\p{L}\.\p{L}/u.test(word)) return word;
      const lower = word.toLocaleLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/\p{L}/u, (c) => c.toLocaleUpperCase());
    })
    .join(' ');
}

const TRAILING_FILLER = new Set([...SMALL_WORDS, 'that', 'which', 'who', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'from', 'into']);

/** Derives a headline from a lede: its first sentence when short enough, otherwise cut at a clause or word boundary, never mid-word. */
export function titleFromLede(lede: string, max = TITLE_MAX_CHARS): string {
  const text = lede.trim().replace(/\s+/g, ' ');
  const sentenceEnd = /[.!?](?=["”’]?\s+["“‘(]?\p{Lu})/u.exec(text);
  const first = sentenceEnd ? text.slice(0, sentenceEnd.index + 1) : text;
  if (first.length <= max) return first.replace(/\.$/, '');
  const head = text.slice(0, max);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  if (clause >= max * 0.5) return `${head.slice(0, clause)}…`;
  const words = head.slice(0, head.lastIndexOf(' ')).split(' ');
  while (words.length > 1 && TRAILING_FILLER.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return `${words.join(' ').replace(/[,;:–—-]+$/u, '')}…`;
}

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Counts words, counting each CJK character as one (those scripts do not separate words with spaces). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return words + cjk;
}

/**
 * Reading minutes at `wordsPerMinute` (230 unless the publisher sets it), a CJK character
 * counting as 230/500 of a word (500 characters a minute at the default), never less than one.
 */
export function readingMinutes(text: string, wordsPerMinute = 230): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return Math.max(1, Math.round((words + (cjk * 230) / 500) / wordsPerMinute));
}
