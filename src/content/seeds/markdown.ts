// Markdown seeds (`.md`): the body is parsed by a CommonMark parser into a tree, and the tree
// into the article's blocks, as data the reader renders element by element. Nothing of it is
// ever HTML: raw HTML in the Markdown stays text, as it does in a plain-text seed.
import type { Heading, Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, Inline, ListLevel, Picture, SeedProblem } from './article.ts';
import { inlineText, isFollowedLink } from './blocks.ts';
import { locateImage } from './images.ts';

/** What a Markdown body becomes: its blocks, and a `# Title` on its first line, which is the article's title. */
export interface MarkdownBody {
  blocks: Block[];
  /** The text of a level-1 heading that opens the body; it is not in `blocks`. */
  title?: string;
  problems: SeedProblem[];
}

// Text of the source wrapped across lines is one line here: a line of a block's text is
// one item of a list.
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * Parses a Markdown body that starts at line `firstLine` (1-based) of `file`. Headings,
 * paragraphs, lists, block quotes and code become blocks; emphasis, strong, code spans and
 * http(s) or mailto links stay marked inside them. `givenTitle` is the title the front matter
 * gives, if any.
 */
export function markdownBlocks(file: string, source: string, firstLine: number, givenTitle?: string): MarkdownBody {
  const problems: SeedProblem[] = [];
  const root = fromMarkdown(source);
  const line = (node: Nodes) => (node.position ? node.position.start.line + firstLine - 1 : undefined);
  const warn = (node: Nodes, message: string) => problems.push({ severity: 'warning', file, line: line(node), message });
  const definitions = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const node of root.children)
    if (node.type === 'definition') {
      definitions.set(node.identifier, node.url);
      if (node.title) titles.set(node.identifier, node.title);
    }
  // The images of the paragraph being read: each becomes an image block after the paragraph's text.
  let lifted: Picture[] | null = null;
  const picture = (node: Extract<Nodes, { type: 'image' | 'imageReference' }>) => {
    const written = node.type === 'image' ? node.url : (definitions.get(node.identifier) ?? '');
    const fail = (message: string) => problems.push({ severity: 'error', file, line: line(node), message });
    const alt = oneLine(node.alt ?? '').trim();
    const where = locateImage(file, written);
    if (!where.ok) return fail(`image ${where.message}`);
    if (!alt)
      return fail(`image "${written}" has no alt text: write what it shows between the brackets, such as "![The council chamber during the vote](${written})"`);
    const caption = oneLine((node.type === 'image' ? node.title : titles.get(node.identifier)) ?? '').trim();
    lifted?.push({ alt, ...(caption ? { caption } : {}), source: where.source, line: line(node)! });
  };

  const phrasing = (nodes: readonly PhrasingContent[]): Inline[] => {
    const out: Inline[] = [];
    const text = (value: string) => {
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += value;
      else if (value) out.push({ kind: 'text', text: value });
    };
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          text(oneLine(node.value));
          break;
        case 'break':
          text(' ');
          break;
        case 'inlineCode':
          out.push({ kind: 'code', text: oneLine(node.value) });
          break;
        case 'html':
          text(oneLine(node.value));
          break;
        case 'emphasis':
        case 'strong':
          out.push({ kind: node.type, children: phrasing(node.children) });
          break;
        case 'link':
        case 'linkReference': {
          const href = node.type === 'link' ? node.url : definitions.get(node.identifier);
          const children = phrasing(node.children);
          if (href && isFollowedLink(href)) out.push({ kind: 'link', href, children });
          else {
            warn(
              node,
              `link to "${href ?? node.children.map(plain).join('')}" is shown as plain text: only http(s) and mailto links are followed; write the full address`,
            );
            for (const child of children) out.push(child);
          }
          break;
        }
        case 'image':
        case 'imageReference':
          // In a paragraph, an image is shown after the paragraph's text; in a heading or a list, its alt text stands in for it.
          if (lifted) picture(node);
          else {
            warn(
              node,
              `image "${node.type === 'image' ? node.url : node.identifier}" is not shown inside a heading or a list: give it a paragraph of its own; its alt text is kept as text`,
            );
            text(node.alt ?? '');
          }
          break;
        default:
          text(plain(node));
      }
    }
    return out;
  };

  const blocks: Block[] = [];
  /** Each heading block's depth in the Markdown (`##` is 2), for its rank once all are known. */
  const depths = new Map<Block, number>();
  const inlineBlock = (kind: 'paragraph' | 'quote' | 'heading', inlines: Inline[], level?: number): Block | undefined => {
    const text = inlineText(inlines);
    if (!text.trim()) return undefined;
    const block: Block = { kind, text };
    // A block of plain text keeps only its text: the JSON of most paragraphs stays as small as a plain seed's.
    if (inlines.some((inline) => inline.kind !== 'text')) block.inlines = inlines;
    if (level !== undefined) block.level = level;
    blocks.push(block);
    return block;
  };
  // A list's items, one a line, each nested list's after the item holding it; an item's paragraphs are one line.
  const listItems = (node: Extract<RootContent, { type: 'list' }>, depth = 0): { inlines: Inline[]; level: ListLevel }[] =>
    node.children.flatMap((item) => {
      const own: Inline[] = [];
      const nested: { inlines: Inline[]; level: ListLevel }[] = [];
      for (const child of item.children) {
        if (child.type === 'list') nested.push(...listItems(child, depth + 1));
        else if (child.type === 'paragraph' || child.type === 'heading') {
          if (own.length > 0) own.push({ kind: 'text', text: ' ' });
          own.push(...phrasing(child.children));
        } else if ('value' in child || 'children' in child) {
          if (own.length > 0) own.push({ kind: 'text', text: ' ' });
          own.push({ kind: 'text', text: plain(child) });
        }
      }
      // An item with no text of its own (`- ` before a nested list) leaves its nested items one level up.
      if (!inlineText(own).trim()) return nested.map(({ inlines, level: [d, ordered] }) => ({ inlines, level: [d - 1, ordered] as ListLevel }));
      return [{ inlines: own, level: [depth, node.ordered === true] as ListLevel }, ...nested];
    });
  const flow = (nodes: readonly RootContent[], quoted: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          if (quoted) inlineBlock('quote', phrasing(node.children));
          else {
            const block = inlineBlock('heading', phrasing(node.children), 2);
            if (block) depths.set(block, node.depth);
          }
          break;
        case 'paragraph': {
          const images: Picture[] = (lifted = []);
          const inlines = phrasing(node.children);
          lifted = null;
          inlineBlock(quoted ? 'quote' : 'paragraph', inlines);
          for (const image of images) blocks.push({ kind: 'image', text: '', image });
          break;
        }
        case 'blockquote':
          flow(node.children, true);
          break;
        case 'list': {
          const entries = listItems(node);
          if (entries.length === 0) break;
          const items = entries.map((entry) => entry.inlines);
          const block: Block = { kind: 'list', text: items.map(inlineText).join('\n'), items };
          if (node.ordered) block.ordered = true;
          if (entries.some((entry) => entry.level[0] > 0)) block.levels = entries.map((entry) => entry.level);
          if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1) block.start = node.start;
          blocks.push(block);
          break;
        }
        case 'code':
          if (node.value.trim()) blocks.push({ kind: 'code', text: node.value });
          break;
        case 'html':
          // Raw HTML is text, as written.
          inlineBlock(quoted ? 'quote' : 'paragraph', [{ kind: 'text', text: oneLine(node.value) }]);
          break;
        case 'definition':
        case 'thematicBreak':
          break;
        default:
          inlineBlock('paragraph', [{ kind: 'text', text: plain(node) }]);
      }
    }
  };
  const [first, ...rest] = root.children;
  const heading = first?.type === 'heading' && first.depth === 1 ? plain(first).trim() : '';
  // The opening `# heading` is the title; when the front matter names the title, it is the
  // title again (and goes), or a heading of the text (and stays).
  const opensWithTitle = heading !== '' && (givenTitle === undefined || sameText(heading, givenTitle));
  flow(opensWithTitle ? rest : root.children, false);
  // Headings take ranks 2 to 4 in the order of the depths the text uses, so a text whose
  // sections start at `###` (or skip one) never skips a rank below the title's h1.
  const ranks = [...new Set(depths.values())].sort((a, b) => a - b);
  for (const [block, depth] of depths) block.level = Math.min(4, 2 + ranks.indexOf(depth));
  return opensWithTitle ? { blocks, title: inlineText(phrasing((first as Heading).children)).trim(), problems } : { blocks, problems };
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The text of any node, markup left out. */
function plain(node: Nodes): string {
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '';
}
