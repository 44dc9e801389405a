// The search page's results as plain DOM, for a page opened on a search: its first results
// are drawn as soon as they arrive, before the app's code has loaded, and the app then draws
// the same markup (tests/dom/early-results.test.tsx holds the two together). Text goes in
// as text nodes only; nothing from the archive or the query is ever parsed as markup.
import type { Segment } from '../../content/search/snippet.ts';
import { THUMB_CLASS, thumbSrc } from '../../components/thumbnail-image.ts';
import type { Translator } from '../../content/publishing/translator.ts';
import { announcement, resultCount, shownCount, type SearchState } from './search-state.ts';

/** Class names of the results' elements, shared with the React view. */
export const RESULT_CLASSES = {
  heading: 'font-serif text-2xl font-bold sm:text-3xl',
  instead: 'mt-1 text-base',
  insteadLink: 'font-semibold underline decoration-rule underline-offset-4 hover:decoration-accent',
  count: 'mt-1 text-sm text-muted',
  hint: 'hidden pointer-fine:inline',
  list: 'mt-4 divide-y divide-rule border-y border-rule',
  link: 'block py-4 text-inherit no-underline focus-visible:bg-rule/40',
  // Thumbnail, title, date and passage share one measure, as in the list: the thumbnail sits
  // at the end of the text's lines, not across the page from them.
  body: 'max-w-2xl',
  title: 'font-serif text-xl font-semibold leading-snug',
  meta: 'meta mt-1',
  passage: 'mt-2 line-clamp-3 min-h-[3lh] leading-relaxed',
  more: 'mt-6 min-h-11 w-full rounded-full border border-edge px-6 font-semibold hover:border-accent sm:w-auto',
  notice: 'py-12 text-center',
  noticeTitle: 'font-serif text-2xl font-semibold',
  noticeText: 'mx-auto mt-2 max-w-md text-muted',
} as const;

type Child = Node | string;

function element(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// The count, and its keyboard hint in an element of its own (hidden on touch screens).
function countChildren(said: string, t: Translator): Child[] {
  const [count, hint] = shownCount(said, t);
  return hint ? [count, element('span', { class: RESULT_CLASSES.hint }, hint)] : [count];
}

const marked = (segments: readonly Segment[]): Child[] => segments.map((s) => (s.match ? element('mark', {}, s.text) : s.text));

/** A message with its `{query}` placeholder filled by an element (as MessageParts does in React). */
const withQuery = (parts: ReturnType<Translator['parts']>, query: Node): Child[] => parts.map((part) => (typeof part === 'string' ? part : query));

export interface DrawnResults {
  query: string;
  state: SearchState & { status: 'ready' };
  /** An article's address (with the base path), opening at the passage the matched words mark, naming the search in its match bar. */
  hrefFor: (id: string, matched: readonly string[], searched: string) => string;
  /** The address (with the base path) of a search for exactly these words. */
  exactHrefFor: (query: string) => string;
  /** The site's words, dates and numbers, as the app's own render uses them. */
  t: Translator;
}

/** The search page's content for a ready state: the live region's text, and what follows it. */
export function resultsMarkup({ query, state, hrefFor, exactHrefFor, t }: DrawnResults): { status: string; body: HTMLElement } {
  const said = announcement(query, state, t);
  const heading = state.corrected
    ? [
        element(
          'h1',
          { id: 'search-heading', dir: 'auto', class: RESULT_CLASSES.heading },
          ...withQuery(t.parts('search.showing'), element('em', {}, state.corrected)),
        ),
        element(
          'p',
          { dir: 'auto', class: RESULT_CLASSES.instead },
          ...withQuery(t.parts('search.instead'), element('a', { class: RESULT_CLASSES.insteadLink, href: exactHrefFor(state.query) }, state.query)),
        ),
      ]
    : [element('h1', { id: 'search-heading', dir: 'auto', class: RESULT_CLASSES.heading }, t.text('search.resultsFor', { query }))];
  const section = element(
    'section',
    { 'aria-labelledby': 'search-heading', 'aria-busy': 'false' },
    ...heading,
    element('p', { 'aria-hidden': 'true', class: RESULT_CLASSES.count }, ...countChildren(resultCount(state, t), t)),
  );
  if (state.total === 0) {
    section.append(
      element(
        'div',
        { class: RESULT_CLASSES.notice },
        element('h2', { class: RESULT_CLASSES.noticeTitle }, t.text('search.nothingTitle')),
        element('p', { class: RESULT_CLASSES.noticeText }, t.text('search.nothingText')),
      ),
    );
    return { status: said, body: section };
  }
  const items = state.items.map(({ entry, snippet }) =>
    element(
      'li',
      {},
      element(
        'a',
        { 'data-nav-item': '', class: RESULT_CLASSES.link, href: hrefFor(entry.id, state.terms, state.corrected ?? state.query) },
        element(
          'div',
          { class: RESULT_CLASSES.body },
          ...(entry.thumb
            ? [element('img', { src: thumbSrc(entry.thumb), alt: '', width: '96', height: '72', loading: 'lazy', decoding: 'async', class: THUMB_CLASS })]
            : []),
          element('h2', { dir: 'auto', class: RESULT_CLASSES.title }, ...marked(entry.titleSegments)),
          element(
            'p',
            { class: RESULT_CLASSES.meta },
            element('time', { datetime: entry.date }, t.date(entry.date)),
            element('span', { 'aria-hidden': 'true' }, ' · '),
            element('span', {}, t.plural('meta.readingTime', entry.readingMinutes)),
          ),
          element('p', { dir: 'auto', class: RESULT_CLASSES.passage }, ...marked(snippet ?? [])),
        ),
      ),
    ),
  );
  section.append(element('ol', { class: RESULT_CLASSES.list }, ...items));
  if (state.total > items.length) section.append(element('button', { type: 'button', class: RESULT_CLASSES.more }, t.text('search.more')));
  return { status: said, body: section };
}
