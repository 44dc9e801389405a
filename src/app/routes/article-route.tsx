import { useEffect, useRef, useState } from 'react';
import { useHref, useLoaderData, useNavigationType, type LoaderFunctionArgs } from 'react-router';
import type { ArticleFile } from '../../content/archive/model.ts';
import { statusOf } from '../../content/reader/reading-log.ts';
import { tagSlug } from '../../content/archive/tags.ts';
import { ArticleReader } from '../../features/articles/article-reader.tsx';
import { MatchBar } from '../../features/articles/match-bar.tsx';
import { useSearchMarks } from '../../features/articles/use-search-marks.ts';
import { ProgressBar, ResumedNotice } from '../../features/articles/reading-position.tsx';
import { useReadingPosition } from '../../features/articles/use-reading-position.ts';
import { ShareButton } from '../../features/articles/share-button.tsx';
import { articleHead, notFoundHead } from '../../content/publishing/page-head.ts';
import { dataOf, reloadIfRedeployed, site } from '../archive.ts';
import { articlePath, listPath } from '../paths.ts';
import { readingLog, savePosition } from '../reading-log.ts';
import { headHandle } from '../route-head.ts';
import { useSession } from '../session.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** Loads one article's file (its text, its neighbours' titles and related articles). */
export async function articleLoader({ params, request, context }: LoaderFunctionArgs): Promise<ArticleFile | null> {
  const file = await dataOf(context).loadArticle(params.id ?? '');
  if (!file) await reloadIfRedeployed(request.url);
  return file;
}

/** An article's head, with its structured data; not found for an unknown id. */
export const articleRouteHandle = headHandle<ArticleFile | null | undefined>(({ data, t }) =>
  data === undefined ? null : data ? articleHead(data, site.language) : notFoundHead(t),
);

/** `/articles/<id>`: the reader, or not-found for an unknown id. */
export function ArticleRoute() {
  const file = useLoaderData<ArticleFile | null>();
  if (!file) return <NotFoundRoute what="article" />;
  // A new reader (and a new reading position) for each article.
  return <Reader key={file.article.id} file={file} />;
}

function Reader({ file }: { file: ArticleFile }) {
  const { article } = file;
  const navigationType = useNavigationType();
  const { words, marked, current, step, dismiss } = useSearchMarks(article);

  // Back to an article: the browser's own scroll restoration. Opened anew: the saved place,
  // unless a search sent the reader to a passage. Decided once the page is live (the log is
  // on the device, never in the prerendered page).
  const session = useSession();
  const fresh = navigationType !== 'POP' || session.isFirstArticle();
  const [resumed, setResumed] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const bar = useReadingPosition({
    body,
    restoreTo: () => {
      const log = readingLog();
      const at = fresh && !marked && statusOf(log, article.id) === 'in-progress' ? log[article.id]!.position : null;
      if (at !== null) setResumed(true);
      return at;
    },
    onSave: (position, reachedEnd) => savePosition(article.id, article.title, position, reachedEnd),
  });
  useEffect(() => {
    session.articleShown();
    if (!resumed) return;
    const timer = setTimeout(() => setResumed(false), 8000);
    return () => clearTimeout(timer);
  }, [resumed, session]);
  const href = useHref(articlePath(article.id));

  return (
    <>
      <ProgressBar barRef={bar} />
      <ArticleReader
        article={article}
        newer={file.newer}
        older={file.older}
        related={file.related}
        hrefFor={(id) => articlePath(id)}
        listHref={listPath()}
        groupHref={(kind, label) => (tagSlug(label) ? listPath({ group: { kind, slug: tagSlug(label), label } }) : null)}
        marks={marked && { marked, current }}
        bodyRef={body}
        actions={<ShareButton title={article.title} url={() => new URL(href, window.location.href).href} />}
      />
      {marked && <MatchBar words={words} current={current} count={marked.count} onStep={step} onDismiss={dismiss} />}
      {resumed && (
        <ResumedNotice
          onStartOver={() => {
            window.scrollTo({ top: 0 });
            setResumed(false);
          }}
        />
      )}
    </>
  );
}
