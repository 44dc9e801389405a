import type { RouteObject } from 'react-router';
import { articleRoute, LIST_ROUTE_PATTERNS, NOT_FOUND_ROUTE, SEARCH_ROUTE } from '../content/contracts.ts';
import { Layout } from './layout.tsx';
import { ArticleRoute, articleLoader, articleRouteHandle } from './routes/article-route.tsx';
import { LoadError } from './routes/load-error.tsx';
import { ListRoute, listLoader, listRouteHandle } from './routes/list-route.tsx';
import { NotFoundRoute, notFoundRouteHandle } from './routes/not-found-route.tsx';
import { SearchRoute, searchRouteHandle } from './routes/search-route.tsx';

const list = { element: <ListRoute />, loader: listLoader, handle: listRouteHandle };

/** The route table; paths are the URL contract and never change once shipped. Each page's route carries its head (route-head.ts). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    hydrateFallbackElement: <Layout loading />,
    children: [
      {
        errorElement: <LoadError />,
        children: [
          ...LIST_ROUTE_PATTERNS.map((path) => (path ? { path, ...list } : { index: true, ...list })),
          { path: articleRoute(':id'), element: <ArticleRoute />, loader: articleLoader, handle: articleRouteHandle },
          { path: SEARCH_ROUTE, element: <SearchRoute />, handle: searchRouteHandle },
          { path: NOT_FOUND_ROUTE, element: <NotFoundRoute />, handle: notFoundRouteHandle },
        ],
      },
    ],
  },
];
