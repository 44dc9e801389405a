// What a reader types into the prerendered search field before the app takes the page
// over; hydration resets the field, so it is kept here and handed to the search box.
import { SEARCH_INPUT_ID } from '../../components/page-focus.ts';

let earlyInput = '';

/** Keeps what the reader typed into the prerendered search field before the app took the page over (hydration resets it). */
export function rememberEarlyInput(): void {
  const field = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
  // The page's own value (the query a search page opened with) was not typed.
  earlyInput = field && field.value !== field.defaultValue ? field.value : '';
}

/** What was typed before the app took over, once. */
export function takeEarlyInput(): string {
  const value = earlyInput;
  earlyInput = '';
  return value;
}
