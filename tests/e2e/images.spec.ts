// Images of the markdown site (tests/fixtures/markdown-seeds/2024/06/): a lead image, a
// portrait stored sideways with an EXIF orientation and a PNG chart in the text, and the lead
// image's thumbnail in the list and in search results, at 360 and 1440 px (issue 17).
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { chooseTheme, expect, openLive, shot, test } from './fixtures.ts';
import { box, shifts, watchShifts } from './measure.ts';

const HARBOUR = '/articles/d000000000000002';

test.use({ serviceWorkers: 'block' });

/** Scrolls each image into view and waits until it has loaded and been drawn. */
async function loadAll(images: Locator) {
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
}

/** Loads a lead image's thumbnail and checks its fixed box (72 × 54 on a phone, 96 × 72 beside it) and its empty alt text. */
async function expectThumbnail(page: Page, thumb: Locator) {
  await loadAll(thumb);
  const size = page.viewportSize()!.width < 640 ? { width: 72, height: 54 } : { width: 96, height: 72 };
  expect(await box(thumb)).toMatchObject(size);
  await expect(thumb).toHaveAttribute('alt', '');
}

test('an article’s images load into the places kept for them: the right shape, inside the column, with no layout shift', async ({ page }, testInfo) => {
  await watchShifts(page);
  await openLive(page, HARBOUR);
  const column = await box(page.locator('article.reader-measure'));
  const images = page.locator('article figure img');
  await expect(images).toHaveCount(3);
  const lead = page.getByRole('img', { name: 'The inner harbour at low tide, the sun over the outer quay' });
  // The lead image sits between the headline block and the text, loads at once, and spans the column.
  await expect(lead).not.toHaveAttribute('loading', 'lazy');
  expect((await box(lead)).y).toBeGreaterThan((await box(page.getByRole('heading', { level: 1 }))).y);
  expect((await box(lead)).y).toBeLessThan((await box(page.locator('.reader-body p').first())).y);
  expect(Math.abs((await box(lead)).width - column.width)).toBeLessThan(1);
  await expect(page.locator('article figure').first().locator('figcaption')).toHaveText(
    'The inner harbour, where the dredgers start in October Port authority',
  );
  for (const image of await page.locator('.reader-body img').all()) await expect(image).toHaveAttribute('loading', 'lazy');

  await loadAll(images);
  expect(await shifts(page)).toEqual([]);
  for (const image of await images.all()) {
    const drawn = await box(image);
    const natural = await image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.currentSrc }));
    expect(drawn.width, natural.src).toBeGreaterThan(100);
    expect(Math.abs(drawn.width / drawn.height - natural.width / natural.height), natural.src).toBeLessThan(0.02);
    expect(drawn.x, natural.src).toBeGreaterThanOrEqual(column.x - 0.5);
    expect(drawn.x + drawn.width, natural.src).toBeLessThanOrEqual(column.x + column.width + 0.5);
    expect(natural.src).toMatch(/\/assets\/img\/[0-9a-f]{16}-\d+\.webp$/);
  }
  // The portrait was stored sideways: the build turned it upright.
  const crane = page.getByRole('img', { name: 'A dredging crane on a barge, seen from the quay' });
  expect((await box(crane)).height).toBeGreaterThan((await box(crane)).width);
  // On a short screen (a laptop's low window, a phone on its side) a tall photo still fits:
  // at most 80% of the screen's height, its own shape, narrower and centred in the column.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: 480 });
  await expect.poll(async () => (await box(crane)).height).toBeLessThanOrEqual(480 * 0.8 + 1);
  const short = await box(crane);
  expect(Math.abs(short.width / short.height - 600 / 800)).toBeLessThan(0.02);
  expect(Math.abs(short.x + short.width / 2 - (column.x + column.width / 2))).toBeLessThan(1);
  // Its caption stands under the photo, from its edge to its edge, not under the column.
  const caption = await box(page.getByText('The crane that will lift the silt'));
  expect(Math.abs(caption.x - short.x)).toBeLessThan(1);
  expect(Math.abs(caption.width - short.width)).toBeLessThan(1);
  await crane.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'portrait-short-screen');
  await page.setViewportSize(viewport);
  // A small chart is shown at its own size, not blown up.
  expect((await box(page.getByRole('img', { name: /Silt to be removed/ }))).width).toBeLessThanOrEqual(400);

  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, testInfo, 'images-article', { fullPage: true });
});

test('the list and search results show the lead image’s thumbnail in a fixed box, and none for an article without one', async ({ page }, testInfo) => {
  await watchShifts(page);
  await openLive(page, '/');
  const entries = page.getByRole('main').getByRole('listitem');
  const harbour = entries.filter({ hasText: 'Harbour dredging starts in the autumn' });
  const thumb = harbour.locator('img');
  await expectThumbnail(page, thumb);
  expect(await entries.locator('img').count()).toBe(1);
  // The thumbnail stands beside the title, inside the page.
  const title = await box(harbour.getByRole('heading'));
  const picture = await box(thumb);
  expect(picture.y).toBeLessThan(title.y + title.height);
  expect(picture.x + picture.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await shifts(page)).toEqual([]);
  await shot(page, testInfo, 'images-list');

  await page.getByRole('searchbox').first().fill('dredging');
  const result = page.getByRole('link', { name: /Harbour dredging starts in the autumn/ });
  await expect(result).toBeVisible();
  await expectThumbnail(page, result.locator('img'));
  // In the same place as in the list: at the end of the text's lines, not across the page from them.
  const found = await box(result.locator('img'));
  expect(Math.abs(found.x - picture.x)).toBeLessThan(1);
  const heading = await box(result.getByRole('heading'));
  expect(Math.abs(found.x + found.width - (heading.x + heading.width))).toBeLessThan(1);
  await expect(result.locator('p[dir] mark').first()).toHaveText('Dredging');
  await shot(page, testInfo, 'images-search');
});

test('an article’s related articles show the lead image’s thumbnail in the same fixed box, inside their item', async ({ page }, testInfo) => {
  await watchShifts(page);
  await openLive(page, '/articles/d000000000000001');
  const related = page.getByRole('region', { name: 'Related articles' });
  const harbour = related.getByRole('link', { name: /Harbour dredging starts in the autumn/ });
  const thumb = harbour.locator('img');
  await expectThumbnail(page, thumb);
  // Only the article with a lead image has one; the picture stays inside its item's line.
  expect(await related.locator('img').count()).toBe(1);
  const item = await box(related.getByRole('listitem').filter({ hasText: 'Harbour dredging starts in the autumn' }));
  const picture = await box(thumb);
  expect(picture.y).toBeGreaterThanOrEqual(item.y);
  expect(picture.y + picture.height).toBeLessThanOrEqual(item.y + item.height);
  expect(picture.x + picture.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await shifts(page)).toEqual([]);
  await shot(page, testInfo, 'images-related');
});

test('the article’s head shares its lead image, and the image is served as WebP', async ({ page, request }) => {
  await openLive(page, HARBOUR);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/assets\/img\/[0-9a-f]{16}-1200\.webp$/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '675');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', 'The inner harbour at low tide, the sun over the outer quay');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { image: string[] };
  expect(jsonLd.image).toEqual([image]);
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/webp');
  expect(response.headers()['cache-control']).toMatch(/immutable/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`an article with images passes axe in the ${theme} theme`, async ({ page }, testInfo) => {
    await chooseTheme(page, theme);
    await openLive(page, HARBOUR);
    await loadAll(page.locator('article figure img'));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Photos are shown as they are in the dark theme: no filter.
    expect(
      await page
        .locator('article figure img')
        .first()
        .evaluate((img) => getComputedStyle(img).filter),
    ).toBe('none');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, testInfo, `images-${theme}`, { fullPage: true });
  });
}

test('printed, a photo keeps to a sane size, its shape and its place on the page', async ({ page }) => {
  await openLive(page, HARBOUR);
  const images = page.locator('article figure img');
  await loadAll(images);
  await page.emulateMedia({ media: 'print' });
  for (const image of await images.all()) {
    const drawn = await box(image);
    const natural = await image.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight);
    // 9 cm is 340 CSS pixels.
    expect(drawn.height).toBeLessThanOrEqual(341);
    expect(drawn.height).toBeGreaterThan(100);
    expect(Math.abs(drawn.width / drawn.height - natural)).toBeLessThan(0.02);
    expect(await image.evaluate((img) => getComputedStyle(img.closest('figure')!).breakInside)).toBe('avoid');
  }
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an article read before shows its images when the network goes', async ({ page, context }) => {
    await openLive(page, HARBOUR);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Opened again under the service worker, which keeps each image it serves.
    await openLive(page, HARBOUR);
    const images = page.locator('article figure img');
    await loadAll(images);
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('archive-images')).keys()).length)).toBe(3);

    await context.setOffline(true);
    await page.reload();
    await loadAll(images);

    // Opened later on a much narrower screen, the page asks for the 480 px files, never kept:
    // the service worker answers with the width it kept, and the photos still show.
    const height = page.viewportSize()!.height;
    await page.close();
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 240, height });
    await openLive(narrow, HARBOUR);
    const again = narrow.locator('article figure img');
    await expect.poll(() => again.first().evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-480\.webp$/);
    await loadAll(again);
    await context.setOffline(false);
  });
});
