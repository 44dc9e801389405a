// Renders a route to HTML at build time (src/build/prerender.ts): the page's markup, its
// <head>, and the router data the browser hydrates from.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { archiveData, site, translator, type DataReader, type RenderContext } from './app/archive.ts';
import type { ListData } from './app/routes/list-route.tsx';
import { routes } from './app/router.tsx';
import type { ArticleFile } from './content/archive.ts';
import { articleRoute, SEARCH_ROUTE } from './content/contracts.ts';
import { articleHead, listHead, notFoundHead, searchHead, type RenderedPage } from './content/page-head.ts';

// One handler for every page of a build.
const handler = createStaticHandler(routes, { basename: import.meta.env.BASE_URL });

/** Renders `url` (a path under the base) with data read through `read`. */
export async function renderPage(url: string, read: DataReader): Promise<RenderedPage> {
  const requestContext: RenderContext = { data: archiveData(read) };
  const context = await handler.query(new Request(new URL(url, 'http://prerender.invalid')), { requestContext });
  if (context instanceof Response) throw new Error(`${url}: the router answered with a redirect or a response`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const leaf = context.matches[context.matches.length - 1]!;
  const data = context.loaderData[leaf.route.id] as unknown;
  let head = notFoundHead(translator);
  if (leaf.route.path === articleRoute(':id') && data) head = articleHead(data as ArticleFile, site.language);
  else if (leaf.route.path === SEARCH_ROUTE) head = searchHead(translator);
  else if (data && (data as ListData).found) {
    const list = data as Extract<ListData, { found: true }>;
    head = listHead(list.filter, list.page, list.total, site.description, translator);
  }
  return { html, head, hydrationData: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors } };
}
