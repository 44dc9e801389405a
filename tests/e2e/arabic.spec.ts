// A right-to-left edition (tests/fixtures/arabic-seeds built with SITE_LANGUAGE=ar), at 360
// and 1440 px: the interface speaks Arabic, the layout runs from the right, arrows point the
// way the page reads, and the reading progress grows from the right (issue 17).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openLive, openThemed, shot, test } from './fixtures.ts';
import { box, filterArrows } from './measure.ts';
import { expectListFromTheRight } from './rtl.ts';

const BUDGET = 'a000000000000001';

test.use({ serviceWorkers: 'block' });

/**
 * Which way an arrow glyph points, from its pixels: a chevron's (‹ › « ») apex is the ink of
 * its middle row, an arrow's (←) head the ink of its top and bottom rows, a rising arrow's
 * (↗) head the ink of its top rows; each lies left of the glyph's centre when it points left.
 */
async function pointing(page: Page, arrow: import('@playwright/test').Locator, kind: 'chevron' | 'arrow' | 'rising' = 'chevron'): Promise<'left' | 'right'> {
  const png = (await arrow.screenshot()).toString('base64');
  const [apex, centre] = await page.evaluate(
    async ([data, kind]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data: pixels, width, height } = context.getImageData(0, 0, image.width, image.height);
      const inked: [number, number][] = [];
      const ink = (x: number, y: number) => {
        const at = (y * width + x) * 4;
        return Math.abs(pixels[at]! - pixels[0]!) + Math.abs(pixels[at + 1]! - pixels[1]!) + Math.abs(pixels[at + 2]! - pixels[2]!) > 150;
      };
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (ink(x, y)) inked.push([x, y]);
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      const ys = inked.map(([, y]) => y);
      const middle = Math.round(mean(ys));
      const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
      const head = {
        chevron: (y: number) => Math.abs(y - middle) <= 1,
        arrow: (y: number) => y <= top + 1 || y >= bottom - 1,
        rising: (y: number) => y <= top + 1,
      }[kind];
      const tip = inked.filter(([, y]) => head(y)).map(([x]) => x);
      return [mean(tip), mean(inked.map(([x]) => x))];
    },
    [png, kind] as const,
  );
  return apex < centre ? 'left' : 'right';
}

test('the list reads from the right, in Arabic, with its dates and counts', async ({ page, isMobile }, testInfo) => {
  await openLive(page, '/');
  const heading = page.getByRole('heading', { level: 1, name: 'أحدث المقالات' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('56 مقالًا في الأرشيف')).toBeVisible();
  await expect(page.locator('main time').first()).toHaveText('30 يونيو 2024');
  await expect(page.getByText('قراءة في دقيقة').first()).toBeVisible();
  await expectListFromTheRight(page, heading, page.getByRole('button', { name: 'إعدادات القراءة' }));
  // Each filter's arrow stands clear of the pill's curve on the left, where a select ends here.
  for (const { clearance, offCentre } of await filterArrows(page)) {
    expect(clearance).toBeGreaterThanOrEqual(14);
    expect(clearance).toBeLessThanOrEqual(20);
    expect(offCentre).toBeLessThan(1);
  }
  await shot(page, testInfo, 'list-light');

  // Pagination: newer pages to the right, older to the left, each arrow outside its word.
  const pages = page.getByRole('navigation', { name: 'الصفحات' });
  await pages.scrollIntoViewIfNeeded();
  const older = pages.getByRole('link', { name: 'صفحة أقدم' });
  const current = await box(pages.getByText('الصفحة 1 من 2'));
  const olderBox = await box(older);
  expect(olderBox.x + olderBox.width).toBeLessThan(current.x);
  if (!isMobile) {
    const word = await box(older.getByText('أقدم', { exact: true }));
    const arrow = await box(older.locator('[aria-hidden="true"]'));
    expect(arrow.x + arrow.width).toBeLessThanOrEqual(word.x + 1);
  }
  // Older pages lie to the left: their arrows point left; the newer ones' (drawn dashed on the first page) point right.
  expect(await pointing(page, older.locator('[aria-hidden="true"]'))).toBe('left');
  expect(await pointing(page, pages.getByRole('link', { name: 'الصفحة الأقدم' }).locator('[aria-hidden="true"]'))).toBe('left');
  expect(await pointing(page, pages.locator('span[aria-hidden="true"] > span[aria-hidden="true"]').first())).toBe('right');
  await shot(page, testInfo, 'pagination');
  // Close up, to see each arrow point outwards (the browser mirrors ‹ › « » in a right-to-left line).
  await pages.screenshot({ path: testInfo.outputPath('pagination-close.png') });
  await older.click();
  await expect(page.getByRole('heading', { level: 1, name: 'مقالات أقدم، الصفحة 2' })).toBeVisible();
  const newer = await box(page.getByRole('navigation', { name: 'الصفحات' }).getByRole('link', { name: 'صفحة أحدث' }));
  const secondCurrent = await box(page.getByText('الصفحة 2 من 2'));
  expect(newer.x).toBeGreaterThan(secondCurrent.x + secondCurrent.width);
  await expect(page).toHaveTitle('مقالات أقدم، الصفحة 2 — The Archive');
});

test('an article: the way back points right, the neighbours swap sides, progress grows from the right', async ({ page, isMobile }, testInfo) => {
  await openLive(page, `/articles/${BUDGET}`);
  const width = page.viewportSize()!.width;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الحكومة تقر ميزانية العام المقبل بعد نقاش طويل');
  await expect(page.getByText('بقلم سلمى الحداد')).toBeVisible();
  if (!isMobile) {
    const back = page.getByRole('link', { name: 'كل المقالات' });
    const arrow = back.locator('[aria-hidden="true"]');
    // The arrow leads, at the right of its words, drawn mirrored so it points to the right.
    expect((await box(arrow)).x).toBeGreaterThan((await box(back.getByText('كل المقالات'))).x);
    expect(await pointing(page, arrow, 'arrow')).toBe('right');
    const card = page.getByRole('navigation', { name: 'مزيد من المقالات' }).getByRole('link');
    const next = await box(card);
    // The only neighbour (the newest article has no newer one) is the next, older one: on the
    // left-hand side, its words at its outer (left) edge, as an English site's are at the right.
    expect(next.x).toBeLessThan(width / 2);
    expect((await box(card.getByText('المقال التالي'))).x - next.x).toBeLessThan(20);
  }
  // Share points out of the page, up and to the start: mirrored, as the mark of an outside link is.
  expect(await pointing(page, page.getByRole('button', { name: 'مشاركة' }).locator('[aria-hidden="true"]'), 'rising')).toBe('left');
  await shot(page, testInfo, 'article-top');

  const bar = page.getByRole('progressbar', { name: 'تقدّم القراءة' });
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(async () => (await bar.boundingBox())?.width ?? 0).toBeGreaterThan(5);
  const filled = await box(bar);
  expect(Math.abs(filled.x + filled.width - width)).toBeLessThan(1);
  expect(filled.x).toBeGreaterThan(0);
  await shot(page, testInfo, 'progress');
});

test('the reader settings and the search speak Arabic', async ({ page }, testInfo) => {
  await openLive(page, '/');
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  const dialog = page.getByRole('dialog', { name: 'إعدادات القراءة' });
  await expect(dialog.getByText('المظهر')).toBeVisible();
  await expect(dialog.getByText('الحجم 3 من 5').or(dialog.getByText(/^الحجم \d من \d$/))).toBeVisible();
  // A+ reads A then +, as everywhere (the bidi algorithm would put the sign first on a right-to-left page).
  const [letter, sign] = await dialog
    .getByRole('button', { name: 'نص أكبر' })
    .locator('span')
    .evaluate((el) =>
      [0, 1].map((i) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, i);
        range.setEnd(el.firstChild!, i + 1);
        return range.getBoundingClientRect().x;
      }),
    );
  expect(letter).toBeLessThan(sign!);
  await shot(page, testInfo, 'settings');
  await page.keyboard.press('Escape');
  const field = page.getByRole('searchbox', { name: 'ابحث في المقالات' });
  await field.fill('الميزانية');
  await expect(page.getByRole('heading', { level: 1, name: 'نتائج البحث عن «الميزانية»' })).toBeVisible();
  await expect(page.locator('[data-nav-item]').first()).toBeVisible();
  await shot(page, testInfo, 'search');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the ${theme} theme, on the list and an article`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    for (const url of ['/', `/articles/${BUDGET}`]) {
      await openThemed(page, url, theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations, url).toEqual([]);
    }
    await shot(page, testInfo, `article-${theme}`);
    await openThemed(page, '/', theme);
    await shot(page, testInfo, `list-${theme}`);
  });
}
