import type { KeyboardEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { ArticleMeta } from '../../components/article-meta.tsx';
import { highlight } from '../../content/snippet.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { focusResult, focusSearchInput, resultIndexOf } from './search-focus.ts';
import type { SearchState } from './use-search.ts';
import { formatCount } from '../../content/format-number.ts';

interface SearchResultsProps {
  query: string;
  state: SearchState;
  hrefFor: (id: string) => string;
  onShowMore: () => void;
}

/** The search page's body: empty, loading, no-result and result states, with arrow-key movement through results. */
export function SearchResults({ query, state, hrefFor, onShowMore }: SearchResultsProps) {
  if (!query || state.status === 'idle') {
    return (
      <Notice title="Search the archive">
        Type a word or phrase in the search field. Misspellings are fine: <em>zelenksy</em> finds Zelensky.
      </Notice>
    );
  }
  if (state.status === 'failed') {
    return <Notice title="Search is unavailable">The search index could not be loaded ({state.message}). Check the connection and try again.</Notice>;
  }
  if (state.status === 'loading') return <p role="status" className="text-muted dark:text-night-muted">Searching…</p>;

  const { total, items } = state;
  const terms = new Set(state.terms);
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const at = resultIndexOf(document.activeElement);
    if (event.key === 'ArrowDown') focusResult(at + 1);
    else if (event.key === 'ArrowUp' && at <= 0) focusSearchInput();
    else if (event.key === 'ArrowUp') focusResult(at - 1);
    else return;
    event.preventDefault();
  };
  return (
    <section aria-labelledby="search-heading" aria-busy={state.query !== query}>
      <h1 id="search-heading" className="font-serif text-2xl font-bold sm:text-3xl">
        Results for “{query}”
      </h1>
      <p role="status" className="mt-1 text-sm text-muted dark:text-night-muted">
        {total === 0
          ? 'No articles found.'
          : `${formatCount(total)} article${total === 1 ? '' : 's'} found. Use ↑ and ↓ to move, Enter to open.`}
      </p>
      {total === 0 ? (
        <Notice title="Nothing matches">Check the spelling of rarer words, use fewer words, or try another name for the same thing.</Notice>
      ) : (
        <>
          <ol onKeyDown={onKeyDown} className="mt-4 divide-y divide-rule border-y border-rule dark:divide-night-rule dark:border-night-rule">
            {items.map(({ entry, snippet }) => (
              <li key={entry.id}>
                <Link
                  to={hrefFor(entry.id)}
                  data-search-result=""
                  className="block py-4 text-inherit no-underline focus-visible:bg-rule/40 dark:focus-visible:bg-night-rule/40"
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
              className="mt-6 min-h-11 w-full rounded-full border border-rule px-6 font-semibold hover:border-accent sm:w-auto dark:border-night-rule dark:hover:border-night-accent"
            >
              Show more results
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="py-12 text-center">
      <h2 className="font-serif text-2xl font-semibold">{title}</h2>
      <p className="mx-auto mt-2 max-w-md text-muted dark:text-night-muted">{children}</p>
    </div>
  );
}
