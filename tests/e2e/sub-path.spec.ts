import { expect, holdApp, openLive, test } from './fixtures.ts';

const SEED = '693449e0a82507a3';

test('a build under /news/ keeps every link, asset and deep link under the sub-path', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));

  const deep = await openLive(page, `/news/articles/${SEED}`);
  expect(deep?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Ukrainian President/);
  await page.getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL('/news/');
  await page.getByRole('searchbox').fill('pandoras box');
  await expect(page).toHaveURL('/news/search?q=pandoras+box');
  await page.getByRole('link', { name: /^Ukrainian President/ }).click();
  await expect(page).toHaveURL(`/news/articles/${SEED}?hl=pandora+box&q=pandora+box`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Ukrainian President/);

  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((href) => !href.startsWith('#') && !href.startsWith('/news/'))).toEqual([]);
  expect(requests.filter((path) => !path.startsWith('/news/'))).toEqual([]);
  expect(requests).toContain('/news/favicon.svg');
});

test('a search page opened directly under /news/ draws its first results with links under the sub-path', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/news/search?q=pandoras%20box');
  const result = page.getByRole('link', { name: /^Ukrainian President/ });
  await expect(result).toHaveAttribute('href', `/news/articles/${SEED}?hl=pandora+box&q=pandora+box`);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await result.click();
  await expect(page).toHaveURL(`/news/articles/${SEED}?hl=pandora+box&q=pandora+box`);
});

test("a year's later page, which years no longer have, leads to the year under /news/", async ({ page }) => {
  await openLive(page, '/news/archive/2024/page/2');
  await expect(page).toHaveURL('/news/archive/2024');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles from 2024');
});

test('an unknown path under /news/ shows the not-found page', async ({ page }) => {
  const response = await openLive(page, '/news/nowhere');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
