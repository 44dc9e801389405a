import { Link } from 'react-router';
import { ArticleMeta } from '../../components/article-meta.tsx';
import type { ArticleSummary } from '../../content/article.ts';

interface ArticleListProps {
  articles: readonly ArticleSummary[];
  hrefFor: (id: string) => string;
}

/** The archive's front page: every article, newest first, each a link to its reader. */
export function ArticleList({ articles, hrefFor }: ArticleListProps) {
  if (articles.length === 0) {
    return (
      <section className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">No articles yet</h1>
        <p className="mt-3 text-muted dark:text-night-muted">Add plain-text seeds to the seeds/ folder and build again.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading" className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">
        Latest articles
      </h1>
      <p className="mt-1 text-sm text-muted dark:text-night-muted">
        {articles.length.toLocaleString()} article{articles.length === 1 ? '' : 's'} in the archive
      </p>
      <ol className="mt-6 divide-y divide-rule border-y border-rule dark:divide-night-rule dark:border-night-rule">
        {articles.map((article) => (
          <li key={article.id}>
            <Link
              to={hrefFor(article.id)}
              className="group block py-5 text-inherit no-underline sm:py-6"
            >
              <h2 dir="auto" className="font-serif text-xl font-semibold leading-snug group-hover:text-accent group-hover:underline sm:text-2xl dark:group-hover:text-night-accent">
                {article.title}
              </h2>
              <ArticleMeta date={article.date} readingMinutes={article.readingMinutes} className="mt-1" />
              <p dir="auto" className="mt-2 max-w-prose leading-relaxed text-ink/85 dark:text-night-ink/85">{article.excerpt}</p>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
