import { ArticleList } from '../../features/articles/article-list.tsx';
import { articles } from '../articles.ts';
import { articlePath } from '../paths.ts';
import { useTitle } from '../use-title.ts';

/** `/`: the list of articles. */
export function ListRoute() {
  useTitle('');
  return <ArticleList articles={articles} hrefFor={articlePath} />;
}
