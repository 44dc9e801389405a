import '@testing-library/jest-dom/vitest';
import { resolve } from 'node:path';
// Vitest runs without globals, so Testing Library cannot register its own cleanup: afterEach does.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { readSeedFolder } from '../../src/node/read-seed-folder.ts';
import { buildData } from '../../src/node/built-data.ts';
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
const site = buildData(readSeedFolder(resolve('tests/fixtures/app-seeds')));
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
    const body = at >= 0 ? site.files.get(path.slice(at + site.manifest.dataPath.length)) : undefined;
    fetched.push(path);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  expect(errors, 'console.error was called').toEqual([]);
});
