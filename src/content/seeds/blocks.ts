// How the paragraphs of a seed's body become blocks. A short line on its own heads the
// text after it; several short lines in a row (fixtures, line-ups, results, award lists)
// are a list: shown as headings they made a wall of near-title-size type.
import type { Block, Inline } from './article.ts';
import { looksLikeHeading } from './text.ts';

// What marks a line as one item of a fixture or results list: "Arsenal v Stoke",
// "Drama - Featherboy", "Venue: Ewood Park", "Chelsea 2-1 Arsenal".
const ITEM_MARKS = [/\sv(?:s)?\.?\s/iu, /\s[-–—]\s/u, /:\s/u, /\d\s*[-–]\s*\d/u];

/** Turns paragraphs (their source lines) into the blocks of an article's body. */
export function toBlocks(paragraphs: readonly (readonly string[])[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs.length;) {
    let end = i;
    while (end < paragraphs.length && looksLikeHeading(paragraphs[end]!)) end++;
    if (end === i) {
      blocks.push({ kind: 'paragraph', text: joinLines(paragraphs[i]!) });
      i++;
      continue;
    }
    const run = paragraphs.slice(i, end).map(joinLines);
    if (run.length === 1) {
      // A short line heads what follows; at the very end it heads nothing, so it is text.
      blocks.push({ kind: end === paragraphs.length ? 'paragraph' : 'heading', text: run[0]! });
    } else {
      if (run.length >= 3 && headsList(run)) blocks.push({ kind: 'heading', text: run.shift()! });
      blocks.push({ kind: 'list', text: run.join('\n') });
    }
    i = end;
  }
  return blocks;
}

/** The items of a list block, one a line. */
export function listItems(block: Block): string[] {
  return block.text.split('\n');
}

/** A list of a list block as the reader and the feed draw it: its items, by their place in the block, each with the list inside it, if any. */
export interface ListTree {
  ordered: boolean;
  items: { index: number; inner: ListTree | null }[];
}

/**
 * The lists of a list block, nested: item `i` goes into the list of its depth under the
 * nearest item before it that is one level up. Every item appears once, in order, whatever
 * the depths say (an item deeper than one level below the last goes one level below it).
 */
export function listTree(block: Pick<Block, 'ordered' | 'levels'>, count: number): ListTree {
  const top: ListTree = { ordered: block.ordered === true, items: [] };
  const open: ListTree[] = [top];
  for (let index = 0; index < count; index++) {
    const [depth, ordered] = block.levels?.[index] ?? [0, top.ordered];
    while (open.length > Math.max(1, depth + 1)) open.pop();
    let list = open[open.length - 1]!;
    const parent = list.items[list.items.length - 1];
    if (depth >= open.length && parent) {
      parent.inner ??= { ordered, items: [] };
      list = parent.inner;
      open.push(list);
    }
    list.items.push({ index, inner: null });
  }
  return top;
}

/** True when the first of a run of short lines names the list the others make: they all share a mark of list items that it lacks. */
function headsList([first, ...items]: readonly string[]): boolean {
  return ITEM_MARKS.some((mark) => !mark.test(first!) && items.every((item) => mark.test(item)));
}

function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The plain text of inline content: what search, excerpts and word counts read, and what search marks are counted in. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => ('text' in inline ? inline.text : inlineText(inline.children))).join('');
}

/**
 * The inline content from character `from` of its plain text on: where a title taken from a
 * lede's first sentence stops, the lede goes on.
 */
export function inlinesFrom(inlines: readonly Inline[], from: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const inline of inlines) {
    const length = inlineText([inline]).length;
    if (at + length > from) {
      if (at >= from) out.push(inline);
      else if ('text' in inline) out.push({ ...inline, text: inline.text.slice(from - at) });
      else out.push({ ...inline, children: inlinesFrom(inline.children, from - at) });
    }
    at += length;
  }
  return out;
}

/**
 * Whether a Markdown link is one a reader may follow from a page of any host: an http(s) or
 * mailto address, not `javascript:` nor a path relative to a page the author cannot know.
 */
export function isFollowedLink(href: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(href);
}
