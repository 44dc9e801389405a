// What every right-to-left edition's list must show (the Arabic and Hebrew specs): the
// masthead's title at the right and the settings at the left, the page's heading ending at
// the column's right edge, and nothing spilling past either edge of the screen.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { box, mainExtent } from './measure.ts';

/** Checks that the list page `page` shows, with its `heading` and reader settings button `settings`, reads from the right. */
export async function expectListFromTheRight(page: Page, heading: Locator, settings: Locator): Promise<void> {
  const width = page.viewportSize()!.width;
  const title = await box(page.getByRole('banner').getByRole('link', { name: 'The Archive' }));
  expect(title.x + title.width).toBeGreaterThan(width * 0.8);
  expect((await box(settings)).x).toBeLessThan(width * 0.2);
  const main = await box(page.locator('main > *').first());
  const headingBox = await box(heading);
  expect(main.x + main.width - (headingBox.x + headingBox.width)).toBeLessThan(2);
  const [left, right] = await mainExtent(page);
  expect(left).toBeGreaterThanOrEqual(0);
  expect(right).toBeLessThanOrEqual(width);
}
