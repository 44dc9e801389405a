// A Japanese edition (tests/fixtures/japanese-seeds built with SITE_LANGUAGE=ja), at 360 and
// 1440 px: a word inside an unspaced sentence is found, and marked where it stands, in the
// results and in the article (issue 17). No CJK font is installed here, so the test holds
// the marks' boxes and text, not their glyphs. axe checks the list, an article and a search
// in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { chooseTheme, expect, openLive, shot, test } from './fixtures.ts';
import { luminance, parseColor } from './measure.ts';

test.use({ serviceWorkers: 'block' });

const PLAN = '東京都、首都直下地震に備えた新たな防災計画を発表';

/** The box a mark takes on the page: a mark with no width or height shows nothing. */
async function expectVisibleBox(mark: import('@playwright/test').Locator) {
  await expect(mark).toBeVisible();
  const box = (await mark.boundingBox())!;
  expect(box.width).toBeGreaterThan(0);
  expect(box.height).toBeGreaterThan(0);
}

/** How many lines `word` in the element's text is drawn on. */
async function linesOf(element: import('@playwright/test').Locator, word: string): Promise<number> {
  return element.evaluate((node, word) => {
    const text = node.firstChild!;
    const start = text.textContent!.indexOf(word);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }, word);
}

test('user finds a word inside an unspaced sentence, marked in the result and in the article', async ({ page }, testInfo) => {
  await openLive(page, '/');
  const field = page.getByRole('searchbox', { name: '記事を検索' });
  // 都庁 stands only inside 東京都庁で記者会見が開かれ…, with no space around it.
  await field.fill('都庁');
  await expect(page.getByRole('heading', { level: 1, name: '「都庁」の検索結果' })).toBeVisible();
  const result = page.locator('[data-nav-item]').filter({ hasText: PLAN });
  await expect(result).toBeVisible();
  await expect(page.locator('[data-nav-item]')).toHaveCount(1);
  const mark = result.locator('p[dir] mark').first();
  await expect(mark).toHaveText('都庁');
  await expectVisibleBox(mark);
  // The mark is the word alone: the text around it is the sentence it stands in.
  await expect(result.locator('p[dir]')).toContainText('東京都庁で記者会見が開かれ');
  await shot(page, testInfo, 'results');

  await result.click();
  await expect(page).toHaveURL(/\/articles\/b000000000000001\?hl=/);
  // The headline breaks between phrases, never inside a word.
  const headline = page.getByRole('heading', { level: 1, name: PLAN });
  for (const word of ['首都直下地震', '備えた', '新たな', '防災計画']) expect(await linesOf(headline, word), word).toBe(1);
  const marks = page.locator('article mark');
  await expect(marks).toHaveText(['都庁']);
  await expectVisibleBox(marks.first());
  await expect(page.getByRole('region', { name: '記事内の検索結果' }).locator('output')).toHaveText('1 / 1');
  await shot(page, testInfo, 'article');
});

test('a compound typed whole is searched as its words, and a word half typed is completed', async ({ page }) => {
  await openLive(page, '/search?q=' + encodeURIComponent('記者会見'));
  const first = page.locator('[data-nav-item]').filter({ hasText: PLAN });
  await expect(first).toBeVisible();
  await expect(first.locator('p[dir] mark')).toHaveText(['記者', '会見']);
  await expectVisibleBox(first.locator('p[dir] mark').first());

  const field = page.getByRole('searchbox', { name: '記事を検索' });
  await field.fill('ガソ');
  const gasoline = page.locator('[data-nav-item]').filter({ hasText: 'ガソリン価格、3週連続で上昇' });
  await expect(gasoline).toBeVisible();
  await expectVisibleBox(gasoline.locator('mark').first());
  await expect(gasoline.locator('mark').first()).toHaveText('ガソリン');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the ${theme} theme, on the list, an article and a search`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await chooseTheme(page, theme);
    for (const [name, url] of [
      ['list', '/'],
      ['article', '/articles/b000000000000001'],
      ['search', `/search?q=${encodeURIComponent('防災')}`],
    ] as const) {
      await openLive(page, url);
      if (name === 'search') await expect(page.getByRole('main').getByRole('status')).toBeVisible();
      // The theme is on screen, not only in the settings: a dark page under light text would pass axe's checks of a light one.
      const paper = luminance(parseColor(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)));
      if (theme === 'dark') expect(paper, url).toBeLessThan(0.1);
      else expect(paper, url).toBeGreaterThan(0.7);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations, url).toEqual([]);
      await shot(page, testInfo, `${name}-${theme}`);
    }
  });
}
