import { Fragment } from 'react';
import type { Segment } from '../../content/snippet.ts';

/** Renders text runs with the matched ones in <mark>; every run is a text node, never markup. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  // Plain runs stay bare text nodes so the spaces around a <mark> survive in accessible names.
  return segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>));
}
