import { readFileSync } from 'node:fs';
import { expect, openLive, test, holdApp } from './fixtures.ts';

// The 2,127-article BBC corpus (../shared/corpus/bbc), built with SEEDS_DIR.
const corpus = JSON.parse(readFileSync(new URL('../../../shared/corpus/bbc.manifest.json', import.meta.url), 'utf8')) as { files: { date: string }[] };
const dates = corpus.files.map((f) => f.date).sort();
const longDate = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const entries = (page: import('@playwright/test').Page) => page.locator('main ol > li');

test('a search with a typo finds the right article, and opening it reads it', async ({ page }) => {
  await openLive(page, '/');
  await page.getByRole('searchbox').fill('time warnr profit');
  const first = page.locator('[data-nav-item]').first();
  await expect(first.getByRole('heading')).toHaveText('Ad sales boost Time Warner profit');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ad sales boost Time Warner profit');
  await expect(page.getByText(/^Quarterly profits at US media giant TimeWarner jumped 76%/)).toBeVisible();
});

test('on a host that ignores ranges, a result’s passage and the article are read from their whole pack', async ({ page }) => {
  // The host sends the whole pack (200) for a range it does not honour, as a cache that ignores ranges does.
  const answers: string[] = [];
  await page.context().route(/\/articles\/\d+\.bin$/, async (route) => {
    const { range, ...headers } = route.request().headers();
    const response = await route.fetch({ headers });
    answers.push(`${response.status()} for ${range ? 'a range' : 'the pack'}`);
    await route.fulfill({ response });
  });
  await openLive(page, '/');
  await page.getByRole('searchbox').fill('time warnr profit');
  const first = page.locator('[data-nav-item]').first();
  await expect(first.getByRole('heading')).toHaveText('Ad sales boost Time Warner profit');
  // The passages come from records taken out of whole packs of some 33 records each.
  await expect(first.locator('p[dir] mark').first()).toHaveText(/^(time|warner|profits?)$/i);
  await expect(first.locator('p[dir]')).toContainText('Time Warner said on Friday that it now owns 8% of search-engine Google');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ad sales boost Time Warner profit');
  await expect(page.getByText(/^Quarterly profits at US media giant TimeWarner jumped 76%/)).toBeVisible();
  expect(answers.length).toBeGreaterThan(1);
  expect(new Set(answers)).toEqual(new Set(['200 for a range']));
});

/** Keeps the first result's element, to tell later whether the app took it over or made it anew. */
const keepFirstResult = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ((window as unknown as { keptResult: Element | null }).keptResult = document.querySelector('[data-nav-item]')));
const isKeptFirstResult = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.querySelector('[data-nav-item]') === (window as unknown as { keptResult: Element | null }).keptResult);

test('a search page opened directly shows its results before the app has loaded, and the app takes over the same results', async ({ page }) => {
  const release = await holdApp(page);
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shifted += (e as unknown as { value: number }).value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await page.goto('/search?q=goverment%20budget');
  const results = page.locator('[data-nav-item]');
  await expect(results).toHaveCount(10);
  // Titles and passages with the matches marked, and the page's field, title and count, all before the app.
  await expect(results.first().getByRole('heading').locator('mark').first()).toHaveText(/^(government|budget)(['’]s)?$/i);
  await expect(results.first().locator('p[dir] mark').first()).toHaveText(/^(government|budget)(['’]s)?$/i);
  await expect(page.getByRole('searchbox')).toHaveValue('goverment budget');
  await expect(page).toHaveTitle(/^“goverment budget” — search/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Showing results for government budget\. \d+ articles found/);
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
  const drawn = await page.getByRole('main').innerHTML();
  await keepFirstResult(page);

  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // React takes over the drawn results as they are (hydrates them, the fixture failing the
  // test on a mismatch): the same elements, not made anew, so nothing moves.
  expect(await page.getByRole('main').innerHTML()).toBe(drawn);
  expect(await isKeptFirstResult(page)).toBe(true);
  // One run in four measures a shift of 0.0006 (a few pixels of one small box; the cause is
  // not yet found, and named in issue 13's closing note): well under the 0.01 the project
  // holds Lighthouse's CLS to, and still far from any visible jump.
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.001);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(20);
});

test('a search page whose passages arrive after the app took over its early results shows them in place', async ({ page }) => {
  const release = await holdApp(page);
  // The articles' texts, which the passages are picked from, are held until the app has the page.
  let deliver = () => {};
  const texts = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(/\/articles\/\d+\.bin$/, async (route) => {
    await texts;
    await route.continue();
  });
  await page.goto('/search?q=goverment%20budget');
  const results = page.locator('[data-nav-item]');
  await expect(results).toHaveCount(10);
  await expect(results.first().locator('p[dir]')).toBeEmpty();
  await keepFirstResult(page);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  deliver();
  await expect(results.first().locator('p[dir] mark').first()).toHaveText(/^(government|budget)(['’]s)?$/i);
  // The last one's, below the screen, once the reader scrolls to it.
  await results.nth(9).scrollIntoViewIfNeeded();
  await expect(results.nth(9).locator('p[dir]')).not.toBeEmpty();
  expect(await isKeptFirstResult(page)).toBe(true);
});

test('results appear while typing, before the word is finished, searched off the main thread', async ({ page }) => {
  await openLive(page, '/');
  await expect(entries(page)).toHaveCount(50);
  const worker = page.waitForEvent('worker');
  await page.getByRole('searchbox').pressSequentially('chels', { delay: 60 });
  expect((await worker).url()).toMatch(/\/assets\/search-worker-[\w-]+\.js$/);
  await expect(page).toHaveURL('/search?q=chels');
  await expect(page.locator('[data-nav-item]').first().locator('mark').first()).toHaveText(/^Chelsea$/i);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ articles found/);
});

test('the list pages through to the oldest article', async ({ page }) => {
  await openLive(page, '/');
  await expect(page.getByText('2,127 articles in the archive')).toBeVisible();
  await page.getByRole('link', { name: 'Oldest page' }).click();
  await expect(page).toHaveURL('/page/43');
  await expect(page.getByText('Page 43 of 43')).toBeVisible();
  await expect(entries(page)).toHaveCount(2127 - 42 * 50);
  const last = entries(page).last();
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('time')).toHaveText(longDate(dates[0]!));
  await expect(page.getByRole('link', { name: 'Older page' })).toHaveCount(0);
});

test('the list narrows to a year and a month', async ({ page }) => {
  await openLive(page, '/');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2005');
  await expect(page).toHaveURL('/archive/2005');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles from 2005');
  // The year lists its months, each with its count, newest first; they add up to the year.
  const months = [...new Set(dates.filter((d) => d.startsWith('2005-')).map((d) => d.slice(0, 7)))].sort().reverse();
  await expect(entries(page)).toHaveCount(months.length);
  await expect(entries(page).first().getByRole('heading')).toHaveText(longDate(`${months[0]}-01`).replace(/ 1,/, ''));
  const inFirst = dates.filter((d) => d.startsWith(months[0]!)).length;
  await expect(entries(page).first()).toContainText(`${inFirst} articles`);
  await page.getByRole('combobox', { name: 'Month' }).selectOption('03');
  await expect(page).toHaveURL('/archive/2005/03');
  const inMarch = dates.filter((d) => d.startsWith('2005-03')).length;
  await expect(page.getByText(`${inMarch} articles`, { exact: true })).toBeVisible();
  await expect(entries(page)).toHaveCount(50);
  for (const text of await entries(page).locator('time').allTextContents()) expect(text).toMatch(/^March \d+, 2005$/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Month' })).toHaveValue('03');
});

test("a year's later pages, which a year no longer has, lead to the year on a static host", async ({ page }) => {
  // No file is written for them, so the host serves 404.html, and the app goes on to the year.
  await openLive(page, '/archive/2005/page/3');
  await expect(page).toHaveURL('/archive/2005');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles from 2005');
});

test('back from an article returns to the same page and place in the list', async ({ page }) => {
  await openLive(page, '/page/3');
  const entry = entries(page).nth(30).getByRole('link');
  await entry.scrollIntoViewIfNeeded();
  const title = await entry.getByRole('heading').textContent();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  await entry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await page.goBack();
  await expect(page).toHaveURL(/\/page\/3\/?$/);
  await expect(entries(page).nth(30).getByRole('heading')).toHaveText(title!);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a later page of the list is headed by its page, prerendered and in the app alike; its pagination is one row', async ({ page, browser }, testInfo) => {
    await openLive(page, '/page/3');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Older articles, page 3');
    await expect(page).toHaveTitle('Older articles, page 3 — The Archive');
    const nav = page.getByRole('navigation', { name: 'Pages' });
    // One row: every item's vertical middle on one line.
    const middles = await nav
      .locator('> *')
      .evaluateAll((items) => items.map((item) => Math.round((item.getBoundingClientRect().top + item.getBoundingClientRect().bottom) / 2)));
    expect(new Set(middles).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await nav.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('page-3.png') });
    // Without the app, the prerendered page says the same.
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(new URL('/page/3', page.url()).href);
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Older articles, page 3');
    await expect(plain).toHaveTitle('Older articles, page 3 — The Archive');
    await plain.close();
  });

  test('the list shows more than three entries a screen', async ({ page }) => {
    await openLive(page, '/');
    const tops = await page.locator('[data-nav-item]').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
    expect(tops.filter((top) => top < 740).length).toBeGreaterThanOrEqual(4);
  });
});
