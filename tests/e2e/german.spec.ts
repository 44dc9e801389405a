// A German edition (tests/fixtures/app-seeds built with SITE_LANGUAGE=de), at 360 and 1440 px:
// the prerendered page and the live app say and date everything in German, whatever the
// browser's own language (a switch after hydration would be a console error here), and the
// longer German words fit (issue 17).
import AxeBuilder from '@axe-core/playwright';
import { chooseTheme, expect, holdApp, openLive, shot, test } from './fixtures.ts';
import { filterArrows } from './measure.ts';

test.use({ serviceWorkers: 'block', locale: 'en-US' });

test('the list, its filter and an article speak German before and after the app takes over', async ({ page, isMobile }, testInfo) => {
  // Before the app's code runs: the prerendered page; then the same once the app has taken it over.
  const release = await holdApp(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Neueste Artikel' })).toBeVisible();
  await expect(page.locator('main time').first()).toHaveText('16. November 2024');
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Neueste Artikel' })).toBeVisible();
  await expect(page.locator('main time').first()).toHaveText('16. November 2024');
  await expect(page.getByText('4 Artikel im Archiv')).toBeVisible();
  await expect(page.getByText('3 Min. Lesezeit').first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Artikel durchsuchen' })).toHaveAttribute('placeholder', 'Archiv durchsuchen');
  // Nothing spills sideways with the longer German words.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // Each filter's arrow stands clear of the pill's curve, in its middle.
  for (const { clearance, offCentre } of await filterArrows(page)) {
    expect(clearance).toBeGreaterThanOrEqual(14);
    expect(clearance).toBeLessThanOrEqual(20);
    expect(offCentre).toBeLessThan(1);
  }
  await shot(page, testInfo, 'list');

  await page.getByRole('combobox', { name: 'Jahr' }).selectOption('2024');
  await expect(page.getByRole('heading', { level: 1, name: 'Archiv: 2024' })).toBeVisible();
  await expect(page).toHaveTitle('Archiv: 2024 — The Archive');
  // The year's months, named and counted in German.
  await page.getByRole('link', { name: 'Mai 2024 1 Artikel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Archiv: Mai 2024' })).toBeVisible();

  await page.getByRole('link', { name: /^A title the author chose/ }).click();
  await expect(page.getByText('Von Jane Doe · The Daily Example')).toBeVisible();
  if (!isMobile) await expect(page.getByRole('link', { name: 'Alle Artikel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Teilen' })).toBeVisible();
  await shot(page, testInfo, 'article');
});

test('the search page and the not-found page speak German', async ({ page }, testInfo) => {
  await openLive(page, '/search?q=zelensky');
  await expect(page.getByRole('heading', { level: 1, name: 'Ergebnisse für „zelensky“' })).toBeVisible();
  await expect(page.getByRole('region').getByText('1 Artikel gefunden.')).toBeVisible();
  await shot(page, testInfo, 'search');
  await openLive(page, '/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zurück zu allen Artikeln' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the ${theme} theme`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await chooseTheme(page, theme);
    await openLive(page, '/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations).toEqual([]);
    await shot(page, testInfo, `list-${theme}`);
  });
}
