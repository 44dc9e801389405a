// What a reader sees, measured in the browser: characters per rendered line of the article's
// text, where the text starts, contrast of colours as the browser computed them. Shared by
// the e2e tests (which assert targets) and tests/bench/reading-figures.ts (which prints them).
import type { Locator, Page } from '@playwright/test';

/** Characters per full line of the article's paragraphs (each paragraph's last line left out). */
export interface LineFigures {
  mean: number;
  min: number;
  max: number;
  lines: number;
}

/**
 * Counts the characters of every rendered line of `.reader-body p`, by the line box each
 * word starts in (a Range over each word, its first client rect's top). A word broken across
 * lines counts on its first line, which only matters for the odd long address.
 */
export function charsPerLine(page: Page, selector = '.reader-body p'): Promise<LineFigures> {
  return page.evaluate((selector) => {
    const counts: number[] = [];
    for (const paragraph of document.querySelectorAll(selector)) {
      const lines: number[] = [];
      let top = Number.NaN;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Word by word (with the space after it): a word's first box says which line it starts.
        for (const word of text.matchAll(/\S+\s*|\s+/g)) {
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          // A new line box: the word sits clearly below the last one.
          if (Number.isNaN(top) || rect.top > top + rect.height / 2) {
            lines.push(0);
            top = rect.top;
          }
          lines[lines.length - 1]! += word[0].length;
        }
      }
      counts.push(...lines.slice(0, -1));
    }
    const mean = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
    return { mean: Math.round(mean * 10) / 10, min: Math.min(...counts), max: Math.max(...counts), lines: counts.length };
  }, selector);
}

/** An sRGB colour (0–255 channels) from a computed CSS colour: rgb(), rgba(), oklch() or color(srgb …). */
export function parseColor(css: string): [number, number, number, number] {
  const numbers = (css.replace(/\bnone\b/g, '0').match(/-?[\d.]+(?:e-?\d+)?%?/g) ?? []).map((n) => (n.endsWith('%') ? parseFloat(n) / 100 : parseFloat(n)));
  if (css.startsWith('rgb')) return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
  if (css.startsWith('color(srgb')) return [numbers[0]! * 255, numbers[1]! * 255, numbers[2]! * 255, numbers[3] ?? 1];
  if (css.startsWith('oklch')) {
    // "oklch(L C H / A)": L may be a percentage (parsed to 0–1 above).
    const [l, c, h, alpha = 1] = numbers as [number, number, number, number?];
    return [...oklchToSrgb(l, c, h), alpha];
  }
  if (css.startsWith('oklab')) {
    const [l, a, b, alpha = 1] = numbers as [number, number, number, number?];
    return [...oklchToSrgb(l, Math.hypot(a, b), (Math.atan2(b, a) * 180) / Math.PI), alpha];
  }
  throw new Error(`cannot read the colour ${css}`);
}

/** OKLCH (L 0–1, C, H in degrees) to sRGB channels 0–255, clipped to the gamut (Björn Ottosson's matrices). */
export function oklchToSrgb(l: number, c: number, h: number): [number, number, number] {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  const gamma = (x: number) => (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);
  return linear.map((x) => Math.round(Math.min(1, Math.max(0, gamma(x))) * 255)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (x: number) => {
    const s = x / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** The contrast ratio of a colour over a background (a translucent colour is blended over it first). */
export function contrast(foreground: string, background: string): number {
  const back = parseColor(background);
  const [r, g, b, alpha] = parseColor(foreground);
  const blended = [r, g, b].map((x, i) => x * alpha + back[i]! * (1 - alpha));
  const [hi, lo] = [luminance(blended), luminance(back)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A located element's box, which the test expects to be drawn. */
export const box = async (locator: Locator) => (await locator.boundingBox())!;

/** The leftmost and rightmost edges of everything drawn in the main column: a page whose content spills past either edge scrolls sideways (or, right to left, hides it). */
export function mainExtent(page: Page): Promise<readonly [number, number]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('main *')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
    return [Math.min(...boxes.map((r) => r.left)), Math.max(...boxes.map((r) => r.right))] as const;
  });
}

/**
 * For each filter select on the page: how far its arrow stands from the select's end edge
 * (the right, or the left in a right-to-left page), and how far its middle is from the
 * select's middle, in px.
 */
export async function filterArrows(page: Page): Promise<{ clearance: number; offCentre: number }[]> {
  const rtl = (await page.locator('html').getAttribute('dir')) === 'rtl';
  const selects = await page.getByRole('combobox').all();
  return Promise.all(
    selects.map(async (select) => {
      const field = await box(select);
      const arrow = await box(select.locator('xpath=following-sibling::*[local-name()="svg"]'));
      const clearance = rtl ? arrow.x - field.x : field.x + field.width - (arrow.x + arrow.width);
      return { clearance, offCentre: Math.abs(arrow.y + arrow.height / 2 - (field.y + field.height / 2)) };
    }),
  );
}

/** Records every layout shift from the first paint on (a cold load: nothing cached), for `shifts()` to sum. */
export async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
export const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
