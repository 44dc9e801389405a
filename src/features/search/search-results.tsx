import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ArticleMeta } from '../../components/article-meta.tsx';
import { highlight } from '../../content/snippet.ts';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { arrowKeys, moveFocus, NAV_ITEM } from '../../components/page-focus.ts';
import { useShortcut } from '../../components/use-shortcut.ts';
import type { SearchState } from './use-search.ts';
import { formatCount } from '../../content/format-number.ts';

interface SearchResultsProps {
  query: string;
  state: SearchState;
  /** An article's address, opening at the passage the matched words mark. */
  hrefFor: (id: string, matched: readonly string[]) => string;
  onShowMore: () => void;
}

/** What the live region says of a search's state: the result count once there is one. */
function announcement(query: string, state: SearchState): string {
  if (!query || state.status === 'idle') return '';
  if (state.status === 'failed') return 'Search is unavailable.';
  if (state.status === 'loading') return 'Searching…';
  return state.total === 0 ? 'No articles found.' : `${formatCount(state.total)} article${state.total === 1 ? '' : 's'} found. Use ↑ and ↓ to move, Enter to open.`;
}

/**
 * The search page's body: empty, loading, no-result and result states, with arrow-key and
 * j/k movement through results. One live region, there from the start, announces each
 * state, so screen readers hear the count of the first results too.
 */
export function SearchResults(props: SearchResultsProps) {
  useShortcut('next', () => moveFocus(1));
  useShortcut('previous', () => moveFocus(-1));
  return (
    <>
      <p role="status" className="sr-only">
        {announcement(props.query, props.state)}
      </p>
      <SearchBody {...props} />
    </>
  );
}

function SearchBody({ query, state, hrefFor, onShowMore }: SearchResultsProps) {
  if (!query || state.status === 'idle') {
    return (
      <Notice level={1} title="Search the archive">
        Type a word or phrase in the search field. Misspellings are fine: <em>zelenksy</em> finds Zelensky.
      </Notice>
    );
  }
  if (state.status === 'failed') {
    return <Notice level={1} title="Search is unavailable">The search index could not be loaded ({state.message}). Check the connection and try again.</Notice>;
  }
  if (state.status === 'loading') return <p aria-hidden="true" className="text-muted">{announcement(query, state)}</p>;

  const { total, items } = state;
  const terms = new Set(state.terms);
  return (
    <section aria-labelledby="search-heading" aria-busy={state.query !== query}>
      <h1 id="search-heading" className="font-serif text-2xl font-bold sm:text-3xl">
        Results for “{query}”
      </h1>
      {/* What the live region above says, shown; hidden from screen readers, which hear it there. */}
      <p aria-hidden="true" className="mt-1 text-sm text-muted">
        {announcement(query, state)}
      </p>
      {total === 0 ? (
        <Notice title="Nothing matches">Check the spelling of rarer words, use fewer words, or try another name for the same thing.</Notice>
      ) : (
        <>
          <ol onKeyDown={(event) => arrowKeys(event, true)} className="mt-4 divide-y divide-rule border-y border-rule">
            {items.map(({ entry, snippet }) => (
              <li key={entry.id}>
                <Link
                  to={hrefFor(entry.id, state.terms)}
                  {...NAV_ITEM}
                  className="block py-4 text-inherit no-underline focus-visible:bg-rule/40"
                >
                  <h2 dir="auto" className="font-serif text-xl font-semibold leading-snug">
                    <HighlightedText segments={highlight(entry.title, terms)} />
                  </h2>
                  <ArticleMeta date={entry.date} readingMinutes={entry.readingMinutes} className="mt-1" />
                  {/* Three lines whether it shows the excerpt or, once the text arrives, the passage, so
                      nothing below moves; a new element (key) for the passage, so no text shifts within. */}
                  <p key={snippet ? 'passage' : 'excerpt'} dir="auto" className="mt-2 line-clamp-3 min-h-[3lh] max-w-prose leading-relaxed">
                    <HighlightedText segments={snippet ?? highlight(entry.excerpt, terms)} />
                  </p>
                </Link>
              </li>
            ))}
          </ol>
          {total > items.length && (
            <button
              type="button"
              onClick={onShowMore}
              className="mt-6 min-h-11 w-full rounded-full border border-rule px-6 font-semibold hover:border-accent sm:w-auto"
            >
              Show more results
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Notice({ title, level = 2, children }: { title: string; level?: 1 | 2; children: ReactNode }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="py-12 text-center">
      <Heading className="font-serif text-2xl font-semibold">{title}</Heading>
      <p className="mx-auto mt-2 max-w-md text-muted">{children}</p>
    </div>
  );
}
