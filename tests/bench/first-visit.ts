// What a first visit downloads, service worker included: a fresh browser profile opens a
// page of the built site, the service worker installs and precaches the app shell, and the
// server counts the bytes it sends (gzipped, as a host sends them), by kind of file. Issue 15
// sets the budget: at most 250 KB in all, at any archive size. browser-bench.ts runs it; it
// also runs alone: `DIST=<dist> [PORT=4192] npx tsx tests/bench/first-visit.ts`.
import type { Browser } from '@playwright/test';
import type { Server } from 'node:http';
import { countBytes } from './typing-bench.ts';

/** The budget of a first visit, service worker and precache included. */
export const FIRST_VISIT_BUDGET = 250 * 1024;

const kindOf = (path: string) =>
  /\.html$|\/$/.test(path)
    ? 'the page'
    : /service-worker\.js|workbox-/.test(path)
      ? 'service worker'
      : /\/assets\/.+\.(js|css)$/.test(path)
        ? 'scripts and styles'
        : /\/data\//.test(path)
          ? 'data files'
          : 'icons and manifest';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The first visit of the list page and of an article page, each in a fresh profile; rows for a Markdown table. */
export async function measureFirstVisit(browser: Browser, origin: string, server: Server): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (const [label, path] of [
    ['list page', '/'],
    ['article page', null],
  ] as const) {
    let address = path ?? '';
    if (!address) {
      // The first article the list links to.
      const probe = await browser.newPage();
      await probe.goto(`${origin}/`);
      address = new URL((await probe.locator('main ol > li a[href*="/articles/"]').first().getAttribute('href'))!, origin).pathname;
      await probe.close();
    }
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const counting = countBytes(server, (url) => kindOf(url.split('?')[0]!));
    try {
      const page = await context.newPage();
      await page.goto(`${origin}${address}`);
      // Installed and activated: the precache is complete.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForLoadState('networkidle');
    } finally {
      counting.stop();
      await context.close();
    }
    const counts = counting.take();
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const parts = [...counts].sort(([, a], [, b]) => b - a).map(([kind, bytes]) => `${kind} ${kb(bytes)}`);
    rows.push([
      `first visit of the ${label}, service worker and its precache included (budget ${kb(FIRST_VISIT_BUDGET)})`,
      `${kb(total)}${total > FIRST_VISIT_BUDGET ? ' (OVER)' : ''}: ${parts.join(', ')}`,
    ]);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runAlone } = await import('./run-alone.ts');
  await runAlone('first visit', 4192, measureFirstVisit);
}
