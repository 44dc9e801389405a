import { expect, test } from './console.ts';

// The 2,127-article BBC corpus (../shared/corpus/bbc), built with SEEDS_DIR.

test('the list holds the whole corpus and a typo search finds the right article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('2,127 articles in the archive')).toBeVisible();
  await expect(page.locator('main ol > li')).toHaveCount(2127);
  await page.getByRole('searchbox').fill('time warnr profit');
  const first = page.locator('[data-search-result]').first();
  await expect(first.getByRole('heading')).toHaveText('Ad sales boost Time Warner profit');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ad sales boost Time Warner profit');
  await expect(page.getByText(/^Quarterly profits at US media giant TimeWarner jumped 76%/)).toBeVisible();
});

test('back from an article returns to the same place in the long list', async ({ page }) => {
  await page.goto('/');
  const entry = page.locator('main ol > li').nth(400).getByRole('link');
  await entry.scrollIntoViewIfNeeded();
  const title = await entry.getByRole('heading').textContent();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  await entry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
});
