// The search field lives in the masthead and the results on the page; arrow keys move
// focus between them through these ids rather than through shared state.

/** The id of the masthead's search field. */
export const SEARCH_INPUT_ID = 'site-search';
const RESULT_SELECTOR = '[data-search-result]';

/** Moves focus to the search field. */
export function focusSearchInput(): void {
  document.getElementById(SEARCH_INPUT_ID)?.focus();
}

/** Moves focus to the result at `index` (clamped), returning false when there are no results. */
export function focusResult(index: number): boolean {
  const results = [...document.querySelectorAll<HTMLElement>(RESULT_SELECTOR)];
  if (results.length === 0) return false;
  results[Math.max(0, Math.min(index, results.length - 1))]!.focus();
  return true;
}

/** The position of a result element among the results, or -1. */
export function resultIndexOf(element: Element | null): number {
  return element ? [...document.querySelectorAll(RESULT_SELECTOR)].indexOf(element) : -1;
}
