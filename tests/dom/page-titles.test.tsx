import { waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/router.tsx';
import { documentTitle } from '../../src/content/publishing/page-head.ts';
import { renderPage } from '../../src/entry-server.tsx';
import { renderApp } from './render-app.tsx';
import { readSite } from './setup.ts';

/** Every route that draws a page (not the layout around them), anywhere in the table. */
function pageRoutes(table: readonly RouteObject[]): RouteObject[] {
  return table.flatMap((route) => (route.children ? pageRoutes(route.children) : [route]));
}

describe('page titles', () => {
  it('every route that draws a page carries its head, so no route can lose it by being renamed', () => {
    const pages = pageRoutes(routes);
    expect(pages.length).toBeGreaterThan(5);
    for (const route of pages) expect(typeof (route.handle as { head?: unknown } | undefined)?.head, route.path ?? 'index').toBe('function');
  });

  it.each([
    ['/', 'The Archive'],
    ['/archive/2024/05', 'Articles from May 2024 — The Archive'],
    ['/tags/politics', 'Articles tagged “politics” — The Archive'],
    ['/articles/a1b2c3d4e5f60718', 'Ad sales boost Time Warner profit — The Archive'],
    ['/articles/0000000000000000', 'Not found — The Archive'],
    ['/page/99', 'Not found — The Archive'],
    ['/no/such/page', 'Not found — The Archive'],
    ['/search?q=zelensky', '“zelensky” — search — The Archive'],
  ])('%s has the same title prerendered and in the browser: %s', async (url, title) => {
    const { head } = await renderPage(url, readSite);
    expect(documentTitle(head.title, 'The Archive')).toBe(title);
    document.title = '';
    renderApp(url);
    await waitFor(() => expect(document.title).toBe(title));
  });
});
