import { expect, test as base } from '@playwright/test';

/**
 * A test whose page fails it on any console error, uncaught exception or request that
 * leaves the site's own origin.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`off-origin request: ${url}`);
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page and waits until the app has taken it over (the prerendered HTML shows, and links work, before that). */
export async function openLive(page: import('@playwright/test').Page, url: string) {
  const response = await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  return response;
}

/** Stores a reader's chosen theme as the app stores it, for every page this test opens from now on. */
export async function chooseTheme(page: import('@playwright/test').Page, theme: string) {
  await page.addInitScript((theme) => localStorage.setItem('archive.reader-settings', JSON.stringify({ theme })), theme);
}

/** Opens a page in a theme the reader chose. */
export async function openThemed(page: import('@playwright/test').Page, url: string, theme: string) {
  await chooseTheme(page, theme);
  return openLive(page, url);
}

/** Holds back the app's code (the page stays as prerendered, with its early scripts) until `release` is called. */
export async function holdApp(page: import('@playwright/test').Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Saves a screenshot in the test's folder under test-results/ (`<name>.png`) and attaches it to the test. */
export async function shot(
  page: import('@playwright/test').Page,
  testInfo: import('@playwright/test').TestInfo,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  const path = testInfo.outputPath(`${name}.png`);
  // Transitions (the masthead sliding away) are shown finished, as a reader sees the page
  // once it is still, not caught halfway.
  await page.screenshot({ path, animations: 'disabled', ...options });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
