import type { KeyboardEvent } from 'react';

// Focus within a page: the masthead's search field and the entries of a list or of search
// results; keys move focus between them through these ids and attributes, not shared state.

/** The id of the masthead's search field. */
export const SEARCH_INPUT_ID = 'site-search';
/** Marks each entry of a list or of search results: the stops of ↑/↓ and j/k. */
export const NAV_ITEM = { 'data-nav-item': '' } as const;
const ITEM_SELECTOR = '[data-nav-item]';

const items = () => [...document.querySelectorAll<HTMLElement>(ITEM_SELECTOR)];

/**
 * Moves focus to the search field, leaving the page where it is: the masthead may have slid
 * away, and the browser would scroll the page to reveal it (the masthead comes back by itself
 * when focus enters it), losing the reader's place.
 */
export function focusSearchInput(): void {
  document.getElementById(SEARCH_INPUT_ID)?.focus({ preventScroll: true });
}

/** Moves focus to the entry at `index` (clamped), returning false when there are none. */
export function focusItem(index: number): boolean {
  const all = items();
  if (all.length === 0) return false;
  const item = all[Math.max(0, Math.min(index, all.length - 1))]!;
  item.focus();
  return true;
}

/** The position of an element among the entries, or -1. */
export function itemIndexOf(element: Element | null): number {
  return element ? items().indexOf(element as HTMLElement) : -1;
}

/** Moves focus `by` entries from the focused one (from before the first when none is focused). */
export function moveFocus(by: number): boolean {
  const at = itemIndexOf(document.activeElement);
  return focusItem(at === -1 ? (by > 0 ? 0 : items().length - 1) : at + by);
}

/**
 * ↓ and ↑ between the entries of a list; ↑ from the first entry goes back to the search
 * field when `toSearch`.
 */
export function arrowKeys(event: KeyboardEvent<HTMLElement>, toSearch = false): void {
  const at = itemIndexOf(document.activeElement);
  if (at === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'ArrowUp' && at === 0 && toSearch) focusSearchInput();
  else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveFocus(event.key === 'ArrowDown' ? 1 : -1);
  else return;
  event.preventDefault();
}
