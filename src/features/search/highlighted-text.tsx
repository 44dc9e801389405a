import type { Segment } from '../../content/snippet.ts';

/** Renders text runs with the matched ones in <mark>; every run is a text node, never markup. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>));
}
