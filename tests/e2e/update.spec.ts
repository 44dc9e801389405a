import { symlinkSync, unlinkSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openLive, test } from './fixtures.ts';

const live = new URL('../../.tmp/e2e/live', import.meta.url).pathname;
const deploy = (version: 'v1' | 'v2') => {
  unlinkSync(live);
  symlinkSync(version, live);
};

// The tests take turns: each repoints the one site between its two deployments.
test.describe.configure({ mode: 'serial' });
test.afterEach(() => deploy('v1'));

/** Waits until the page's service worker controls it, so an update has a worker to replace. */
const controlled = (page: Page) => expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

/** Deploys v2 and has the page's service worker check for it; returns the prompt the reader is shown, once visible. */
async function offerV2(page: Page) {
  deploy('v2');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the archive is available.' });
  await expect(prompt).toBeVisible();
  return prompt;
}

/** Takes the update on the reader's word: Reload activates the new worker, which reloads the page into the new build. */
const takeUpdate = (page: Page, prompt: Locator) => Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);

/**
 * Opens the list once the new build runs it. The handover may reload the page once more
 * (the new worker taking control); a visit begun meanwhile is aborted by it, so the visit
 * is retried until it lands.
 */
const openNewList = (page: Page) =>
  expect(async () => {
    await openLive(page, '/');
    await expect(page.getByText('4 articles in the archive')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });

test("a new deployment is offered with a quiet prompt and taken on the reader's word", async ({ page }) => {
  await openLive(page, '/');
  await expect(page.getByText('1 article in the archive')).toBeVisible();
  await controlled(page);

  const prompt = await offerV2(page);
  // Until the reader says so, the old version keeps running against its own files.
  await page.getByRole('link', { name: /^Ukrainian President/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();

  await takeUpdate(page, prompt);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  await openNewList(page);
});

const SEED = '693449e0a82507a3';
const TITLE = /^Ukrainian President/;

/** The data folders (content hashes) of the files this device keeps as they are used. */
const keptDataFolders = (page: Page) =>
  page.evaluate(async () => {
    const keys = await (await caches.open('archive-data')).keys();
    return [...new Set(keys.map((request) => /\/data\/([0-9a-f]+)\//.exec(request.url)?.[1] ?? '?'))];
  });

const pageScripts = (html: string) => [...html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1]);

/** The kept copy of a page, and the page as the host serves it now. */
const keptPage = (page: Page, path: string) =>
  page.evaluate(async (path) => {
    const kept = await (await caches.open('pages')).match(new URL(path, location.href).href);
    // (A page's own fetch is no navigation: the service worker leaves it to the network.)
    const served = await fetch(path, { cache: 'no-store' });
    return { kept: kept ? await kept.text() : null, served: await served.text() };
  }, path);

test("while an update waits, a page opened anew is the current build's, the list as much as an article", async ({ page }) => {
  await openLive(page, '/');
  await expect(page.getByText('1 article in the archive')).toBeVisible();
  await controlled(page);
  await offerV2(page);

  await openLive(page, '/');
  await expect(page.getByText('4 articles in the archive')).toBeVisible();
  await openLive(page, `/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
});

test("after an update, what was kept for offline reading is the new build's, and the old build's files are gone", async ({ page, context }) => {
  await openLive(page, '/');
  await controlled(page);
  // Read an article from the list (its data file is kept) and by its address (its page is kept).
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const [oldFolder] = await keptDataFolders(page);
  expect(oldFolder).toMatch(/^[0-9a-f]+$/);
  await openLive(page, `/articles/${SEED}`);
  // (The host answers the folder's address, `/articles/<id>/`, where the page is kept.)
  const kept = new URL(page.url()).pathname;
  await expect.poll(async () => ((await keptPage(page, kept)).kept ?? '').includes('Scholz to brief allies')).toBe(true);
  const oldPage = (await keptPage(page, kept)).kept;
  // The update is taken on another page, so the kept article page is not simply reloaded.
  await openLive(page, '/');

  await takeUpdate(page, await offerV2(page));
  await openNewList(page);
  // The new build changed only the content: its pages name the same scripts as the old
  // one's, so a kept page that can still run must be brought up to it all the same. The new
  // article page differs (it links the articles now beside it).
  const newPage = (await keptPage(page, kept)).served;
  expect(pageScripts(newPage)).toEqual(pageScripts(oldPage!));
  expect(newPage).not.toEqual(oldPage);

  // The new build brings the kept page and data file up to itself, and drops the old ones.
  await expect.poll(async () => (await keptPage(page, kept)).kept, { timeout: 20_000 }).toEqual(newPage);
  await expect.poll(() => keptDataFolders(page), { timeout: 20_000 }).not.toContain(oldFolder);
  expect(await keptDataFolders(page)).toHaveLength(1);

  await context.setOffline(true);
  await openLive(page, `/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  // A client navigation reads the kept data file, now in the new build's folder.
  await page.getByRole('link', { name: 'The Archive' }).click();
  await expect(page.getByText('4 articles in the archive')).toBeVisible();
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  await context.setOffline(false);
});
