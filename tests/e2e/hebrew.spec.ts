// A Hebrew edition (tests/fixtures/hebrew-seeds: Markdown seeds in month folders, built with
// SITE_LANGUAGE=he), at 360 and 1440 px: the second right-to-left script reads from the right
// like the Arabic one, its nested lists indent from the right, and search finds Hebrew words.
import AxeBuilder from '@axe-core/playwright';
import { chooseTheme, expect, openLive, shot, test } from './fixtures.ts';
import { box, mainExtent } from './measure.ts';
import { expectListFromTheRight } from './rtl.ts';

const BUDGET = 'b000000000000001';

test.use({ serviceWorkers: 'block' });

test('the list reads from the right, in Hebrew, with Hebrew dates and counts', async ({ page }, testInfo) => {
  await openLive(page, '/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const heading = page.getByRole('heading', { level: 1, name: 'הכתבות האחרונות' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('4 כתבות בארכיון')).toBeVisible();
  await expect(page.locator('main time').first()).toHaveText('30 ביוני 2024');
  await expectListFromTheRight(page, heading, page.getByRole('button', { name: 'הגדרות קריאה' }));
  await shot(page, testInfo, 'list');
});

test('an article: section, byline, a list inside a list indented from the right, progress from the right', async ({ page }, testInfo) => {
  await openLive(page, `/articles/${BUDGET}`);
  const width = page.viewportSize()!.width;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('הממשלה אישרה את תקציב המדינה לשנה הבאה');
  await expect(page.getByRole('link', { name: 'נועה לוי' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'כלכלה', exact: true }).first()).toBeVisible();
  await expect(page.getByText('הצעת התקציב', { exact: true })).toHaveCSS('font-weight', /^(600|700)$/);

  const inner = page.locator('main article li > ol');
  const outer = inner.locator('xpath=ancestor::ul[1]');
  await expect(inner.getByRole('listitem')).toHaveText(['בינואר, בשלושה אחוזים', 'ביולי, בשני אחוזים נוספים']);
  await inner.scrollIntoViewIfNeeded();
  const [outerBox, innerBox] = [await box(outer), await box(inner)];
  // Nested, it starts further from the right edge than its parent list, and stays inside it.
  expect(outerBox.x + outerBox.width - (innerBox.x + innerBox.width)).toBeGreaterThan(10);
  expect(innerBox.x).toBeGreaterThanOrEqual(outerBox.x - 1);
  await shot(page, testInfo, 'nested-list');

  const bar = page.getByRole('progressbar', { name: 'התקדמות הקריאה' });
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(async () => (await bar.boundingBox())?.width ?? 0).toBeGreaterThan(5);
  const filled = await box(bar);
  expect(Math.abs(filled.x + filled.width - width)).toBeLessThan(1);
  expect(filled.x).toBeGreaterThan(0);
  const [left, right] = await mainExtent(page);
  expect(left).toBeGreaterThanOrEqual(0);
  expect(right).toBeLessThanOrEqual(width);
  await shot(page, testInfo, 'progress');
});

test('search finds a Hebrew word, and the word with a letter missing', async ({ page }, testInfo) => {
  await openLive(page, '/');
  const field = page.getByRole('searchbox', { name: 'חיפוש כתבות' });
  await field.fill('הספרייה');
  const results = page.locator('[data-nav-item]');
  await expect(results.first()).toContainText('הספרייה העירונית נפתחה מחדש');
  await expect(page.getByRole('heading', { level: 1, name: 'תוצאות עבור “הספרייה”' })).toBeVisible();
  // Its passage follows, the word marked in it.
  await expect(results.first().locator('p[dir] mark').first()).toHaveText('הספרייה');
  await shot(page, testInfo, 'search');
  // "רכבת" with its middle letter lost (רבת) still finds the light rail.
  await field.fill('הרכת הקלה');
  await expect(results.first()).toContainText('הרכבת הקלה תפעל');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the ${theme} theme, on the list and an article`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await chooseTheme(page, theme);
    for (const url of ['/', `/articles/${BUDGET}`]) {
      await openLive(page, url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations, url).toEqual([]);
    }
    await shot(page, testInfo, `article-${theme}`);
  });
}
