// Search on the edge-case seeds: Arabic seen through its article, and the search field's
// own clear button in the site's colours (Chromium's native one is blue), at 360 and 1440 px.
import type { Page } from '@playwright/test';
import { chooseTheme, expect, openLive, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });

/** How many pixels of a PNG are clearly blue (decoded by the page's own canvas). */
async function bluePixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 2]! - Math.max(data[i]!, data[i + 1]!) > 40) blue++;
    return blue;
  }, png.toString('base64'));
}

test('an Arabic word finds the article that writes it with the definite article', async ({ page }) => {
  await openLive(page, '/');
  const field = page.getByRole('searchbox');
  await field.fill('جفاف');
  await expect(page).toHaveURL(/\/search\?q=/);
  const first = page.locator('[data-nav-item]').first();
  await expect(first.getByRole('heading')).toHaveText(/^الجفاف يهدد المحاصيل/);
  await expect(first.getByRole('heading').locator('mark').first()).toHaveText('الجفاف');
  // The field (dir=auto) takes the direction of what is typed into it.
  await expect(page.locator('input[type="search"]:dir(rtl)')).toHaveCount(1);
});

for (const theme of ['light', 'sepia', 'dark']) {
  test(`the field's clear button wears the site's colours in the ${theme} theme, and clears`, async ({ page }, testInfo) => {
    await chooseTheme(page, theme);
    await openLive(page, '/');
    const field = page.getByRole('searchbox');
    await field.fill('street');
    const clear = page.getByRole('button', { name: 'Clear search' });
    await expect(clear).toBeVisible();
    // Nothing blue is drawn in the focused field: Chromium's own clear button (drawn while
    // the field has focus) is.
    await expect(field).toBeFocused();
    expect(await bluePixels(page, await page.locator('form[role="search"]').screenshot())).toBe(0);
    // Ours is drawn in the page's muted ink: never blue.
    const [r, g, b] = (await clear.evaluate((button) => getComputedStyle(button).color)).match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
    expect(b - Math.max(r, g)).toBeLessThan(30);
    const muted = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.className = 'text-muted';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    expect(await clear.evaluate((button) => getComputedStyle(button).color)).toBe(muted);
    // A full-size target inside the field.
    const target = (await clear.boundingBox())!;
    const within = (await field.boundingBox())!;
    expect(target.width).toBeGreaterThanOrEqual(44);
    expect(target.x + target.width).toBeLessThanOrEqual(within.x + within.width + 0.5);
    const path = testInfo.outputPath(`search-field-${theme}.png`);
    await page.locator('header').screenshot({ path });
    await testInfo.attach(`search-field-${theme}`, { path, contentType: 'image/png' });
    await clear.click();
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    await expect(clear).toBeHidden();
  });
}
