import { Link } from '../../components/link.tsx';
import { useTranslator } from '../../components/use-translator.ts';
import { listPath } from '../paths.ts';
import { notFoundHead } from '../../content/publishing/page-head.ts';
import { headHandle } from '../route-head.ts';

/** The head of a page that is not there. */
export const notFoundRouteHandle = headHandle(({ t }) => notFoundHead(t));

/** Any unknown path, and an article id that does not exist. */
export function NotFoundRoute({ what = 'page' }: { what?: 'page' | 'article' }) {
  const t = useTranslator();
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm uppercase tracking-widest text-accent">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">{t.text(what === 'article' ? 'notFound.articleTitle' : 'notFound.pageTitle')}</h1>
      <p className="mt-3 text-muted">
        {t.text(what === 'article' ? 'notFound.articleText' : 'notFound.pageText')} {t.text('notFound.help')}
      </p>
      <Link
        to={listPath()}
        className="mt-8 inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-semibold text-paper no-underline hover:opacity-90"
      >
        {t.text('notFound.back')}
      </Link>
    </section>
  );
}
