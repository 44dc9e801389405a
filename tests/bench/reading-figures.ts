// Prints the reader's measured figures (docs/reading.md): characters per line for every text
// size and line width at 1440 px and 360 px, in serif and sans-serif, the body's line height,
// the masthead's height at the top and while reading, and where the text starts on a phone.
// Usage: tsx tests/bench/reading-figures.ts <site URL> <article path>
//   (a built site served by src/node/static-server.ts (npm run preview), e.g. the reader fixtures' site)
import { chromium, type Page } from '@playwright/test';
import { SETTING_CHOICES, SETTINGS_KEY, TEXT_SIZES } from '../../src/content/reader/reader-settings.ts';
import { charsPerLine } from '../e2e/measure.ts';
import { chromiumLaunchOptions } from '../chromium.ts';

const [site = 'http://127.0.0.1:4173', path = '/articles/693449e0a82507a3'] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions);

async function open(width: number, settings: Record<string, string>): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: width > 800 ? 900 : 740 },
    ...(width < 800 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, JSON.stringify(settings)]);
  await page.goto(new URL(path, site).href);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  return page;
}

for (const width of [1440, 360]) {
  for (const font of SETTING_CHOICES.font) {
    const rows: string[] = [];
    for (const measure of width > 800 ? SETTING_CHOICES.measure : (['medium'] as const)) {
      const cells: string[] = [];
      for (const size of TEXT_SIZES) {
        const page = await open(width, { size, measure, font });
        const { mean, min, max } = await charsPerLine(page);
        cells.push(`${mean} (${min}–${max})`);
        await page.close();
      }
      rows.push(`| ${measure} | ${cells.join(' | ')} |`);
    }
    console.log(`\n${width} px, ${font}: characters per line (mean, min–max of full lines), sizes ${TEXT_SIZES.join(', ')}`);
    console.log(`| width | ${TEXT_SIZES.map((s) => `size ${s}`).join(' | ')} |\n|---|${TEXT_SIZES.map(() => '---').join('|')}|`);
    console.log(rows.join('\n'));
  }
}

for (const width of [1440, 360]) {
  const page = await open(width, {});
  const figures = await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.reader-body')!;
    const style = getComputedStyle(body);
    const first = body.querySelector('p')!.getBoundingClientRect();
    return {
      fontSize: parseFloat(style.fontSize),
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      header: document.querySelector('body > div > header, header')!.getBoundingClientRect().height,
      textStart: first.top,
      viewport: window.innerHeight,
    };
  });
  // Reading: scroll down a screen, the masthead slides away.
  await page.mouse.wheel(0, 600);
  await page
    .waitForFunction(
      () => {
        const header = document.querySelector('header')!.getBoundingClientRect();
        return header.bottom <= 0.5;
      },
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  const visibleHeader = await page.evaluate(() => Math.max(0, document.querySelector('header')!.getBoundingClientRect().bottom));
  console.log(
    `\n${width} px: body ${figures.fontSize} px, line height ${figures.lineHeight.toFixed(2)}; masthead ${figures.header} px at the top, ${visibleHeader} px in view while reading down; first paragraph at y = ${Math.round(figures.textStart)} (${Math.round((figures.textStart / figures.viewport) * 100)}% of the ${figures.viewport} px screen)`,
  );
  await page.close();
}
await browser.close();
