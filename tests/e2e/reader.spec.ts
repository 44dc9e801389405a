// The reader's journeys (issue 5), at 360 px and 1440 px, over a small site of four
// articles: settings, position, keyboard, search → passage, share, print and accessibility.
// Each journey saves a screenshot of where it ends (test-results/<test>/<name>.png).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, holdApp, openLive, shot, test } from './fixtures.ts';
import { box, charsPerLine, shifts, watchShifts } from './measure.ts';
import { READING_LOG_KEY } from '../../src/content/reader/reading-log.ts';
import { TEXT_SIZES } from '../../src/content/reader/reader-settings.ts';

const SEED = '693449e0a82507a3';

// These journeys are about the page itself; the service worker (tested in offline.spec.ts)
// would answer the app's code from its cache, out of reach of page.route.
test.use({ serviceWorkers: 'block' });

/** Chooses a reading setting in the panel, opening it first. */
async function choose(page: Page, label: string) {
  const toggle = page.getByRole('button', { name: 'Reading settings', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('dialog', { name: 'Reading settings' }).getByText(label, { exact: true }).click();
}

test('reader settings apply at once, stay after a reload and are there before the first paint', async ({ page }, testInfo) => {
  await openLive(page, `/articles/${SEED}`);
  const body = page.locator('.reader-body');
  const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await choose(page, 'Dark');
  await choose(page, 'Sans-serif');
  await choose(page, 'Wide');
  await choose(page, 'Loose');
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.getByText('Size 5 of 7')).toBeVisible();
  const after = await body.evaluate((el) => ({
    size: parseFloat(getComputedStyle(el).fontSize),
    font: getComputedStyle(el).fontFamily,
    leading: getComputedStyle(el).lineHeight,
  }));
  expect(after.size).toBeGreaterThan(before);
  expect(after.font).toMatch(/system-ui/);
  await shot(page, testInfo, 'settings');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reading settings', exact: true })).toBeFocused();

  // The prerendered page, before any module script runs, already wears the settings: the
  // app's code is held back while we look.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/articles/${SEED}`, { waitUntil: 'commit' });
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-size', '5');
  await expect(html).toHaveAttribute('data-font', 'sans');
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
  const background = await html.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(250, 248, 243)');
  expect(await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(after.size);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.unroute('**/assets/*.js');
  await openLive(page, `/articles/${SEED}`);
  await page.getByRole('button', { name: 'Reading settings', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await choose(page, 'System');
  await expect(html).not.toHaveAttribute('data-theme');
});

test('the progress bar fills across the screen as the reader reads', async ({ page }, testInfo) => {
  await openLive(page, `/articles/${SEED}`);
  const bar = page.getByRole('progressbar', { name: 'Reading progress' });
  const width = () => bar.evaluate((el) => el.getBoundingClientRect().width);
  const screen = page.viewportSize()!.width;
  expect(await width()).toBeLessThan(2);
  // Halfway through the text.
  await page.evaluate(() => {
    const body = document.querySelector('.reader-body')!.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + body.top + (body.height - window.innerHeight) / 2);
  });
  await expect.poll(width).toBeGreaterThan(screen * 0.4);
  expect(await width()).toBeLessThan(screen * 0.6);
  await expect(bar).toHaveAttribute('aria-valuenow', /^(4|5)\d$/);
  await shot(page, testInfo, 'progress-half');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(width).toBeGreaterThan(screen * 0.99);
});

test('the place in an article is kept: the list marks it and offers to continue, and it reopens there', async ({ page }, testInfo) => {
  await openLive(page, `/articles/${SEED}`);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  // Part-way through the text, with its end still below the screen: measured against the
  // text itself, since the page below it (related articles) grows as it loads.
  const scrollInto = (share: number) =>
    page.locator('.reader-body').evaluate((body, share) => {
      const rect = body.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + rect.top + rect.height * share);
      return body.getBoundingClientRect().bottom > window.innerHeight;
    }, share);
  expect(await scrollInto(0.3)).toBe(true);
  await expect.poll(() => progress.getAttribute('aria-valuenow').then(Number)).toBeGreaterThan(20);
  expect(await scrollInto(0.4)).toBe(true);
  // The place is kept once the reader stops, without waiting for them to leave.
  const kept = () =>
    page.evaluate((id) => (JSON.parse(localStorage.getItem('archive.reading-log') ?? '{}') as Record<string, { position: number }>)[id]?.position ?? 0, SEED);
  await expect.poll(kept).toBeGreaterThan(0.3);
  // Leaves by the masthead, which slid away while reading down and comes back on the way up.
  const masthead = page.getByRole('banner');
  await expect.poll(() => masthead.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
  await page.mouse.move(100, 300);
  await page.mouse.wheel(0, -100);
  // Wholly back before it is clicked: a click on a masthead still sliding in misses, and
  // Playwright's retries scroll the page towards its top, which is a different place to keep.
  await expect.poll(() => masthead.evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
  const leftAt = await kept();
  await page.getByRole('link', { name: 'The Archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  // The place kept on leaving is the place the reader was at, not the top the list opens at.
  expect(await kept()).toBeGreaterThan(leftAt - 0.1);
  const resume = page.getByRole('link', { name: /Continue reading/ });
  await expect(resume).toContainText('Ukrainian President');
  await expect(resume).toContainText(/\d+% read/);
  // Enough of the title to know the article by: two lines on a phone, not a few words.
  const resumeTitle = resume.getByText(/^Ukrainian President/);
  const lineHeight = await resumeTitle.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const titleBox = await box(resumeTitle);
  if (page.viewportSize()!.width < 640) expect(Math.round(titleBox.height / lineHeight)).toBe(2);
  else expect(Math.round(titleBox.height / lineHeight)).toBeLessThanOrEqual(2);
  await expect(page.locator('[data-nav-item]').filter({ hasText: 'Ukrainian President' })).toContainText('In progress');
  await shot(page, testInfo, 'continue-reading');
  await resume.click();
  await expect(page.getByRole('status').filter({ hasText: 'Continuing where you left off' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await shot(page, testInfo, 'position-restored');

  // Read to the end: the article counts as read, and is no longer offered to continue.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => progress.getAttribute('aria-valuenow').then(Number)).toBe(100);
  await page.getByRole('link', { name: 'The Archive' }).click();
  await expect(page.locator('[data-nav-item]').filter({ hasText: 'Ukrainian President' })).toContainText('Read');
  await expect(page.getByRole('link', { name: /Continue reading/ })).toHaveCount(0);
});

test('a returning reader’s front page, opened directly, offers the article in progress in a place kept from the first paint: the list does not move', async ({
  page,
}, testInfo) => {
  await page.addInitScript(
    ([key, id]) => localStorage.setItem(key!, JSON.stringify({ [id!]: { title: 'Ukrainian President', position: 0.4, read: false, at: Date.now() } })),
    [READING_LOG_KEY, SEED],
  );
  await watchShifts(page);
  // As prerendered, before the app (which alone reads the log) has drawn the card.
  const release = await holdApp(page);
  await page.goto('/');
  const first = page.locator('#entries > li').first();
  await expect(first).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue reading/ })).toHaveCount(0);
  const before = await box(first);
  release();
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  const resume = page.getByRole('link', { name: /Continue reading/ });
  await expect(resume).toContainText('Ukrainian President');
  // The card fills the place kept for it, between the heading's row and the list.
  const card = await box(resume);
  expect(card.y + card.height).toBeLessThanOrEqual(before.y);
  expect(await box(first)).toEqual(before);
  expect(await shifts(page)).toEqual([]);
  await shot(page, testInfo, 'continue-reading-opened');

  // Read to its end, and back to the list by the masthead: nothing is offered, and no empty
  // place is kept for it: the list starts just under its heading's row.
  await resume.click();
  // It reopens at the place kept first, then the reader reads on to its end.
  await expect(page.getByRole('status').filter({ hasText: 'Continuing where you left off' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.getByRole('progressbar', { name: 'Reading progress' }).getAttribute('aria-valuenow').then(Number)).toBe(100);
  await page.getByRole('link', { name: 'The Archive' }).click();
  await expect(page.locator('[data-nav-item]').filter({ hasText: 'Ukrainian President' })).toContainText('Read');
  await expect(resume).toHaveCount(0);
  const headerRow = await box(page.locator('#list-heading').locator('xpath=../..'));
  expect((await box(page.locator('#entries'))).y - (headerRow.y + headerRow.height)).toBeLessThanOrEqual(24);
});

test('j and k move through the list and between articles; focus and the announcement follow', async ({ page }, testInfo) => {
  await openLive(page, '/');
  // The first Tab reaches the skip link, which leads past the masthead to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  await expect(page.locator('main').locator(':focus')).toHaveCount(1);
  // (That is the year filter, a field: shortcuts wait until focus leaves it.)
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  const items = page.locator('[data-nav-item]');
  await page.keyboard.press('j');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  const title = (await items.nth(1).locator('h2').textContent())!;
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: title })).toHaveCount(1);
  const url = page.url();
  await page.keyboard.press('j');
  await expect(page).not.toHaveURL(url);
  await expect(heading).not.toHaveText(title);
  await page.keyboard.press('k');
  await expect(heading).toHaveText(title);

  // Typing in the search field is typing, not shortcuts.
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(field).toBeFocused();
  await page.keyboard.type('jk');
  await expect(field).toHaveValue('jk');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next search match');
  // Each description starts just after the keys' column, in one column: read beside its key,
  // not at the dialog's far side.
  const rows = await dialog.locator('dl > div').all();
  expect(rows).toHaveLength(7);
  const starts: number[] = [];
  for (const row of rows) {
    const key = await box(row.locator('kbd').first());
    const description = await box(row.locator('dd'));
    expect(description.x - (key.x + key.width)).toBeGreaterThan(4);
    expect(description.x - (key.x + key.width)).toBeLessThan(64);
    starts.push(description.x);
  }
  expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(1);
  await shot(page, testInfo, 'shortcuts');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a search result opens at the best passage with every match marked; n/N step, the URL keeps the place', async ({ page }, testInfo) => {
  await openLive(page, '/search?q=sholz%20putin');
  await page.locator('[data-nav-item]').first().click();
  await expect(page).toHaveURL(/\/articles\/693449e0a82507a3\?hl=/);
  const bar = page.getByRole('region', { name: 'Search matches' });
  const counter = bar.locator('output');
  await expect(counter).toHaveText(/^\d+ of \d+$/);
  const [, at, count] = /^(\d+) of (\d+)$/.exec((await counter.textContent())!)!.map(Number);
  expect(count).toBeGreaterThan(3);
  const current = page.locator('mark[aria-current="true"]');
  await expect(current).toBeInViewport();
  await expect(current).toHaveText(/^(Scholz|Putin)/);
  expect(await page.locator('article mark').count()).toBe(count);
  await shot(page, testInfo, 'passage');

  await page.keyboard.press('n');
  await expect(counter).toHaveText(`${(at! % count!) + 1} of ${count}`);
  await expect(page).toHaveURL(new RegExp(`m=${(at! % count!) + 1}`));
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+N');
  const back = ((at! - 2 + count!) % count!) + 1;
  await expect(counter).toHaveText(`${back} of ${count}`);
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(counter).toHaveText(`${(back % count!) + 1} of ${count}`);

  // A shared link opens at the same match.
  const shared = page.url();
  await openLive(page, shared);
  await expect(counter).toHaveText(`${(back % count!) + 1} of ${count}`);
  await expect(page.locator('mark[aria-current="true"]')).toBeInViewport();

  await bar.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(page.locator('article mark')).toHaveCount(0);
  await expect(bar).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED}/?$`));
});

test("an article's tags lead to prerendered tag pages that a static host answers", async ({ page }, testInfo) => {
  await openLive(page, '/articles/d1b2c3d4e5f60718');
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Europe' }).click();
  await expect(page).toHaveURL('/tags/europe');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles tagged “Europe”');
  await expect(page.locator('[data-nav-item]')).toHaveCount(1);
  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles tagged “Europe”');
  await expect(page).toHaveTitle('Articles tagged “Europe” — The Archive');
  await shot(page, testInfo, 'tag-page');
});

test('share copies the link where there is no share sheet; print shows the article alone', async ({ page, context, baseURL }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await openLive(page, `/articles/${SEED}`);
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/${SEED}`);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'More articles' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, testInfo, 'print');
});

test('a device with a share sheet gets it', async ({ page }) => {
  await page.addInitScript(() => {
    (navigator as Navigator & { shared?: ShareData }).share = async (data?: ShareData) => {
      (navigator as Navigator & { shared?: ShareData }).shared = data;
    };
  });
  await openLive(page, `/articles/${SEED}`);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => page.evaluate(() => (navigator as Navigator & { shared?: ShareData }).shared?.url)).toMatch(new RegExp(`/articles/${SEED}$`));
});

for (const theme of ['Light', 'Sepia', 'Dark']) {
  test(`axe finds no violations in the ${theme.toLowerCase()} theme`, async ({ page }) => {
    // Five full axe runs: on a busy machine they take longer than the default timeout.
    test.slow();
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    };
    await openLive(page, '/');
    await choose(page, theme);
    await check('settings panel');
    await page.keyboard.press('Escape');
    await check('list');
    await page.keyboard.press('?');
    await check('shortcuts');
    await page.keyboard.press('Escape');
    await openLive(page, '/search?q=sholz%20putin');
    await expect(page.locator('[data-nav-item]').first()).toBeVisible();
    await check('search results');
    await page.locator('[data-nav-item]').first().click();
    await expect(page.getByRole('region', { name: 'Search matches' })).toBeVisible();
    await check('article with matches');
  });
}

test('the measure holds at every text size: 60–75 characters a line by default, 45–90 narrow and wide', async ({ page, isMobile }, testInfo) => {
  // 42 settings, each measured line by line.
  test.slow();
  await openLive(page, `/articles/${SEED}`);
  const html = page.locator('html');
  // What the settings panel does (applySettings): data-* on <html>.
  const apply = (attributes: Record<string, string | null>) =>
    html.evaluate((el, attributes) => {
      for (const [name, value] of Object.entries(attributes))
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
    }, attributes);
  const figures: string[] = [];
  if (isMobile) {
    const { mean } = await charsPerLine(page);
    figures.push(`default: ${mean}`);
    expect(mean).toBeGreaterThanOrEqual(36);
    // Not by shrinking the text.
    expect(await page.locator('.reader-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(17);
  } else {
    for (const font of [null, 'sans']) {
      for (const [measure, low, high] of [
        [null, 60, 75],
        ['narrow', 45, 90],
        ['wide', 45, 90],
      ] as const) {
        for (const size of TEXT_SIZES) {
          await apply({ 'data-font': font, 'data-measure': measure, 'data-size': size === '3' ? null : size });
          const { mean } = await charsPerLine(page);
          figures.push(`${font ?? 'serif'} ${measure ?? 'medium'} size ${size}: ${mean}`);
          expect(mean, `${font ?? 'serif'}, ${measure ?? 'medium'} width, size ${size}`).toBeGreaterThanOrEqual(low);
          expect(mean, `${font ?? 'serif'}, ${measure ?? 'medium'} width, size ${size}`).toBeLessThanOrEqual(high);
        }
      }
    }
    await apply({ 'data-font': null, 'data-measure': null, 'data-size': null });
  }
  testInfo.annotations.push({ type: 'characters per line', description: figures.join('; ') });

  // Line height: 1.5–1.7 by default; tight and loose stay readable.
  const leading = () => page.locator('.reader-body').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
  expect(await leading()).toBeGreaterThanOrEqual(1.5);
  expect(await leading()).toBeLessThanOrEqual(1.7);
  await apply({ 'data-leading': 'tight' });
  expect(await leading()).toBeGreaterThanOrEqual(1.35);
  await apply({ 'data-leading': 'loose' });
  expect(await leading()).toBeLessThanOrEqual(2);
  await apply({ 'data-leading': null });

  // Section headings stand clearly below the headline, at every text size.
  for (const size of TEXT_SIZES) {
    await apply({ 'data-size': size === '3' ? null : size });
    const [h1, h2, text] = await Promise.all(
      ['h1', '.reader-body h2', '.reader-body p'].map((selector) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      ),
    );
    expect(h2!, `size ${size}`).toBeLessThanOrEqual(h1! * 0.85);
    expect(h2!, `size ${size}`).toBeGreaterThan(text!);
  }
  await apply({ 'data-size': null });
  await shot(page, testInfo, 'article-top');
});

test('a tag page and its article fit the screen', async ({ page }, testInfo) => {
  for (const route of ['/tags/europe', '/articles/d1b2c3d4e5f60718', `/articles/${SEED}`]) {
    await openLive(page, route);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), route).toBeLessThanOrEqual(0);
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shot(page, testInfo, 'article-end');
});

test('a page opened afresh in the same tab starts at its top, not where the last page opened afresh was left', async ({ page }) => {
  // Two documents loaded from the address bar both begin at the router's first history
  // entry: the scroll kept for one must not be given to the other.
  await openLive(page, `/articles/${SEED}`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await openLive(page, '/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // The page can be scrolled, so a position handed over would show.
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(50);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
