// Headlines, lists and typography as a reader sees them (issue 12), at 360 and 1440 px, over
// the edge-case seeds (tests/fixtures/edge-seeds). Screenshots of the list and of articles
// 001, 004 and 006, light and dark, go to test-results/<test>/.
import type { Page } from '@playwright/test';
import { expect, openLive, shot, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });

const id = (n: number) => `e00000000000000${n}`;
const HEADLINES: [number, string][] = [
  [1, 'Donaudampfschifffahrtsgesellschaftskapitänsmützen sell out in Vienna'],
  [2, 'Regional council approves the long-delayed harbour redevelopment plan after nine years of public consultation and legal challenges'],
  [3, 'UKIP’s secret weapon?'],
  [4, '東京で桜の開花宣言、平年より五日早く'],
  [5, 'الجفاف يهدد المحاصيل في الجنوب'],
  [6, 'Cup draw pairs holders with rivals'],
  [7, 'Sales ‘fail to boost High Street’'],
  [8, 'The finance ministry said on Thursday that it would delay the publication of its spending review…'],
];

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

for (const [n, headline] of HEADLINES) {
  test(`article ${n} shows its headline once, as the H1`, async ({ page }) => {
    await openLive(page, `/articles/${id(n)}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(headline);
    await expect(h1).toBeVisible();
    const lede = (await page.locator('.reader-body p').first().innerText()).trim();
    expect(lede).not.toBe(headline);
    // A title cut from a long lede is the one the body must go on to say whole.
    if (!headline.endsWith('…')) expect(lede.startsWith(headline.replace(/[?.]$/u, ''))).toBe(false);
  });
}

test('the 140-character headline is whole, and the Arabic one reads right to left', async ({ page }) => {
  await openLive(page, `/articles/${id(2)}`);
  const h1 = page.getByRole('heading', { level: 1 });
  // Longer than the 100 characters a title derived from a lede is cut to.
  expect((await h1.innerText()).length).toBeGreaterThan(120);
  await expect(h1).not.toContainText('…');
  await openLive(page, `/articles/${id(5)}`);
  const arabic = page.getByRole('heading', { level: 1 });
  const [box, text] = await Promise.all([
    arabic.boundingBox(),
    arabic.evaluate((el) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      return r.getBoundingClientRect();
    }),
  ]);
  // Set right to left, the line ends at the heading's right edge.
  expect(Math.abs(box!.x + box!.width - (text.x + text.width))).toBeLessThan(2);
});

test('a run of fixtures is a list at the body’s size, under one heading', async ({ page }, testInfo) => {
  await openLive(page, `/articles/${id(6)}`);
  const body = page.locator('.reader-body');
  await expect(body.getByRole('heading', { level: 2 })).toHaveText(['Fifth-round draw', 'What happens next']);
  const items = body.getByRole('list').getByRole('listitem');
  await expect(items).toHaveText([
    'Newcastle v Tottenham or Nottingham Forest',
    'Southampton or Brentford v Manchester United',
    'Bolton v Arsenal or Sheffield United',
    'Burnley or Blackburn v Leicester',
  ]);
  const paragraph = await fontSize(page, '.reader-body p:not(.reader-lede)');
  const heading = await fontSize(page, '.reader-body h2');
  // A section heading reads as subordinate to the headline, on a phone too.
  expect(heading).toBeLessThan((await fontSize(page, 'h1')) * 0.85);
  for (const size of await items.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)))) {
    expect(size).toBe(paragraph);
    expect(size).toBeLessThan(heading);
  }
  // Each fixture sits on its own line, packed closer than paragraphs.
  const boxes = await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map(({ top, bottom }) => ({ top, bottom })));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top - boxes[i - 1]!.bottom).toBeLessThan(paragraph);
  await items.first().scrollIntoViewIfNeeded();
  const path = testInfo.outputPath('fixture-list.png');
  await body.getByRole('list').screenshot({ path });
});

test('the lede is set apart: larger than the paragraphs after it', async ({ page }) => {
  await openLive(page, `/articles/${id(6)}`);
  const lede = await fontSize(page, '.reader-body p');
  const next = await fontSize(page, '.reader-body p:nth-of-type(2)');
  expect(lede).toBeGreaterThan(next * 1.05);
});

test('quotes, apostrophes and dashes are typographic', async ({ page }) => {
  await openLive(page, `/articles/${id(1)}`);
  const body = page.locator('.reader-body');
  await expect(body).toContainText('“We didn’t expect this – nobody did,” said the owner');
  await expect(body).toContainText('“It’s the ‘old Vienna’ feeling people want.”');
  expect(await body.innerText()).not.toMatch(/["']| - /u);
  await openLive(page, `/articles/${id(7)}`);
  await expect(page).toHaveTitle(/^Sales ‘fail to boost High Street’/);
});

test('the list never repeats a title as its excerpt', async ({ page }) => {
  await openLive(page, '/');
  const entries = page.locator('main ol > li');
  await expect(entries).toHaveCount(8);
  for (const entry of await entries.all()) {
    const title = (await entry.getByRole('heading', { level: 2 }).innerText()).trim();
    const excerpt = (await entry.locator('p').last().innerText()).trim();
    expect(excerpt).not.toBe(title);
    expect(excerpt.startsWith(title.replace(/…$/u, ''))).toBe(false);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of ['list', 1, 4, 6] as const) {
    test(`screenshot of ${screen === 'list' ? 'the list' : `article 00${screen}`} in ${scheme}`, async ({ page }, testInfo) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      if (screen === 'list') {
        await openLive(page, '/');
        await expect(page.locator('main ol > li')).toHaveCount(8);
      } else {
        await openLive(page, `/articles/${id(screen)}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINES[screen - 1]![1]);
      }
      await shot(page, testInfo, `${screen === 'list' ? 'list' : `article-00${screen}`}-${scheme}`, { fullPage: true });
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a year's page lists its months as rows a finger can take, in ${scheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openLive(page, '/archive/2024');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles from 2024');
    const rows = page.locator('main ol > li a');
    await expect(rows.first()).toBeVisible();
    const width = page.viewportSize()!.width;
    const list = (await page.locator('main ol').boundingBox())!;
    for (const row of await rows.all()) {
      await expect(row.getByRole('heading', { level: 2 })).toHaveText(/^[A-Z][a-z]+ 2024$/);
      await expect(row).toContainText(/\d+ articles?$/);
      const { x, width: rowWidth, height } = (await row.boundingBox())!;
      // Each month a whole row of the list, at least a touch target tall, inside the screen.
      expect(height).toBeGreaterThanOrEqual(44);
      expect(Math.abs(x - list.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(rowWidth - list.width)).toBeLessThanOrEqual(1);
      expect(x + rowWidth).toBeLessThanOrEqual(width);
    }
    await shot(page, testInfo, `year-${scheme}`, { fullPage: true });
  });
}
