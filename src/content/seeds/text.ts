// Text heuristics shared by the seed parser: what a heading looks like, how to make a
// readable headline, how long a text takes to read.

import { DEFAULTS } from '../contracts.ts';

const CLOSING_PUNCTUATION = /[.!?…:;,"”’'»)\]。！？．」』]$/u;
// How a lede's (or any paragraph's) line ends and a headline's does not: a sentence's full
// stop or a clause's comma, also inside a closing quote or bracket (“…,” or “… (2004).”).
// Latin ? and ! end headlines too ("UKIP's secret weapon?"); CJK 。！？ end sentences only.
const SENTENCE_END = /[.…:;,。！？．](?:["”’'»」』)\]]+)?$/u;
const HAS_LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Longest line, in characters, still taken for a heading or headline. */
export const HEADING_MAX_CHARS = 100;
/** Longest line, in characters (a CJK character counting as 2.5), still taken for the headline the seed opens with. */
export const HEADLINE_MAX_CHARS = 200;
/** Longest derived title before it is cut at a boundary. */
export const TITLE_MAX_CHARS = 100;

/** True when a paragraph (its source lines) reads as a heading: one short line without closing punctuation. */
export function looksLikeHeading(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0]!.trim();
  return line.length > 0 && line.length <= HEADING_MAX_CHARS && HAS_LETTER.test(line) && !CLOSING_PUNCTUATION.test(line) && textLength(line).wordCount <= 16;
}

/**
 * True when the paragraph a seed opens with (its source lines) reads as its headline: one line
 * of at most 200 characters and 30 words, with a letter, not ending as a sentence does. A
 * headline may end in ? or ! or a closing quote; CJK 。！？ end a sentence.
 */
export function looksLikeHeadline(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0]!.trim();
  const cjk = line.match(CJK)?.length ?? 0;
  return line.length > 0 && line.length + cjk * 1.5 <= HEADLINE_MAX_CHARS && HAS_LETTER.test(line) && !SENTENCE_END.test(line) && textLength(line).wordCount - cjk <= 30;
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

// A full stop that ends an abbreviation or an initial, not a sentence: "Mr.", "U.S.", "J.".
const ABBREVIATION =
  /(?:^|[\s(“‘"])(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Hon|Inc|Corp|Co|Ltd|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/** A title derived from a lede, and what of the lede it leaves: `rest` starts where the title stops. */
export interface DerivedTitle {
  title: string;
  rest: string;
  /** True when the title stops inside the lede's first sentence (and ends in "…"). */
  cut: boolean;
}

/** Derives a headline from a lede: its first sentence when short enough, otherwise cut at a clause or word boundary, never mid-word. */
export function splitTitle(lede: string, max = TITLE_MAX_CHARS): DerivedTitle {
  const text = lede.trim().replace(/\s+/g, ' ');
  const sentenceEnd = [...text.matchAll(/[.!?](?=["”’]?\s+["“‘„«(]?\p{Lu})/gu)].find((m) => !ABBREVIATION.test(text.slice(0, m.index + 1)));
  const first = sentenceEnd ? text.slice(0, sentenceEnd.index + 1) : text;
  if (first.length <= max) {
    // A closing quote after the full stop belongs to the first sentence too.
    const end = first.length + (/^["”’]/u.test(text.slice(first.length)) ? 1 : 0);
    return { title: text.slice(0, end).replace(/\.$/, ''), rest: text.slice(end).trim(), cut: false };
  }
  const head = text.slice(0, max);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  let stem: string;
  if (clause >= max * 0.5) stem = head.slice(0, clause);
  else {
    const words = head.slice(0, head.lastIndexOf(' ')).split(' ');
    while (words.length > 1 && TRAILING_FILLER.has(words[words.length - 1]!.toLowerCase())) words.pop();
    stem = words.join(' ').replace(/[,;:–—-]+$/u, '');
  }
  return { title: `${stem}…`, rest: text.slice(stem.length).replace(/^[\s,;:–—-]+/u, ''), cut: true };
}

/** The headline `splitTitle` derives from a lede. */
export function titleFromLede(lede: string, max = TITLE_MAX_CHARS): string {
  return splitTitle(lede, max).title;
}

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A text's word count, each CJK character counting as one (those scripts do not separate
 * words with spaces), and its reading minutes at `wordsPerMinute` (230 unless the publisher
 * sets it), a CJK character counting as 230/500 of a word (500 characters a minute at the
 * default), never less than one. Both from one pass over the text: a seed's body was scanned
 * once for each, 0.56 s of a clean Reuters build's profile.
 */
export function textLength(text: string, wordsPerMinute: number = DEFAULTS.readingSpeed): { wordCount: number; readingMinutes: number } {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = (cjk > 0 ? text.replace(CJK, ' ') : text).match(WORD)?.length ?? 0;
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round((words + (cjk * DEFAULTS.readingSpeed) / 500) / wordsPerMinute)) };
}
