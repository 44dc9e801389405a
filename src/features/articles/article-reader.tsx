import { Link } from 'react-router';
import { ArticleMeta } from '../../components/article-meta.tsx';
import type { Neighbour } from '../../content/archive.ts';
import type { Article } from '../../content/article.ts';

interface ArticleReaderProps {
  article: Article;
  newer?: Neighbour | undefined;
  older?: Neighbour | undefined;
  hrefFor: (id: string) => string;
  listHref: string;
}

/** The reader: headline, byline, the body with its section headings, and the way on. */
export function ArticleReader({ article, newer, older, hrefFor, listHref }: ArticleReaderProps) {
  return (
    <article className="mx-auto max-w-2xl">
      <Link to={listHref} className="inline-flex min-h-11 items-center text-sm text-muted no-underline hover:underline dark:text-night-muted">
        ← All articles
      </Link>
      <header className="mt-2 border-b border-rule pb-6 dark:border-night-rule">
        <h1 dir="auto" className="font-serif text-3xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">{article.title}</h1>
        <ArticleMeta date={article.date} readingMinutes={article.readingMinutes} className="mt-4" />
        {(article.author || article.source) && (
          <p className="mt-1 text-sm text-muted dark:text-night-muted">
            {[article.author && `By ${article.author}`, article.source].filter(Boolean).join(' · ')}
          </p>
        )}
      </header>
      <div className="prose prose-lg mt-8 font-serif prose-headings:font-sans prose-headings:tracking-tight dark:prose-invert prose-p:leading-relaxed">
        {article.blocks.map((block, i) =>
          block.kind === 'heading' ? (
            <h2 key={i} dir="auto">
              {block.text}
            </h2>
          ) : (
            <p key={i} dir="auto">
              {block.text}
            </p>
          ),
        )}
      </div>
      <nav aria-label="More articles" className="mt-12 grid gap-3 border-t border-rule pt-6 sm:grid-cols-2 dark:border-night-rule">
        {newer && <NeighbourLink label="Previous" article={newer} href={hrefFor(newer.id)} />}
        {older && <NeighbourLink label="Next" article={older} href={hrefFor(older.id)} className="sm:col-start-2 sm:text-right" />}
      </nav>
    </article>
  );
}

function NeighbourLink({ label, article, href, className = '' }: { label: string; article: Neighbour; href: string; className?: string }) {
  return (
    <Link
      to={href}
      className={`block rounded-lg border border-rule p-4 no-underline hover:border-accent dark:border-night-rule dark:hover:border-night-accent ${className}`}
    >
      <span className="block text-xs font-semibold uppercase tracking-wider text-muted dark:text-night-muted">{label}</span>
      <span className="mt-1 block font-serif text-lg leading-snug text-ink dark:text-night-ink">{article.title}</span>
    </Link>
  );
}
