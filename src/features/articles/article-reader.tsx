import type { ReactNode, Ref } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../components/link.tsx';
import { ArticleMeta } from '../../components/article-meta.tsx';
import { useShortcut } from '../../components/use-shortcut.ts';
import { useTranslator } from '../../components/use-translator.ts';
import type { Neighbour, RelatedArticle } from '../../content/archive/model.ts';
import type { Article } from '../../content/seeds/article.ts';
import { MessageParts } from '../../components/message-parts.tsx';
import type { GroupKind } from '../../content/contracts.ts';
import { ArticleBody, type ArticleMarks } from './article-body.tsx';
import { ArticleFigure } from './article-figure.tsx';
import { Thumbnail } from '../../components/thumbnail.tsx';

interface ArticleReaderProps {
  article: Article;
  newer?: Neighbour | undefined;
  older?: Neighbour | undefined;
  related?: readonly RelatedArticle[];
  hrefFor: (id: string) => string;
  listHref: string;
  /** The page of a tag's, an author's or a section's articles, or null for one with no page (nothing but punctuation). */
  groupHref: (kind: GroupKind, label: string) => string | null;
  /** The matches of a search, marked in the text, and the one the reader is at. */
  marks?: ArticleMarks;
  /** The article's body, measured for the reading position. */
  bodyRef?: Ref<HTMLDivElement>;
  /** Controls under the byline (sharing). */
  actions?: ReactNode;
}

/** The reader: headline, byline, the body with its section headings, and the way on. */
export function ArticleReader({ article, newer, older, related = [], hrefFor, listHref, groupHref, marks, bodyRef, actions }: ArticleReaderProps) {
  const navigate = useNavigate();
  const t = useTranslator();
  // j and k page through the archive, older and newer, as in a feed reader.
  useShortcut('next', () => older && navigate(hrefFor(older.id)));
  useShortcut('previous', () => newer && navigate(hrefFor(newer.id)));
  return (
    <article className="reader-measure mx-auto">
      {/* On a phone the masthead's title leads to the list, and the screen is for the text. */}
      <Link to={listHref} className="back-link">
        {/* The arrow points back, to the start of the line: to the right in a right-to-left page. */}
        <span aria-hidden="true" className="flip-rtl">
          ←
        </span>
        {t.text('reader.allArticles')}
      </Link>
      <header className="reader-header">
        <GroupLinks
          values={article.sections ?? []}
          hrefFor={(section) => groupHref('section', section)}
          label={t.text('reader.sections')}
          className="mb-2 flex flex-wrap gap-x-3 text-sm font-semibold uppercase tracking-wider"
          linkClassName="inline-flex min-h-11 items-center text-accent no-underline hover:underline sm:min-h-0"
        />
        <h1 dir="auto" className="reader-title">
          {article.title}
        </h1>
        <div className="reader-byline">
          <ArticleMeta date={article.date} readingMinutes={article.readingMinutes} />
          {(article.author || article.source) && (
            <p className="w-full text-sm text-muted sm:mt-1">
              {article.author && <Byline author={article.author} href={groupHref('author', article.author)} />}
              {article.author && article.source && ' · '}
              {article.source}
            </p>
          )}
          <GroupLinks
            values={article.tags}
            hrefFor={(tag) => groupHref('tag', tag)}
            label={t.text('reader.tags')}
            className="flex w-full flex-wrap gap-2 sm:mt-3 print:hidden"
            linkClassName="inline-flex min-h-11 items-center rounded-full border border-edge px-3 text-sm text-ink no-underline hover:border-accent"
          />
          {actions}
        </div>
      </header>
      {/* The lead image after the headline and byline, as reading apps set it: the headline is read first, the photo sets the scene for the text. */}
      {article.image && <ArticleFigure picture={article.image} lead />}
      <div ref={bodyRef} className="reader-body prose">
        <ArticleBody blocks={article.blocks} marks={marks} />
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="reader-related">
          <h2 id="related-heading" className="section-label">
            {t.text('reader.related')}
          </h2>
          <ul className="mt-2 divide-y divide-rule">
            {related.map((item) => (
              <li key={item.id}>
                {/* A flow root: the thumbnail, taller than a short title and its date, stays inside its item. */}
                <Link to={hrefFor(item.id)} className="group related-link">
                  {item.thumb && <Thumbnail hash={item.thumb} />}
                  <span dir="auto" className="related-title">
                    {item.title}
                  </span>
                  <ArticleMeta date={item.date} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-label={t.text('reader.more')} className="reader-more">
        {newer && <NeighbourLink label={t.text('reader.previous')} shortcut="k" article={newer} href={hrefFor(newer.id)} />}
        {/* The next card's text keeps to its outer edge: the right on a left-to-right page, the left
            on a right-to-left one. Not text-end, which a title of the other direction would read
            against its own direction (an Arabic title in an English site would go left). */}
        {older && <NeighbourLink label={t.text('reader.next')} shortcut="j" article={older} href={hrefFor(older.id)} className="card-next" />}
      </nav>
    </article>
  );
}

function NeighbourLink({
  label,
  shortcut,
  article,
  href,
  className = '',
}: {
  label: string;
  shortcut: string;
  article: Neighbour;
  href: string;
  className?: string;
}) {
  return (
    <Link to={href} aria-keyshortcuts={shortcut} className={`card ${className}`}>
      <span className="kicker">{label}</span>
      {/* The title in its own direction: an Arabic title reads from the right even in a left-hand card. */}
      <span dir="auto" className="card-title">
        {article.title}
      </span>
    </Link>
  );
}

/** `By Jane Doe`, the name leading to the author's articles. */
function Byline({ author, href }: { author: string; href: string | null }) {
  const t = useTranslator();
  const name = href ? (
    <Link to={href} className="text-inherit underline decoration-edge underline-offset-2 hover:text-accent">
      {author}
    </Link>
  ) : (
    author
  );
  return <MessageParts parts={t.parts('meta.byline')} slots={{ author: name }} />;
}

/** Each page the values lead to, with the first value that names it: values that differ only in case or punctuation share a page, and get one link. */
function linksByPage(values: readonly string[], hrefFor: (value: string) => string | null): Map<string, string> {
  const links = new Map<string, string>();
  for (const value of values) {
    const href = hrefFor(value);
    if (href && !links.has(href)) links.set(href, value);
  }
  return links;
}

/**
 * Links to the pages of an article's sections (above its headline) or tags (as chips under
 * it): one link per page, named by the first value that leads there; nothing when none has a page.
 */
function GroupLinks({
  values,
  hrefFor,
  label,
  className,
  linkClassName,
}: {
  values: readonly string[];
  hrefFor: (value: string) => string | null;
  label: string;
  className: string;
  linkClassName: string;
}) {
  const links = linksByPage(values, hrefFor);
  if (links.size === 0) return null;
  return (
    <ul aria-label={label} className={className}>
      {[...links].map(([href, value]) => (
        <li key={href}>
          <Link to={href} className={linkClassName}>
            {value}
          </Link>
        </li>
      ))}
    </ul>
  );
}
