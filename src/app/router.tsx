import type { RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { ArticleRoute } from './routes/article-route.tsx';
import { ListRoute } from './routes/list-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { SearchRoute } from './routes/search-route.tsx';

/** The route table; paths are the URL contract and never change once shipped. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <ListRoute /> },
      { path: 'articles/:id', element: <ArticleRoute /> },
      { path: 'search', element: <SearchRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
