import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { ArticleFile } from '../../content/archive.ts';
import { ArticleReader } from '../../features/articles/article-reader.tsx';
import { loadArticle, reloadIfRedeployed } from '../archive.ts';
import { articlePath, listPath } from '../paths.ts';
import { useTitle } from '../use-title.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** Loads one article's file (its text and its neighbours' titles). */
export async function articleLoader({ params, request }: LoaderFunctionArgs): Promise<ArticleFile | null> {
  const file = await loadArticle(params.id ?? '');
  if (!file) await reloadIfRedeployed(request.url);
  return file;
}

/** `/articles/<id>`: the reader, or not-found for an unknown id. */
export function ArticleRoute() {
  const file = useLoaderData<ArticleFile | null>();
  useTitle(file?.article.title ?? 'Not found');
  if (!file) return <NotFoundRoute what="article" />;
  return <ArticleReader article={file.article} newer={file.newer} older={file.older} hrefFor={articlePath} listHref={listPath()} />;
}
