import '@testing-library/jest-dom/vitest';
import { resolve } from 'node:path';
// Vitest runs without globals, so Testing Library cannot register its own cleanup: afterEach does.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { readSeedFolder } from '../../src/node/read-seed-folder.ts';
import { buildData } from '../../src/node/built-data.ts';
import { articleFileId, articlePageId, dataFiles, PAGE_IDS, type RouterData } from '../../src/content/contracts.ts';
import { setTranslator } from '../../src/components/use-translator.ts';
import { en } from '../../src/content/publishing/messages/en.ts';
import { createTranslator } from '../../src/content/publishing/translator.ts';

// findBy… and waitFor give up after 1 s by default: on a loaded 2-core machine a route's
// lazy chunk and data can take longer than that to arrive. They wait for a state, so a
// longer limit costs nothing when things are fast.
configure({ asyncUtilTimeout: 10_000 });

// Components read the site's translator, which the app sets from virtual:archive before it
// renders; tests that render a component alone get the English one (and may set another).
beforeEach(() => setTranslator(createTranslator('en', en)));

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;
// jsdom does no layout: nothing to scroll to.
Element.prototype.scrollIntoView = () => undefined;

// The data files the build would write for the fixture seeds, served the way a static host
// serves them (404 for anything else). vite.config.ts points the plugin at the same folder.
// (import.meta.url is not a file URL under jsdom, so the path is taken from the project root.)
const site = await buildData(readSeedFolder(resolve('tests/fixtures/app-seeds')));
/** An article's page as far as the app reads it, for an article opened by its id alone: where its record is. */
function articlePage(path: string): string | undefined {
  const id = articlePageId(path.slice(1));
  const place = id === null ? undefined : site.places.placeOf(id);
  if (!place) return undefined;
  const data: Pick<RouterData, 'places'> = { places: { [dataFiles.article(id!)]: place } };
  return `<script type="application/json" id="${PAGE_IDS.routerData}">${JSON.stringify(data)}</script>`;
}

/** A data file of the fixture site as the prerender reads it: an article's from its record. */
export const readSite = async (path: string): Promise<string | null> => {
  const id = articleFileId(path);
  const file = id === null ? site.files.get(path) : site.places.articleText(id);
  return typeof file === 'string' ? file : null;
};

/** Paths of the data files the app fetched during the test. */
export const fetched: string[] = [];

// Any console.error (a React warning, an act() warning) fails the test.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  fetched.length = 0;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const path = new URL(String(input), 'http://localhost').pathname;
    const at = path.indexOf(site.manifest.dataPath);
    const body = at >= 0 ? site.files.get(path.slice(at + site.manifest.dataPath.length)) : articlePage(path);
    fetched.push(path);
    if (body === undefined) return new Response('not found', { status: 404 });
    // A pack is answered whole, as by a host that ignores ranges: the app takes its record from it.
    return typeof body === 'string' ? new Response(body, { headers: { 'content-type': 'application/json' } }) : new Response(new Uint8Array(body));
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  expect(errors, 'console.error was called').toEqual([]);
});
