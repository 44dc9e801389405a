import { Link } from 'react-router';
import { listPath } from '../paths.ts';
import { useTitle } from '../use-title.ts';

/** Any unknown path, and an article id that does not exist. */
export function NotFoundRoute({ what = 'page' }: { what?: 'page' | 'article' }) {
  useTitle('Not found');
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm uppercase tracking-widest text-accent">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">{what === 'article' ? 'No such article' : 'Page not found'}</h1>
      <p className="mt-3 text-muted">
        {what === 'article'
          ? 'This article is not in the archive. It may have been removed, or the link may be mistyped.'
          : 'Nothing lives at this address. The link may be mistyped or out of date.'}{' '}
        Try the search field above, or go back to the list.
      </p>
      <Link
        to={listPath()}
        className="mt-8 inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-semibold text-paper no-underline hover:opacity-90"
      >
        Back to all articles
      </Link>
    </section>
  );
}
