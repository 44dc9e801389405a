import { useRouteError } from 'react-router';
import { useTranslator } from '../../components/use-translator.ts';

/** Shown when a page's data could not be fetched (offline, or a deploy replaced it mid-visit). */
export function LoadError() {
  const error = useRouteError();
  const t = useTranslator();
  return (
    <section role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t.text('error.title')}</h1>
      <p className="mt-3 text-muted">{error instanceof Error ? error.message : t.text('error.dropped')}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-8 inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-semibold text-paper"
      >
        {t.text('error.retry')}
      </button>
    </section>
  );
}
