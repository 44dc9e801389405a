// Renders a route to HTML at build time (src/node/prerender.ts): the page's markup and its
// <head>. The browser takes the page over from the data files the render read.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { archiveData, translator, type DataReader, type RenderContext } from './app/archive.ts';
import { routeHead } from './app/route-head.ts';
import { routes } from './app/router.tsx';
import { createSession, SessionContext } from './app/session.ts';
import { appSearchClient } from './app/search.ts';
import { notFoundHead, type RenderedPage } from './content/publishing/page-head.ts';

// A prerendered page searches nothing (its search runs in the browser); its client is never asked.
const prerenderSearch = appSearchClient();

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
      <SessionContext value={createSession(prerenderSearch)}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </SessionContext>
    </StrictMode>,
  );
  const matches = context.matches.map(({ route }) => ({ handle: route.handle, data: context.loaderData[route.id] }));
  const head = routeHead(matches, new URL(url, 'http://prerender.invalid').searchParams.get('q') ?? '', translator) ?? notFoundHead(translator);
  return { html, head };
}
