import { Fragment, type ReactElement, type ReactNode } from 'react';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { useTranslator } from '../../components/use-translator.ts';
import type { Block, Inline } from '../../content/seeds/article.ts';
import { inlineText, isFollowedLink, listItems, listTree, type ListTree } from '../../content/seeds/blocks.ts';
import { splitLines, type MarkedArticle, type Segment } from '../../content/search/snippet.ts';
import { ArticleFigure } from './article-figure.tsx';

/** The matches of a search marked in an article, and the one the reader is at. */
export type ArticleMarks = { marked: MarkedArticle; current: number } | null | undefined;

/** An article's blocks: paragraphs (the first the lede), headings, lists, quotations, code and images, with a search's matches marked. */
export function ArticleBody({ blocks, marks }: { blocks: readonly Block[]; marks: ArticleMarks }) {
  // Each block's first match, counted through the article (the current match is found by it).
  const firsts = firstMatches(blocks.map((_, i) => marks?.marked.blocks[i]));
  const ledeIndex = blocks.findIndex((b) => b.kind === 'paragraph');
  const content = (i: number) => {
    const block = blocks[i]!;
    const segments = marks?.marked.blocks[i];
    if (block.inlines) return <Inlines inlines={block.inlines} marked={segments && { segments, first: firsts[i]!, current: marks!.current }} />;
    return segments ? <HighlightedText segments={segments} first={firsts[i]!} current={marks!.current} /> : block.text;
  };
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const segments = marks?.marked.blocks[i];
    if (block.kind === 'list') {
      const lines = segments && splitLines(segments);
      out.push(<ListBlock key={i} block={block} lines={lines} first={firsts[i]!} current={marks?.current} />);
    } else if (block.kind === 'quote') {
      // A quotation's paragraphs, one block each, are one quotation.
      const start = i;
      while (blocks[i + 1]?.kind === 'quote') i++;
      out.push(
        <blockquote key={start}>
          {blocks.slice(start, i + 1).map((_, j) => (
            <p key={j} dir="auto">
              {content(start + j)}
            </p>
          ))}
        </blockquote>,
      );
    } else if (block.kind === 'image') {
      if (block.image) out.push(<ArticleFigure key={i} picture={block.image} />);
    } else if (block.kind === 'code') {
      // Code reads left to right in any page, and keeps its lines and spaces.
      out.push(
        <pre key={i} dir="ltr">
          <code>{content(i)}</code>
        </pre>,
      );
    } else if (block.kind === 'heading') {
      const Heading = block.level === 3 ? 'h3' : block.level === 4 ? 'h4' : 'h2';
      out.push(
        <Heading key={i} dir="auto">
          {content(i)}
        </Heading>,
      );
    } else {
      out.push(
        // The first paragraph is the lede, set apart (styles.css).
        <p key={i} dir="auto" className={i === ledeIndex ? 'reader-lede' : undefined}>
          {content(i)}
        </p>,
      );
    }
  }
  return out;
}

/** The number of matches before each run of segments: where the run's own matches start. */
function firstMatches(runs: (Segment[] | undefined)[]): number[] {
  let count = 0;
  return runs.map((segments) => {
    const at = count;
    if (segments) count += segments.filter((s) => s.match).length;
    return at;
  });
}

/**
 * A list: a Markdown list with its bullets or numbers; short lines in a row of a plain seed
 * (fixtures, line-ups, results) as a plain list at the body’s size, without bullets, an item
 * that wraps indented after its first line, so each item stands out at the margin.
 */
function ListBlock({ block, lines, first, current }: { block: Block; lines: Segment[][] | undefined; first: number; current: number | undefined }) {
  const items = block.items ?? listItems(block).map((text): Inline[] => [{ kind: 'text', text }]);
  const froms = firstMatches(items.map((_, j) => lines?.[j]));
  const entries = items.map((item, j) => {
    const runs = lines?.[j];
    const marked = runs && { segments: runs, first: first + froms[j]!, current };
    return (
      <li key={j} dir="auto">
        {block.items ? (
          <Inlines inlines={item} marked={marked} />
        ) : runs ? (
          <HighlightedText segments={runs} first={marked!.first} current={current} />
        ) : (
          inlineText(item)
        )}
      </li>
    );
  });
  if (!block.items) return <ul className="list-none ps-0 [&>li]:my-1.5 [&>li]:ps-[1em] [&>li]:-indent-[1em]">{entries}</ul>;
  return <NestedList tree={listTree(block, items.length)} entries={entries} start={block.start} />;
}

/** A Markdown list, with the lists inside its items. */
function NestedList({ tree, entries, start }: { tree: ListTree; entries: ReactElement<{ children: ReactNode }>[]; start?: number }) {
  const items = tree.items.map(({ index, inner }) => {
    const entry = entries[index]!;
    if (!inner) return entry;
    return (
      <li key={index} dir="auto">
        {entry.props.children}
        <NestedList tree={inner} entries={entries} />
      </li>
    );
  });
  return tree.ordered ? <ol start={start}>{items}</ol> : <ul>{items}</ul>;
}

interface Marked {
  segments: readonly Segment[];
  first: number;
  current: number | undefined;
}

/** A run of matched or plain text, by its place in the block's plain text, and its match number. */
interface Span {
  start: number;
  end: number;
  match: number | null;
}

/** Emphasis, code and links of a Markdown block, with a search's matches marked where they fall (a match that spans two runs is marked in both). */
function Inlines({ inlines, marked }: { inlines: readonly Inline[]; marked: Marked | undefined }) {
  const t = useTranslator();
  return inlineNodes(inlines, marked, t.text('reader.externalLink'));
}

/** The spans of matched and plain text that `segments` make, by their places in the text, numbered from `first`. */
function spansOf(marked: Marked): Span[] {
  const spans: Span[] = [];
  let at = 0;
  let n = marked.first;
  for (const segment of marked.segments) {
    spans.push({ start: at, end: at + segment.text.length, match: segment.match ? n++ : null });
    at += segment.text.length;
  }
  return spans;
}

function inlineNodes(inlines: readonly Inline[], marked: Marked | undefined, externalLabel: string): ReactNode[] {
  const spans = marked ? spansOf(marked) : [];
  let offset = 0;
  // The text of one run, cut where matches begin and end.
  const text = (value: string): ReactNode => {
    const start = offset;
    offset += value.length;
    if (!marked) return value;
    return spans
      .filter((span) => span.end > start && span.start < offset)
      .map((span) => {
        const piece = value.slice(Math.max(span.start, start) - start, Math.min(span.end, offset) - start);
        return span.match === null ? (
          <Fragment key={span.start}>{piece}</Fragment>
        ) : (
          <mark key={span.start} data-match={span.match} aria-current={span.match === marked.current ? 'true' : undefined}>
            {piece}
          </mark>
        );
      });
  };
  const render = (nodes: readonly Inline[]): ReactNode[] =>
    nodes.map((node, i) => {
      switch (node.kind) {
        case 'text':
          return <Fragment key={i}>{text(node.text)}</Fragment>;
        case 'code':
          return <code key={i}>{text(node.text)}</code>;
        case 'emphasis':
          return <em key={i}>{render(node.children)}</em>;
        case 'strong':
          return <strong key={i}>{render(node.children)}</strong>;
        case 'link': {
          const children = render(node.children);
          // Checked again where it is drawn: an article file from any cache can only ever link out.
          if (!isFollowedLink(node.href)) return <Fragment key={i}>{children}</Fragment>;
          const external = !node.href.toLowerCase().startsWith('mailto:');
          return external ? (
            // The link's name says it leaves the archive; a visible mark says so too, kept on the
            // line of the link's last word and out of its underline.
            <a key={i} href={node.href} rel="noopener noreferrer" aria-label={`${inlineText(node.children)} ${externalLabel}`}>
              {children}
              <span aria-hidden="true" className="ms-[0.2em] inline-block text-[0.8em] rtl:-scale-x-100">
                ↗
              </span>
            </a>
          ) : (
            <a key={i} href={node.href} rel="noopener noreferrer">
              {children}
            </a>
          );
        }
      }
    });
  return render(inlines);
}
