import { Fragment } from 'react';
import type { Segment } from '../content/search/snippet.ts';

interface HighlightedTextProps {
  segments: readonly Segment[];
  /** Numbers the marks from here (data-match), for stepping through an article's matches. */
  first?: number;
  /** The number of the match the reader is at, marked aria-current. */
  current?: number;
}

/** Renders text runs with the matched ones in <mark>; every run is a text node, never markup. */
export function HighlightedText({ segments, first, current }: HighlightedTextProps) {
  let n = first ?? 0;
  // Plain runs stay bare text nodes so the spaces around a <mark> survive in accessible names.
  return segments.map((segment, i) => {
    if (!segment.match) return <Fragment key={i}>{segment.text}</Fragment>;
    const number = n++;
    return first === undefined ? (
      <mark key={i}>{segment.text}</mark>
    ) : (
      <mark key={i} data-match={number} aria-current={number === current ? 'true' : undefined}>
        {segment.text}
      </mark>
    );
  });
}
