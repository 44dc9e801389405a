import '@testing-library/jest-dom/vitest';
import { resolve } from 'node:path';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { readSeedFolder } from '../../src/build/read-seed-folder.ts';
import { buildSiteData } from '../../src/build/site-data.ts';

// A busy machine (other builds running beside the tests) can take more than the default
// second to render a route: wait up to five for what the user should see.
configure({ asyncUtilTimeout: 5000 });

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => undefined;
// jsdom does no layout: nothing to scroll to.
Element.prototype.scrollIntoView = () => undefined;

// The data files the build would write for the fixture seeds, served the way a static host
// serves them (404 for anything else). vite.config.ts points the plugin at the same folder.
// (import.meta.url is not a file URL under jsdom, so the path is taken from the project root.)
const site = buildSiteData(readSeedFolder(resolve('tests/fixtures/app-seeds')));
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
