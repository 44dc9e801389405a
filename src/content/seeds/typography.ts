// Typographic quotes and dashes in the site's language. Seeds are written with straight quotes
// and " - " as often as not; a reader expects “ ” ‘ ’ and – (or „ “, « », their language's own).
// Applied to the text the parser derives (titles, excerpts, blocks), never to the seed files.

import type { Block, Inline } from './article.ts';
import { inlineText } from './blocks.ts';

/** The marks one language quotes with: primary and secondary pairs, and its spaced dash. */
interface QuoteStyle {
  double: readonly [open: string, close: string];
  single: readonly [open: string, close: string];
  dash: string;
}

const NNBSP = '\u202F';
const ENGLISH: QuoteStyle = { double: ['“', '”'], single: ['‘', '’'], dash: '–' };
const GERMAN: QuoteStyle = { double: ['„', '“'], single: ['‚', '‘'], dash: '–' };
const GUILLEMETS: QuoteStyle = { double: ['«', '»'], single: ['“', '”'], dash: '–' };
const EAST_SLAVIC: QuoteStyle = { double: ['«', '»'], single: ['„', '“'], dash: '—' };
const CORNER: QuoteStyle = { double: ['「', '」'], single: ['『', '』'], dash: '–' };

// By BCP 47 tag, then by its language alone; anything else is set as English.
const STYLES: Record<string, QuoteStyle> = {
  en: ENGLISH,
  nl: ENGLISH,
  'pt-br': ENGLISH,
  zh: ENGLISH,
  'zh-tw': CORNER,
  'zh-hant': CORNER,
  ja: CORNER,
  de: GERMAN,
  cs: GERMAN,
  sk: GERMAN,
  'de-ch': { double: ['«', '»'], single: ['‹', '›'], dash: '–' },
  // French sets its guillemets off with a narrow no-break space.
  fr: { double: [`«${NNBSP}`, `${NNBSP}»`], single: ['“', '”'], dash: '–' },
  es: GUILLEMETS,
  it: GUILLEMETS,
  pt: GUILLEMETS,
  ca: GUILLEMETS,
  ar: GUILLEMETS,
  nb: { double: ['«', '»'], single: ['‘', '’'], dash: '–' },
  no: { double: ['«', '»'], single: ['‘', '’'], dash: '–' },
  da: { double: ['»', '«'], single: ['›', '‹'], dash: '–' },
  sv: { double: ['”', '”'], single: ['’', '’'], dash: '–' },
  fi: { double: ['”', '”'], single: ['’', '’'], dash: '–' },
  pl: { double: ['„', '”'], single: ['«', '»'], dash: '–' },
  ru: EAST_SLAVIC,
  uk: EAST_SLAVIC,
  be: EAST_SLAVIC,
};

/** The quotation marks and dash a language sets: `double` and `single` are [open, close]. */
export function quoteStyle(language: string): QuoteStyle {
  const tag = language.toLowerCase();
  return STYLES[tag] ?? STYLES[tag.split('-').slice(0, 2).join('-')] ?? STYLES[tag.split('-')[0]!] ?? ENGLISH;
}

// Left as written: URLs (which may hold an apostrophe, never a double quote), HTML-like tags, `code`, calls such as
// alert("x") and attributes such as key="value": text that looks like code reads as code.
const UNTOUCHED =
  /(?:https?:\/\/|www\.)[^\s"<>]*[^\s"'<>.,;:!?)\]]|<\/?[A-Za-z][^<>\n]*>|`[^`\n]*`|[\p{L}\p{N}_$]\([^()\n]*\)|[\p{L}\p{N}_-]=(["'])[^"'\n]*\1/gu;
const PLAIN_MARKS = /["']| -{1,2}(?= )/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// What may stand before an opening quote, and after a closing one.
const OPENS_AFTER = /[\s([{\u2014\u2013\-/"'“‘„‚«‹「『]/u;
const CLOSES_BEFORE = /[\s)\]}.,;:!?…\u2014\u2013\-/"'”’»›」』]/u;
// Apostrophes that start a word: ’90s, ’tis, ’twas, ’em.
const ELISION = /^'(?:\d\d(?:s\b|\b)|tis\b|twas\b|em\b)/iu;

/**
 * Sets straight quotes, apostrophes and a spaced hyphen as the language's typographic quotes,
 * ’ and a spaced dash. Changes nothing else; leaves URLs, tags and `code` alone; idempotent.
 */
export function typeset(text: string, language = 'en'): string {
  return typesetRuns([{ text }], language)[0]!;
}

/** A block of an article typeset: its text, and the same text in its inline runs and list items (code is left as written). */
export function typesetBlock(block: Block, language = 'en'): Block {
  if (block.kind === 'code') return block;
  const set = (inlines: readonly Inline[]): Inline[] => {
    const runs: { text: string; code?: boolean }[] = [];
    const collect = (nodes: readonly Inline[]) => {
      for (const node of nodes) {
        if ('text' in node) runs.push({ text: node.text, code: node.kind === 'code' });
        else collect(node.children);
      }
    };
    collect(inlines);
    const texts = typesetRuns(runs, language);
    let i = 0;
    const rebuild = (nodes: readonly Inline[]): Inline[] =>
      nodes.map((node) => ('text' in node ? { ...node, text: texts[i++]! } : { ...node, children: rebuild(node.children) }));
    return rebuild(inlines);
  };
  const typeset: Block = { ...block };
  if (block.items) {
    typeset.items = block.items.map(set);
    typeset.text = typeset.items.map(inlineText).join('\n');
  } else if (block.inlines) {
    typeset.inlines = set(block.inlines);
    typeset.text = inlineText(typeset.inlines);
  } else typeset.text = typesetRuns([{ text: block.text }], language)[0]!;
  return typeset;
}

/**
 * Typesets text that is set in runs (a Markdown paragraph's plain, emphasised and linked
 * parts) as one text, so a quotation that opens in one run closes in another; a run marked
 * `code` is left as written.
 */
export function typesetRuns(runs: readonly { text: string; code?: boolean }[], language = 'en'): string[] {
  const text = runs.map((run) => run.text).join('');
  if (!/["']| - /u.test(text)) return runs.map((run) => run.text);
  const untouched: [number, number][] = [...text.matchAll(UNTOUCHED)].map((m) => [m.index, m.index + m[0].length]);
  let offset = 0;
  for (const run of runs) {
    if (run.code) untouched.push([offset, offset + run.text.length]);
    offset += run.text.length;
  }
  const edits: { at: number; length: number; text: string }[] = [];
  const style = quoteStyle(language);
  // The quotations open at this point, innermost last: an ambiguous mark closes the innermost one of its kind, or opens.
  const open: ('"' | "'")[] = [];
  const close = (kind: '"' | "'") => open.splice(open.lastIndexOf(kind));
  const setMark = (mark: string, at: number): string => {
    // Any part of the mark in text left as written (a spaced hyphen may start just before code) leaves it alone.
    if (untouched.some(([start, end]) => at < end && at + mark.length > start)) return mark;
    if (mark.startsWith(' ')) return ` ${style.dash}`;
    const before = text[at - 1];
    const after = text[at + mark.length];
    const inWord = before !== undefined && after !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(after);
    const opens = (before === undefined || OPENS_AFTER.test(before)) && after !== undefined && !/\s/u.test(after);
    const closes = before !== undefined && !/\s/u.test(before) && (after === undefined || CLOSES_BEFORE.test(after));
    const innermost = open.at(-1);
    if (mark === '"') {
      // A quote inside a word (Hebrew gershayim: צה"ל) is not a quotation mark, unless it closes one.
      if (inWord && !open.includes('"')) return mark;
      if (opens && (!closes || innermost !== '"')) return (open.push('"'), style.double[0]);
      if (open.includes('"')) close('"');
      return style.double[1];
    }
    if (inWord) return '’';
    // A quote with space on both sides is no mark of anything: left as written.
    if ((before === undefined || /\s/u.test(before)) && (after === undefined || /\s/u.test(after))) return mark;
    if (opens && (!closes || innermost !== "'")) {
      if (ELISION.test(text.slice(at))) return '’';
      return (open.push("'"), style.single[0]);
    }
    // Closing the innermost quotation, or an apostrophe ending a word (the boys’ toys).
    if (innermost !== "'") return '’';
    close("'");
    return style.single[1];
  };
  for (const match of text.matchAll(PLAIN_MARKS)) {
    const set = setMark(match[0], match.index);
    // A mark left as written is no edit: it stays in its own run.
    if (set !== match[0]) edits.push({ at: match.index, length: match[0].length, text: set });
  }
  // Each run gets the edits that start in it; one that runs on into the next run (a spaced
  // hyphen split by a run's end) takes those characters with it.
  let start = 0;
  let done = 0;
  let next = 0;
  return runs.map((run) => {
    const end = start + run.text.length;
    let out = '';
    let at = Math.max(start, done);
    for (; next < edits.length && edits[next]!.at < end; next++) {
      const edit = edits[next]!;
      out += text.slice(at, edit.at) + edit.text;
      at = edit.at + edit.length;
    }
    out += text.slice(at, Math.max(at, end));
    done = Math.max(at, end);
    start = end;
    return out;
  });
}
