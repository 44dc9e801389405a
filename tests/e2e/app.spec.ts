import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readRecord, recordLength, writeRecordHead } from '../../src/content/archive/article-pack.ts';
import { expect, openLive, shot, test, holdApp } from './fixtures.ts';

const SEED = '693449e0a82507a3';
/** The articles' packs (content/archive/article-pack.ts). */
const PACK = /\/articles\/\d+\.bin$/;

/** An article's record (a range of its pack, 206) with its file changed by `edit`. */
function editedRecord<T>(record: Buffer, edit: (file: T) => T): Buffer {
  const { neighbours, body } = readRecord(new Uint8Array(record));
  const edited = deflateRawSync(JSON.stringify(edit(JSON.parse(inflateRawSync(body).toString('utf8')) as T)));
  const out = Buffer.alloc(recordLength(neighbours.length, edited.length));
  out.set(edited, writeRecordHead(out, 0, neighbours));
  return out;
}
const TITLE = /^Ukrainian President Volodymyr Zelensky has criticized a call/;

test('user opens the list and reads the seed article', async ({ page }) => {
  await openLive(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  const entry = page.getByRole('link', { name: TITLE });
  await expect(entry).toContainText('November 16, 2024');
  await expect(entry).toContainText('3 min read');
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/articles/')) asked.push(`${new URL(request.url()).pathname} ${request.headers().range ?? ''}`);
  });
  await entry.click();
  await expect(page).toHaveURL(`/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // The list entry said where the article's record is: one range of its pack, and not its page.
  expect(asked).toEqual([expect.stringMatching(/^\/data\/[0-9a-f]+\/articles\/\d+\.bin bytes=\d+-\d+$/)]);
  await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
  await expect(page.locator('article p').filter({ hasText: 'The conversation on Friday was the first time Scholz had spoken with Putin' })).toBeVisible();
  await expect(page).toHaveTitle(/Zelensky .* — The Archive/);
});

test('user searches with a typo and opens the result', async ({ page, isMobile }) => {
  await openLive(page, '/');
  const field = page.getByRole('searchbox', { name: 'Search articles' });
  await field.fill('zelenksy');
  await expect(page).toHaveURL('/search?q=zelenksy');
  const result = page.getByRole('link', { name: TITLE });
  await expect(result.locator('mark').first()).toHaveText('Zelensky');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/1 article found/);
  // The keyboard hint is for keyboards: a touch screen does not show it.
  const hint = page.getByText('Use ↑ and ↓ to move, Enter to open.', { exact: true });
  if (isMobile) await expect(hint).toBeHidden();
  else await expect(hint).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED}\\?hl=zelensky&q=zelensky$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('user reloads deep links on a host without rewrites', async ({ page }) => {
  const article = await openLive(page, `/articles/${SEED}`);
  expect(article?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  const search = await openLive(page, '/search?q=north%20korean%20troops');
  expect(search?.status()).toBe(200);
  await expect(page.getByRole('searchbox')).toHaveValue('north korean troops');
  await expect(page.getByRole('link', { name: TITLE }).locator('mark')).toHaveText(['North', 'Korean', 'troops']);
});

test('a page rendered for another manifest than the one the app reads is drawn afresh, not hydrated into a mix', async ({ page }) => {
  // As when Back brings a page from the browser's cache after a redeploy: the pages name the
  // same scripts, and the manifest (read apart, revalidated) is the new build's. Here its
  // search example differs from the one the search page was rendered with.
  await page.route('**/archive.json', async (route) => {
    const response = await route.fetch();
    const manifest = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...manifest, searchExample: { typo: 'cofee', word: 'coffee' } } });
  });
  const release = await holdApp(page);
  const hint = page.getByRole('main').getByText(/Misspellings are fine/);
  await page.goto('/search');
  await expect(hint).toContainText('geramny finds Germany');
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // The fixture fails the test on the error a hydration mismatch logs.
  await expect(hint).toContainText('cofee finds coffee');
});

test('the app takes a page over from the data file it was rendered from, read once, as the page paints', async ({ page }) => {
  const reads: string[] = [];
  page.on('request', (request) => {
    if (PACK.test(request.url())) reads.push(`${request.url()} ${request.headers().range}`);
  });
  await openLive(page, `/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  // Hydrated, not drawn again: the app's own link handling follows a link without a page load.
  await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  await page.getByRole('link', { name: 'The Archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
  // The article's record alone, by its range: not its pack.
  expect(reads).toEqual([expect.stringMatching(/\/articles\/0\.bin bytes=\d+-\d+$/)]);
});

test('an article page kept from another build, whose data now reads otherwise, is drawn afresh from the current data, not hydrated into a mix', async ({
  page,
}) => {
  // As when Back brings a page from the browser's cache after the article was edited: the
  // page's markup is the old text; the data file the app reads is the new one.
  await page.route(PACK, async (route) => {
    const response = await route.fetch();
    const body = editedRecord(await response.body(), (file: { article: { title: string } }) => ({
      ...file,
      article: { ...file.article, title: 'Edited since' },
    }));
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-length': String(body.length) } });
  });
  const release = await holdApp(page);
  await page.goto(`/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // The fixture fails the test on the error a hydration mismatch logs.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited since');
});

test('a page whose data cannot be read stays as it came, readable, its links working', async ({ page, problems }) => {
  await page.route(PACK, (route) => route.abort('internetdisconnected'));
  const warned = page.waitForEvent('console', (message) => message.type() === 'warning' && /could not be read/.test(message.text()));
  await page.goto(`/articles/${SEED}`);
  await warned;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('article p').filter({ hasText: 'The conversation on Friday was the first time Scholz had spoken with Putin' })).toBeVisible();
  await expect(page.locator('html[data-ready]')).toHaveCount(0);
  await page.getByRole('link', { name: 'The Archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  // The failed request is the browser's own report of what this test did; nothing else is.
  const failed = problems.filter((problem) => /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(problem));
  expect(failed.length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((problem) => !failed.includes(problem)));
});

test("the app's code and the archive's manifest are requested only once the page's text is on screen", async ({ page }) => {
  // Requested sooner, their download and evaluation hold back the paint a reader waits for.
  for (const path of ['/', `/articles/${SEED}`]) {
    await openLive(page, path);
    const { painted, script, manifest } = await page.evaluate(async () => {
      const paints = await new Promise<PerformanceEntryList>((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
      );
      const requested = (pattern: RegExp) => performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name))?.startTime ?? NaN;
      return { painted: paints[0]?.startTime ?? NaN, script: requested(/\/assets\/start-app-[\w-]+\.js$/), manifest: requested(/\/archive\.json$/) };
    });
    expect(painted, path).toBeGreaterThan(0);
    expect(script, path).toBeGreaterThanOrEqual(painted);
    expect(manifest, path).toBeGreaterThanOrEqual(painted);
  }
});

test('a search opened directly draws its results without waiting for the manifest', async ({ page }) => {
  let answer = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/archive.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search?q=zelenksy');
  const result = page.getByRole('link', { name: TITLE });
  await expect(result.locator('mark').first()).toHaveText('Zelensky');
  answer();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/1 article found/);
  await result.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED}\\?hl=zelensky&q=zelensky$`));
});

test('a word typed with look-alike characters finds what the plain word finds', async ({ page }) => {
  await openLive(page, '/');
  const field = page.getByRole('searchbox', { name: 'Search articles' });
  // Full-width letters (a Japanese keyboard), a soft hyphen and a zero-width space (pasted from a page).
  for (const query of ['Ｚｅｌｅｎｓｋｙ', 'Zelen\u00ADsky', 'Zelen\u200Bsky']) {
    await field.fill(query);
    await expect(page.getByRole('main').getByRole('status'), query).toHaveText(/1 article found/);
    await expect(page.getByRole('link', { name: TITLE }).locator('mark').first()).toHaveText('Zelensky');
  }
});

test('user searches with the keyboard alone', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a phone has no keyboard shortcuts');
  await openLive(page, `/articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Sholz Putin call');
  await expect(page).toHaveURL(/\/search\?q=Sholz\+Putin\+call$/);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: TITLE })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED}\\?hl=`));
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=Sholz/);
  await expect(page.getByRole('searchbox')).toHaveValue('Sholz Putin call');
});

test('user sees the empty and no-result states', async ({ page }) => {
  await openLive(page, '/search');
  await expect(page.getByRole('heading', { name: 'Search the archive' })).toBeVisible();
  await page.getByRole('searchbox').fill('xyzzy');
  await expect(page.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No articles found.');
});

test('user meets a not-found page with a way back', async ({ page }) => {
  const unknownArticle = await openLive(page, '/articles/0000000000000000');
  expect(unknownArticle?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No such article' })).toBeVisible();
  const unknownPath = await openLive(page, '/no/such/page');
  expect(unknownPath?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to all articles' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
});

test('touch targets are at least 44 px and the page fits the screen', async ({ page, isMobile }, info) => {
  await openLive(page, `/articles/${SEED}`);
  const targets = [
    page.getByRole('searchbox'),
    page.getByRole('link', { name: 'The Archive' }),
    page.getByRole('button', { name: 'Reading settings', exact: true }),
    page.getByRole('button', { name: 'Share' }),
  ];
  // On a phone the masthead's title is the way back to the list; the back link makes room for the text.
  if (isMobile) await expect(page.getByRole('link', { name: 'All articles' })).toBeHidden();
  else targets.push(page.getByRole('link', { name: 'All articles' }));
  for (const target of targets) {
    const box = await target.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: info.outputPath('article.png'), fullPage: false });
  await openLive(page, '/');
  await page.screenshot({ path: info.outputPath('list.png') });
  await openLive(page, '/search?q=pandoras%20box');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await page.screenshot({ path: info.outputPath('search.png') });
});

test('what a reader types before the app has loaded is kept and searched', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('/');
  await page.getByRole('searchbox').pressSequentially('zelenksy', { delay: 20 });
  release();
  await expect(page).toHaveURL('/search?q=zelenksy');
  await expect(page.getByRole('searchbox')).toHaveValue('zelenksy');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Enter in the search field still reaches the search page', async ({ page }) => {
    await page.goto(`/articles/${SEED}`);
    await page.getByRole('searchbox').fill('zelensky');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\/?\?q=zelensky$/);
  });
});

test('user types a query letter by letter: results follow the keys, the URL follows the pause, Back leaves in one step', async ({ page }, info) => {
  await openLive(page, `/articles/${SEED}`);
  const before = await page.evaluate(() => history.length);
  const field = page.getByRole('searchbox', { name: 'Search articles' });
  const main = page.getByRole('main');
  const result = main.getByRole('link', { name: TITLE });
  const marked = () => result.locator('mark').allTextContents();
  await field.pressSequentially('kreml', { delay: 60 });
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Results for “kreml”');
  await expect(result).toBeVisible();
  await expect.poll(marked).toContain('Kremlin');
  // The next word: the same article, now shown for both words (their marks), under the new heading.
  await field.pressSequentially('in troops', { delay: 60 });
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Results for “kremlin troops”');
  await expect.poll(marked).toContain('troops');
  // A word in no article: the results give way to the notice.
  await field.pressSequentially(' xyzzy', { delay: 60 });
  await expect(main.getByRole('heading', { name: 'Nothing matches' })).toBeVisible();
  await expect(result).toBeHidden();
  await field.press('Backspace');
  await field.press('Backspace');
  await field.press('Backspace');
  await field.press('Backspace');
  await field.press('Backspace');
  await field.press('Backspace');
  await expect(result).toBeVisible();
  // Once typing pauses the URL holds the query; all the keys made one history entry.
  await expect(page).toHaveURL('/search?q=kremlin+troops');
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // The passage around the match fills the result's place.
  await expect(result.locator('p[dir] mark').first()).toBeVisible();
  await shot(page, info, 'typed-search');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, info, 'typed-search-dark');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED}/?$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});
