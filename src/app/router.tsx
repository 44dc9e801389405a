import type { RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { ArticleRoute, articleLoader } from './routes/article-route.tsx';
import { LoadError } from './routes/load-error.tsx';
import { ListRoute, listLoader } from './routes/list-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { SearchRoute } from './routes/search-route.tsx';

const list = { element: <ListRoute />, loader: listLoader };

/** The route table; paths are the URL contract and never change once shipped. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    hydrateFallbackElement: <Layout loading />,
    children: [
      {
        errorElement: <LoadError />,
        children: [
          { index: true, ...list },
          { path: 'page/:page', ...list },
          { path: 'archive/:year', ...list },
          { path: 'archive/:year/page/:page', ...list },
          { path: 'archive/:year/:month', ...list },
          { path: 'archive/:year/:month/page/:page', ...list },
          { path: 'tags/:tag', ...list },
          { path: 'tags/:tag/page/:page', ...list },
          { path: 'articles/:id', element: <ArticleRoute />, loader: articleLoader },
          { path: 'search', element: <SearchRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
