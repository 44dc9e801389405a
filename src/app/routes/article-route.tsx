import { useParams } from 'react-router';
import { ArticleReader } from '../../features/articles/article-reader.tsx';
import { findArticle, neighbours } from '../articles.ts';
import { articlePath, listPath } from '../paths.ts';
import { useTitle } from '../use-title.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** `/articles/<id>`: the reader, or not-found for an unknown id. */
export function ArticleRoute() {
  const { id = '' } = useParams();
  const article = findArticle(id);
  useTitle(article?.title ?? '');
  if (!article) return <NotFoundRoute what="article" />;
  return <ArticleReader article={article} {...neighbours(id)} hrefFor={articlePath} listHref={listPath} />;
}
