// What a reader types into the prerendered search field before the app takes the page
// over; hydration resets the field, so it is read just before and handed to the search box.
import { SEARCH_INPUT_ID } from '../../components/page-focus.ts';

/** What the reader typed into the prerendered search field ('' for nothing, or for the query a search page opened with, which was not typed). */
export function readEarlyInput(): string {
  const field = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
  return field && field.value !== field.defaultValue ? field.value : '';
}
