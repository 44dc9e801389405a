// Markdown seeds (tests/fixtures/markdown-seeds, one in a year folder under a CMS slug name
// with its id pinned in the front matter) beside a plain one, at 360 and 1440 px: the
// reader shows their headings, lists, quotations, code, emphasis and outside links as a
// reader expects, raw HTML and script links stay text, and search finds and marks words inside
// emphasis (issue 17). A list page is first painted with its filter whole, however its HTML arrives.
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, openLive, openThemed, shot, test } from './fixtures.ts';
import { box, shifts, watchShifts } from './measure.ts';
import { stallingHost } from './stalling-host.ts';

const BUDGET = '/articles/d000000000000001';

test.use({ serviceWorkers: 'block' });

const style = (locator: Locator, property: string) => locator.evaluate((el, property) => getComputedStyle(el).getPropertyValue(property), property);

test('a Markdown article reads with its headings, lists, quotation, code and links', async ({ page }, testInfo) => {
  // Opened directly, as a shared link is: the prerendered page of a plain static host.
  await openLive(page, BUDGET);
  const body = page.locator('.reader-body');
  await expect(page.getByRole('heading', { level: 1, name: 'Council agrees budget after an eleven-hour sitting' })).toBeVisible();
  await expect(body.getByRole('heading', { level: 2 })).toHaveText(['What changes for residents', 'How the vote went']);
  const text = await box(body.locator('p').first());

  // Emphasis is set in bold and italic type.
  expect(Number(await style(body.getByText('eleven hours', { exact: true }), 'font-weight'))).toBeGreaterThanOrEqual(600);
  expect(await style(body.locator('em', { hasText: 'fair' }), 'font-style')).toBe('italic');

  // A bulleted list and a numbered one: their markers stand in the margin, the items indented from the text.
  const bullets = body.locator('ul').first();
  await expect(bullets.getByRole('listitem')).toHaveCount(4);
  expect(await style(bullets, 'list-style-type')).toBe('disc');
  const numbered = body.locator('ol');
  expect(await style(numbered, 'list-style-type')).toBe('decimal');
  await expect(numbered.getByRole('listitem')).toHaveCount(3);
  expect((await box(bullets.getByRole('listitem').first())).x).toBeGreaterThan(text.x + 8);

  // The quotation is set off by its rule; the code keeps its own face and lines, on a tint.
  const quote = body.locator('blockquote');
  await expect(quote.locator('p')).toHaveCount(2);
  expect(parseFloat(await style(quote, 'border-inline-start-width'))).toBeGreaterThan(0);
  const code = body.locator('pre');
  await expect(code).toHaveText('fare_2025 = round(fare_2024 * 1.04, 2)  # "rounded to the penny"');
  expect(await style(code, 'font-family')).toMatch(/mono/i);
  expect(await style(code, 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
  // The code fits the screen: it wraps rather than widen the page.
  const page_ = page.viewportSize()!;
  expect((await box(code)).x + (await box(code)).width).toBeLessThanOrEqual(page_.width);

  // An outside link carries a visible mark on the line of its last word, and says where it goes.
  const link = body.getByRole('link', { name: /^published minutes\s\(opens another site\)$/ });
  await expect(link).toHaveAttribute('href', 'https://example.org/minutes/2024-06-03');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const mark = link.locator('[aria-hidden="true"]');
  const markBox = await box(mark);
  expect(markBox.width).toBeGreaterThan(4);
  const lastWord = await link.evaluate((a) => {
    const range = document.createRange();
    const node = a.firstChild!;
    range.setStart(node, node.textContent!.length - 1);
    range.setEnd(node, node.textContent!.length);
    const rect = range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
  expect(Math.abs(markBox.y + markBox.height / 2 - (lastWord.top + lastWord.bottom) / 2)).toBeLessThan(8);

  // Raw HTML and a script link are text a reader sees, never elements.
  await expect(body.getByText('A reader’s comment that arrived as <b>raw HTML</b> is shown as written, and so is this trick.')).toBeVisible();
  expect(await body.locator('b, script, a[href^="javascript"]').count()).toBe(0);
  await shot(page, testInfo, 'markdown-article', { fullPage: true });
});

test('the plain seed beside them keeps its asterisks as text', async ({ page }) => {
  await openLive(page, '/articles/d000000000000003');
  await expect(page.locator('.reader-body').getByText('*its asterisks*', { exact: false })).toBeVisible();
  expect(await page.locator('.reader-body em').count()).toBe(0);
});

test('search finds a word set in italics, and the reader marks it there', async ({ page }) => {
  await openLive(page, '/');
  await page.getByRole('searchbox').first().fill('marigold');
  const result = page.getByRole('link', { name: /Harbour dredging starts in the autumn/ });
  await expect(result).toBeVisible();
  await result.click();
  const marked = page.locator('.reader-body em mark');
  await expect(marked).toHaveText('Marigold');
  expect((await box(marked)).width).toBeGreaterThan(10);
});

test('an article leads to its section’s and its author’s pages, which a static host answers with 200', async ({ page, request }, testInfo) => {
  await openLive(page, BUDGET);
  // The section stands above the headline, in the accent, and leads to the section's articles.
  const section = page.getByRole('list', { name: 'Sections' }).getByRole('link', { name: 'Politics' });
  const headline = page.getByRole('heading', { level: 1 });
  expect((await box(section)).y + (await box(section)).height).toBeLessThanOrEqual((await box(headline)).y);
  await section.click();
  await expect(page).toHaveURL(/\/sections\/politics$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Articles in Politics' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /Council agrees budget|Harbour dredging/ })).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('politics');
  await shot(page, testInfo, 'section-page');

  // The byline's name leads to the author's articles.
  await openLive(page, BUDGET);
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Articles by Ana Ruiz' })).toBeVisible();
  await expect(page).toHaveURL(/\/authors\/ana-ruiz$/);

  // Both are prerendered pages of their own, opened directly on a host without rewrites.
  for (const path of ['/sections/politics/', '/sections/harbour/', '/authors/ana-ruiz/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toMatch(/<h1[^>]*>Articles (in|by) /);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`a Markdown article passes axe in the ${theme} theme`, async ({ page }, testInfo) => {
    await openThemed(page, BUDGET, theme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await shot(page, testInfo, `markdown-${theme}`);
  });
}

test('a list page whose connection stalls after its filter’s first choice is first painted whole: nothing moves when the rest arrives', async ({
  browser,
  baseURL,
}) => {
  const host = await stallingHost(baseURL!, '/', /<\/select>/);
  // Its own context: the page is on the stalling host's origin, which the usual page's watch for other origins would flag.
  const { viewport, isMobile, hasTouch, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ serviceWorkers: 'block', viewport, isMobile, hasTouch, deviceScaleFactor });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await watchShifts(page);
    const stylesheet = page.waitForResponse(/\.css$/);
    await page.goto(host.url, { waitUntil: 'commit' });
    await stylesheet;
    await expect.poll(() => page.locator('form select').count()).toBe(1);
    // A stall a phone's network can make: long enough for a browser that would paint half a
    // filter to do so (a frame), which this page's head tells it not to.
    await page.waitForTimeout(500);
    const releasedAt = await page.evaluate(() => performance.now());
    host.release();
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('form select')).toHaveCount(4);
    expect(await shifts(page)).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('first-paint')[0]?.startTime)).toBeGreaterThan(releasedAt);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});
