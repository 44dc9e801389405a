// Search on the BBC corpus as a reader uses it: corrected queries that say so, the exact
// search behind them, the match bar, searching from an article and coming back, the page
// without JavaScript, and the hint drawn from the archive's own words.
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, openLive, shot, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });
// The BBC pages are large and the first search loads the index: room for a slow machine.
test.describe.configure({ timeout: 90_000 });
const slow = { timeout: 20_000 };

/** Saves a screenshot at 360 and 1440 px, light and dark, in the test's folder (the page is reloaded for each theme). */
async function shots(page: Page, testInfo: TestInfo, name: string, ready: (page: Page) => Promise<void>) {
  const url = page.url();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => localStorage.setItem('archive.reader-settings', JSON.stringify({ theme: t })), theme);
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await openLive(page, url);
      await ready(page);
      await shot(page, testInfo, `${name}-${width}-${theme}`);
    }
  }
  await page.evaluate(() => localStorage.removeItem('archive.reader-settings'));
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a misspelled name is read in the light of the other words, says so, and can be searched as typed', async ({ page }, testInfo) => {
  // Eight screenshots of the BBC pages, each loaded afresh.
  test.setTimeout(180_000);
  await openLive(page, '/');
  await page.getByRole('searchbox').fill('tony blare');
  await expect(page).toHaveURL('/search?q=tony+blare');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Showing results for tony blair', slow);
  await expect(page.getByRole('heading', { level: 1 }).locator('em')).toHaveText('tony blair');
  // As many as "tony blair" finds, not the two articles "blame" and "blake" shared with "tony".
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Showing results for tony blair\. 148 articles found/);
  await expect(page.locator('[data-nav-item]').first().locator('mark').first()).toHaveText(/^(Tony|Blair)$/);
  await shots(page, testInfo, 'corrected-results', async (p) => {
    await expect(p.getByRole('heading', { level: 1 })).toHaveText('Showing results for tony blair', slow);
    await expect(p.locator('[data-nav-item] p[dir] mark').first()).toBeVisible(slow);
  });

  // The article opened from the results names the search as corrected, not every reading matched.
  await page.locator('[data-nav-item]').first().click();
  const bar = page.getByRole('region', { name: 'Search matches' });
  await expect(bar).toBeVisible(slow);
  await expect(bar.getByText('tony blair', { exact: true })).toBeVisible();
  await expect(bar).not.toContainText('blame');
  await shots(page, testInfo, 'article-match-bar', async (p) => {
    await expect(p.getByRole('region', { name: 'Search matches' })).toBeVisible(slow);
  });

  await openLive(page, '/search?q=tony+blare');
  await page.getByRole('link', { name: 'tony blare' }).click();
  await expect(page).toHaveURL('/search?q=tony+blare&exact');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “tony blare”');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible(slow);
  await expect(page.getByRole('searchbox')).toHaveValue('tony blare');
});

test('a reader can search from an article and come back to the same place with Esc, or with Back', async ({ page }) => {
  await openLive(page, '/search?q=tony+blair');
  const href = await page.locator('[data-nav-item]').first().getAttribute('href');
  const path = href!.replace(/\?.*$/, '');
  // The static host answers /articles/<id> with a redirect to /articles/<id>/.
  const article = new RegExp(`${path}/?$`);
  await openLive(page, path);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  // Let the scroll settle before noting where the reader is.
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
  const at = await page.evaluate(() => window.scrollY);

  await page.keyboard.press('/');
  await page.keyboard.type('chelsea', { delay: 30 });
  await expect(page).toHaveURL('/search?q=chelsea');
  await expect(page.locator('[data-nav-item]').first()).toBeVisible(slow);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(article);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(at);

  await page.keyboard.press('/');
  await page.keyboard.type('brown', { delay: 30 });
  await expect(page).toHaveURL('/search?q=brown');
  await expect(page.locator('[data-nav-item]').first()).toBeVisible(slow);
  await page.goBack();
  await expect(page).toHaveURL(article);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(at);
});

test('the search page offers an example from the archive’s own words, and the search corrects it', async ({ page }) => {
  await openLive(page, '/search');
  await expect(page.getByText(/Misspellings are fine/)).toHaveText('Type a word or phrase in the search field. Misspellings are fine: labuor finds Labour.');
  await page.getByRole('searchbox').fill('labuor ');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Showing results for labour', slow);
  await expect(page.locator('[data-nav-item]').first().locator('mark').first()).toHaveText(/^Labour/);
});

/**
 * Types "th" into the front page's field in a fresh page of a new context, where `unreachable`
 * files answer 404; returns the paths fetched when its ten results were drawn, and what the page shows.
 */
async function typeTh(browser: Browser, unreachable: string[]) {
  const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
  for (const files of unreachable) await context.route(files, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  const into = await context.newPage();
  const fetched: string[] = [];
  // The context sees the search worker's requests too.
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openLive(into, '/');
  await into.getByRole('searchbox').pressSequentially('th');
  await expect(into.getByRole('heading', { level: 1 })).toHaveText('Results for “th”', slow);
  const results = into.locator('[data-nav-item]');
  await expect(results).toHaveCount(10);
  const drawn = [...fetched];
  // Every result's passage, with its matches marked: those below the screen once scrolled to.
  await expect(results.locator('p[dir] mark')).not.toHaveCount(0, slow);
  await results.last().scrollIntoViewIfNeeded();
  await expect(results.locator('p[dir]:empty')).toHaveCount(0, slow);
  const shown = {
    titles: await results.getByRole('heading').allTextContents(),
    passages: await results.locator('p[dir]').allTextContents(),
    marks: await results.locator('mark').allTextContents(),
    status: await into.getByRole('main').getByRole('status').textContent(),
  };
  await context.close();
  return { drawn, shown };
}

test('a two-letter word typed is answered by one file the build wrote, passages and all, as the search in the browser would answer it', async ({ browser }) => {
  const answered = await typeTh(browser, []);
  const files = (folder: string) =>
    answered.drawn.filter((path) => path.includes(`/search/${folder}/`) || (folder === 'records' && path.includes('/articles/')));
  // The answers of "t" and "th" (or of "th" alone, when the second key overtook the first before its fetch).
  expect(files('answers').length).toBeGreaterThanOrEqual(1);
  expect(files('answers').length).toBeLessThanOrEqual(2);
  // No result rows, no article texts for the passages: "t" and "th" fetched their answers alone.
  expect(files('rows')).toEqual([]);
  expect(files('records')).toEqual([]);
  const searched = await typeTh(browser, ['**/search/answers/**']);
  expect(searched.drawn.filter((path) => path.includes('/search/rows/')).length).toBeGreaterThan(1);
  expect(answered.shown).toEqual(searched.shown);
  expect(answered.shown.passages.join(' ')).toMatch(/\bth/i);
});

test('a search reads the passages of the results on the screen at once, and the others’ as the reader scrolls to them', async ({ page }) => {
  // Article records (ranges of the packs), which passages are picked from.
  const records: string[] = [];
  page.context().on('request', (request) => {
    if (/\/articles\/\d+\.bin$/.test(new URL(request.url()).pathname)) records.push(request.headers().range ?? 'whole');
  });
  await openLive(page, '/search?q=election');
  const results = page.locator('[data-nav-item]');
  await expect(results).toHaveCount(10, slow);
  const height = page.viewportSize()!.height;
  // As many as a screen holds (src/app/search.ts: a result is at least 150 px tall).
  const first = Math.ceil(height / 150);
  const passages = results.locator('p[dir]');
  for (let i = 0; i < first; i++) await expect(passages.nth(i)).not.toBeEmpty(slow);
  // Those on the screen have theirs, drawn there: text in a box of three lines.
  const onScreen = await results.evaluateAll((items, h) => items.filter((item) => item.getBoundingClientRect().top < h).length, height);
  expect(onScreen).toBeGreaterThan(1);
  expect(onScreen).toBeLessThanOrEqual(first);
  const box = (await passages.nth(onScreen - 1).boundingBox())!;
  expect(box.height).toBeGreaterThan(40);
  // The others, below the screen, keep their places empty, and their articles were not fetched.
  expect((await results.nth(first).boundingBox())!.y).toBeGreaterThanOrEqual(height);
  for (let i = first; i < 10; i++) await expect(passages.nth(i)).toBeEmpty();
  expect(records).toHaveLength(first);
  // Scrolled to, they come.
  await results.nth(first).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-nav-item] p[dir]:empty')).toHaveCount(0, slow);
  expect(records).toHaveLength(10);
  await expect(passages.nth(first)).toBeInViewport();
});

test('a word’s first letters typed on the front page are answered by the page itself, while the search worker has not started', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
  // The worker's script never arrives, as on a slow connection.
  const held: string[] = [];
  await context.route(/\/search-worker-[^/]*\.js$/, (route) => void held.push(route.request().url()));
  const page = await context.newPage();
  await openLive(page, '/');
  await page.getByRole('searchbox').pressSequentially('th');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “th”', slow);
  const results = page.locator('[data-nav-item]');
  await expect(results).toHaveCount(10);
  await expect(results.locator('p[dir]')).toHaveCount(10);
  await expect(results.first().locator('p[dir] mark').first()).toBeVisible();
  // Its worker was asked for meanwhile: it fetches what the next key needs.
  expect(held).toHaveLength(1);
  await context.close();
});

test('a two-letter word searched in the browser draws its results from one head file, and from its shards when that file cannot be had', async ({
  browser,
}) => {
  // "th" is read as its commonest completions, whose postings lie in seven shards or more of
  // the BBC index: the build writes them together in one head file too. (Its answer file is
  // left out, as offline, where the worker searches what the reader typed.)
  const withHead = await typeTh(browser, ['**/search/answers/**']);
  const heads = withHead.drawn.filter((path) => path.includes('/search/heads/'));
  expect(heads).toHaveLength(1);
  // Only the shard of "t", the first key's word: the head file brought the rest.
  expect(withHead.drawn.filter((path) => path.includes('/search/postings/')).length).toBeLessThanOrEqual(1);

  const fallback = await typeTh(browser, ['**/search/answers/**', '**/search/heads/**']);
  expect(fallback.drawn.filter((path) => path.includes('/search/postings/')).length).toBeGreaterThanOrEqual(7);
  expect(fallback.shown).toEqual(withHead.shown);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a submitted search says plainly that search needs JavaScript', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByRole('searchbox').fill('tony blair');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\/?\?q=tony\+blair$/);
    // What the page shows (innerText leaves out what is not rendered): the notice, not the
    // invitation to type, which cannot work.
    const shown = await page.getByRole('main').innerText();
    expect(shown).toContain('Search needs JavaScript: the archive is searched in your browser, and JavaScript is turned off.');
    expect(shown).not.toContain('Type a word or phrase');
    const path = testInfo.outputPath('search-without-javascript.png');
    await page.screenshot({ path });
    await testInfo.attach('search-without-javascript', { path, contentType: 'image/png' });
  });
});

test('each result’s row is read alone, by the range of its slot; from a host that ignores ranges, whole files give the same results', async ({ browser }) => {
  async function search(hostIgnoresRanges: boolean) {
    const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
    // The context sees the search worker's requests too.
    if (hostIgnoresRanges)
      await context.route('**/search/rows/**', async (route) => {
        const { range: _, ...headers } = route.request().headers();
        await route.fulfill({ response: await route.fetch({ headers }) });
      });
    const rows: Promise<{ range: string | undefined; status: number; bytes: number }>[] = [];
    context.on('response', (response) => {
      if (response.url().includes('/search/rows/'))
        rows.push(response.body().then((body) => ({ range: response.request().headers().range, status: response.status(), bytes: body.byteLength })));
    });
    const page = await context.newPage();
    await openLive(page, '/search?q=tony+blair');
    const results = page.locator('[data-nav-item]');
    await expect(results).toHaveCount(10, slow);
    const titles = await results.getByRole('heading').allTextContents();
    await context.close().catch(() => undefined);
    return { titles, rows: await Promise.all(rows) };
  }
  const ranged = await search(false);
  // Ten results, ten rows (one more for a row longer than its slot), each the range asked for.
  expect(ranged.rows.length).toBeGreaterThanOrEqual(10);
  for (const { range, status, bytes } of ranged.rows) {
    expect(status).toBe(206);
    const [, start, end] = /^bytes=(\d+)-(\d+)$/.exec(range ?? '') ?? [];
    expect(bytes).toBe(Number(end) - Number(start) + 1);
  }
  // The slots are one width, and narrow: a row is not a file.
  const slot = Math.min(...ranged.rows.map((row) => row.bytes));
  expect(slot).toBeLessThanOrEqual(256);
  expect(ranged.rows.filter((row) => row.bytes === slot).length).toBeGreaterThanOrEqual(10);

  const whole = await search(true);
  expect(whole.rows.length).toBeGreaterThan(0);
  expect(whole.rows.every((row) => row.status === 200 && row.bytes > 100 * slot)).toBe(true);
  expect(whole.titles).toEqual(ranged.titles);
});
