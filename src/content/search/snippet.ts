import { normalizeTerm, tokenize } from './tokenize.ts';

/** A run of text, marked when it is a matched word. Rendered as text nodes, never as markup. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matched runs, marking every word whose term is in `matched`. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!matched.has(token.term)) continue;
    if (token.start > at) segments.push({ text: text.slice(at, token.start), match: false });
    segments.push({ text: text.slice(token.start, token.end), match: true });
    at = token.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** The text a search result's passage is picked from: its article's blocks, a space between. */
export const passageText = (blocks: readonly { text: string }[]) => blocks.map((block) => block.text).join(' ');

/**
 * Picks the passage of about `size` characters holding the most distinct matched words
 * (then the most matches), cuts it at word boundaries and marks the matches.
 */
export function snippet(text: string, matched: ReadonlySet<string>, size = 180): Segment[] {
  const tokens = tokenize(text);
  const hits = tokens.filter((t) => matched.has(t.term));
  if (hits.length === 0) return highlight(cut(text, 0, size), matched);
  let best = { start: hits[0]!.start, distinct: 0, count: 0 };
  for (let i = 0; i < hits.length; i++) {
    const inWindow = hits.slice(i, i + 40).filter((h) => h.end - hits[i]!.start <= size);
    const distinct = new Set(inWindow.map((h) => h.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) {
      best = { start: hits[i]!.start, distinct, count: inWindow.length };
    }
  }
  // Some words of context before the first match, without starting mid-word.
  const lead = Math.max(0, best.start - Math.floor(size / 4));
  const startToken = tokens.find((t) => t.end > lead);
  const start = startToken && startToken.start <= best.start ? startToken.start : best.start;
  return highlight(cut(text, start, size), matched);
}

function cut(text: string, start: number, size: number): string {
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** An article's blocks with their matches marked, for the reader arriving from a search. */
export interface MarkedArticle {
  blocks: Segment[][];
  /** Matches in the whole article. */
  count: number;
  /** The match the reader starts at: the first of the block with the most distinct matched words (then the most matches). */
  best: number;
}

/** Marks every match of `matched` in each block of an article, and picks the passage to open at. */
export function markArticle(blocks: readonly string[], matched: ReadonlySet<string>): MarkedArticle {
  let count = 0;
  let best = { at: 0, distinct: 0, matches: 0 };
  const marked = blocks.map((text) => {
    const segments = highlight(text, matched);
    const hits = segments.filter((s) => s.match);
    const distinct = new Set(hits.map((s) => normalizeTerm(s.text))).size;
    if (distinct > best.distinct || (distinct === best.distinct && hits.length > best.matches)) best = { at: count, distinct, matches: hits.length };
    count += hits.length;
    return segments;
  });
  return { blocks: marked, count, best: best.at };
}

/** Splits marked text at its line breaks, one run of segments a line (the items of a list block). A match never spans a line break. */
export function splitLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const segment of segments) {
    segment.text.split('\n').forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines.at(-1)!.push({ text, match: segment.match });
    });
  }
  return lines;
}
