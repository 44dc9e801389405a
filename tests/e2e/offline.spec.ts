import { expect, openLive, test } from './fixtures.ts';

const SEED = '693449e0a82507a3';
const TITLE = /^Ukrainian President Volodymyr Zelensky has criticized a call/;

test('a reader who read and searched keeps the list, the article and search when the network goes', async ({ page, context }) => {
  await openLive(page, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Only the app shell is fetched ahead: the search files are kept once a search uses them
  // (the same search: a misspelling can need files the right spelling does not).
  await page.getByRole('searchbox').fill('zelenksy');
  await expect(page.locator('[data-nav-item]').first().getByRole('heading')).toHaveText(TITLE);
  // The worker's files are kept by the service worker as they arrive. On a first visit one
  // run in six drew the results while the postings and result files were not kept (a gap
  // left open, named in the closing note of issue 13): wait for them, as a second visit has them.
  // (A result's row is read by a range, which the service worker does not keep: the search keeps it.)
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('archive-data')).keys()).map((r) => new URL(r.url).pathname.replace(/^.*\/search\//, ''))))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^postings\//), expect.stringMatching(/^row\//)]));
  await openLive(page, '/');
  // Read the article, as a reader does: from the list, then once more by its address.
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await openLive(page, `/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();

  await openLive(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  await page.getByRole('searchbox').fill('zelenksy');
  await expect(page.locator('[data-nav-item]').first().getByRole('heading')).toHaveText(TITLE);
  await page.locator('[data-nav-item]').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  await context.setOffline(false);
});

test('the site installs: a web app manifest with icons made by the project', async ({ page, request }) => {
  await openLive(page, '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ name: 'The Archive', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
});

test('save for offline keeps every article of a small archive', async ({ page, context }) => {
  await openLive(page, '/');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // A small archive's size is given in kilobytes, not as "0.0 MB".
  await page.getByRole('button', { name: /^Save the 1 article for offline reading \(\d+ KB\)$/ }).click();
  await expect(page.getByText('Every article is saved: the archive reads without a network.')).toBeVisible();
  await context.setOffline(true);
  // Never opened before, yet readable offline: the app shell renders it from the saved file.
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  // Never searched before, yet searchable offline: the search files were saved too.
  await page.reload();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('searchbox').fill('zelenksy');
  await expect(page.locator('[data-nav-item]').first().getByRole('heading')).toHaveText(TITLE);
  await context.setOffline(false);
});

test.describe('with service workers unavailable', () => {
  test.use({ serviceWorkers: 'block' });

  test('the site still lists, searches and reads', async ({ page }) => {
    await openLive(page, '/');
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await page.getByRole('searchbox').fill('zelenksy');
    await page.locator('[data-nav-item]').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  });

  test('a page whose app script is gone (a deploy replaced it) loads anew into the current build', async ({ page }) => {
    // The page's own script arrives; the app's code it asks for next is no longer on the host.
    await page.route(/\/assets\/start-app-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }), { times: 1 });
    let loads = 0;
    page.on('load', () => loads++);
    await openLive(page, '/');
    expect(loads).toBe(2);
    await page.getByRole('searchbox').fill('zelenksy');
    await expect(page.locator('[data-nav-item]').first().getByRole('heading')).toHaveText(TITLE);
  });

  test('when the search worker cannot load, search says it is unavailable, and recovers once it can', async ({ page }) => {
    const worker = /\/assets\/search-worker-[\w-]+\.js$/;
    await page.route(worker, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openLive(page, '/search');
    await page.getByRole('searchbox').fill('zelenksy');
    await expect(page.getByRole('heading', { name: 'Search is unavailable' })).toBeVisible();
    await expect(page.getByText('Searching…')).toHaveCount(0);

    // Back online (the script can be had again): the same search is asked again.
    await page.unroute(worker);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.locator('[data-nav-item]').first().getByRole('heading')).toHaveText(TITLE);
  });
});
