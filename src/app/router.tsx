import type { RouteObject } from 'react-router';
import { articleRoute, LIST_ROUTE_PATTERNS, SEARCH_ROUTE } from '../content/contracts.ts';
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
          ...LIST_ROUTE_PATTERNS.map((path) => (path ? { path, ...list } : { index: true, ...list })),
          { path: articleRoute(':id'), element: <ArticleRoute />, loader: articleLoader },
          { path: SEARCH_ROUTE, element: <SearchRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
