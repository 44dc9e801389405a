import { symlinkSync, unlinkSync } from 'node:fs';
import { expect, openLive, test } from './console.ts';

const live = new URL('../../.tmp/e2e/live', import.meta.url).pathname;
const deploy = (version: 'v1' | 'v2') => {
  unlinkSync(live);
  symlinkSync(version, live);
};

test.afterEach(() => deploy('v1'));

test('a new deployment is offered with a quiet prompt and taken on the reader\'s word', async ({ page }) => {
  await openLive(page, '/');
  await expect(page.getByText('1 article in the archive')).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  deploy('v2');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the archive is available.' });
  await expect(prompt).toBeVisible();
  // Until the reader says so, the old version keeps running against its own files.
  await page.getByRole('link', { name: /^Ukrainian President/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();

  // Reload activates the new service worker, which reloads the page into the new build.
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  // The handover may reload the page once more (the new worker taking control); a visit
  // begun meanwhile is aborted by it, so the visit is retried until it lands.
  await expect(async () => {
    await openLive(page, '/');
    await expect(page.getByText('4 articles in the archive')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
});
