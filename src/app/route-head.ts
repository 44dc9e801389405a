// One head function per route, carried by the route itself (react-router's `handle`): the
// prerender writes its result into the page's <head>, and the browser sets the same title as
// the reader navigates, so no route's head is written twice or found by comparing paths.
import { notFoundHead, type PageHead } from '../content/publishing/page-head.ts';
import type { Translator } from '../content/publishing/translator.ts';

/** What a page's head is made from: its route's loader data, and the query being searched (the typed one in the browser, the URL's in the prerender). */
export interface HeadInput<Data> {
  data: Data;
  query: string;
  t: Translator;
}

/** A route's `handle`: the head of its page; null when its data did not arrive (a failed load says so itself). */
export interface RouteHandle {
  head(input: HeadInput<unknown>): PageHead | null;
}

/** A route handle from a head function typed by the route's loader data. */
export function headHandle<Data>(head: (input: HeadInput<Data>) => PageHead | null): RouteHandle {
  return { head: head as RouteHandle['head'] };
}

/** The head of the deepest matched route that has one, a page no route heads being not found; null when that route has nothing to say. */
export function routeHead(matches: readonly { handle?: unknown; data?: unknown }[], query: string, t: Translator): PageHead | null {
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]!.handle as Partial<RouteHandle> | undefined;
    if (handle?.head) return handle.head({ data: matches[i]!.data, query, t });
  }
  return notFoundHead(t);
}
