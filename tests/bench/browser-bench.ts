// Browser benchmark: `npm run bench` runs it after the search benchmark. In Debian's
// Chromium against the Reuters build (18,301 articles), served like a plain static host,
// it measures how fast the list renders, how smoothly it scrolls, and whether the first
// search blocks the main thread (long tasks), and how soon a search page opened directly on a
// throttled connection shows its results; what a first visit downloads, service worker
// included (first-visit.ts); then typing into the search field letter by letter,
// on the desktop and on a phone profile (typing-bench.ts), and the same typing into Pagefind's
// default UI on the same build (pagefind-bench.ts). Prints Markdown tables.
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../src/node/static-server.ts';
import { measureTyping, TYPED_QUERIES } from './typing-bench.ts';
import { measureFirstVisit } from './first-visit.ts';
import { measurePagefindTyping, preparePagefind } from './pagefind-bench.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { createReport } from './report.ts';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, '.tmp/bench/dist-reuters');
const PORT = 4190;
const browserReport = createReport('browser', 'In the browser (Reuters, 18,301 articles, Debian Chromium, this machine)', 'npm run bench');
const typingReport = createReport('typing', 'Typing into the search field (Reuters, tests/bench/typing-bench.ts)', 'npm run bench');

if (!existsSync(join(dist, 'index.html'))) {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', dist], {
    cwd: root,
    env: { ...process.env, SEEDS_DIR: resolve(root, '../shared/corpus/reuters') },
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

const server = await serveStatic(dist, PORT);
const browser = await chromium.launch(chromiumLaunchOptions);
const rows: [string, string][] = [];
const typing: [string, string][] = [];

/** Starts recording long tasks (main-thread work over 50 ms) in the page. */
const recordLongTasks = (page: Page) =>
  page.evaluate(`(() => {
    window.longTasks_ = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks_.push(e.duration))).observe({ type: 'longtask' });
  })()`);
const longTasks = async (page: Page) => (await page.evaluate('window.longTasks_')) as number[];

try {
  // bypassCSP: the measuring scripts are evaluated strings, which the site's CSP rightly
  // refuses. No service worker: its first-visit precache download is not what is measured.
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('main ol > li').nth(49).waitFor();
    // The list is in the prerendered HTML: it is on screen at the first contentful paint.
    samples.push((await page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")) as number);
  }
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  rows.push(['list page: navigation start → first paint, with all 50 entries (median of 5)', `${samples.sort((a, b) => a - b)[2]!.toFixed(0)} ms`]);

  // Client-side page change, timed inside the page: from the click to the first frame
  // after the new entries are in the DOM.
  const pageChange = async (link: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.evaluate(`(() => {
        window.done_ = null;
        const before = document.querySelector('main ol > li h2').textContent;
        document.addEventListener('click', () => { window.clicked_ = performance.now(); }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (document.querySelector('main ol > li h2')?.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => { window.done_ = performance.now() - window.clicked_; });
        });
        observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
      })()`);
      await page.getByRole('link', { name: link }).click();
      await page.waitForFunction('window.done_ !== null');
      times.push((await page.evaluate('window.done_')) as number);
    }
    return `${times.sort((a, b) => a - b)[2]!.toFixed(0)} ms`;
  };
  rows.push(['list page: "Older" click → next 50 entries rendered (median of 5, list file fetched from localhost)', await pageChange('Older page')]);
  rows.push(['list page: "Newer" click → 50 entries rendered from cached data (median of 5): the render itself', await pageChange('Newer page')]);

  // Scrolling: frame intervals while the page scrolls from top to bottom.
  await page.evaluate(() => window.scrollTo(0, 0));
  // (Passed as a string: tsx would wrap a named function in a helper the page lacks.)
  await page.evaluate(`(() => {
    window.frames_ = [];
    let last = performance.now();
    const tick = (now) => { window.frames_.push(now - last); last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 250);
    await page.waitForTimeout(16);
  }
  const frames = ((await page.evaluate('window.frames_')) as number[]).slice(1).sort((a, b) => a - b);
  rows.push([
    'scrolling a list page: frame time p50 / p95 / max',
    `${frames[frames.length >> 1]!.toFixed(1)} / ${frames[Math.floor(frames.length * 0.95)]!.toFixed(1)} / ${frames.at(-1)!.toFixed(1)} ms`,
  ]);

  // First search of a fresh page: the index loads in the worker while the reader types.
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 360, height: 740 });
  await fresh.goto(`http://127.0.0.1:${PORT}/`);
  await fresh.locator('html[data-ready]').waitFor({ state: 'attached' });
  await recordLongTasks(fresh);
  const typed = await fresh.evaluate(() => performance.now());
  await fresh.getByRole('searchbox').pressSequentially('goverment', { delay: 30 });
  await fresh.locator('[data-nav-item]').first().waitFor();
  const shown = (await fresh.evaluate(() => performance.now())) - typed;
  await fresh.waitForTimeout(500);
  const tasks = await longTasks(fresh);
  rows.push(['first search ("goverment", typed at 30 ms a key): first key → results on screen', `${shown.toFixed(0)} ms`]);
  rows.push(['main-thread long tasks during the first search (count, longest)', `${tasks.length}, ${tasks.length ? Math.max(...tasks).toFixed(0) : 0} ms`]);

  // A search page opened directly on a throttled phone-like connection and CPU (Lighthouse's
  // mobile figures, applied by DevTools rather than simulated): when the first results, then
  // their passages, are on screen (the frame after they enter the DOM).
  const opened: [number, number][] = [];
  for (let i = 0; i < 3; i++) {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 412, height: 823 });
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await phone.addInitScript(`(() => {
      window.seen_ = {};
      const see = (name, selector) => { if (!window.seen_[name] && document.querySelector(selector)) requestAnimationFrame(() => (window.seen_[name] ??= performance.now())); };
      new MutationObserver(() => { see('results', '[data-nav-item]'); see('passages', '[data-nav-item] p[dir] mark'); })
        .observe(document, { subtree: true, childList: true });
    })()`);
    await phone.goto(`http://127.0.0.1:${PORT}/search?q=goverment%20budget`);
    await phone.waitForFunction('window.seen_.passages !== undefined', undefined, { timeout: 30_000 });
    const seen = (await phone.evaluate('window.seen_')) as { results: number; passages: number };
    opened.push([seen.results, seen.passages]);
    await phone.close();
  }
  rows.push([
    'search page opened directly, throttled (4× CPU, 150 ms, 1.6 Mbps): first results / passages on screen (median of 3)',
    `${median(opened.map((o) => o[0])).toFixed(0)} / ${median(opened.map((o) => o[1])).toFixed(0)} ms`,
  ]);
  rows.push(...(await measureFirstVisit(browser, `http://127.0.0.1:${PORT}`, server)));
  typing.push(...(await measureTyping(browser, `http://127.0.0.1:${PORT}`, server, dist)));
  // The peer beside ours: Pagefind's default UI on the same build.
  const indexed = preparePagefind(dist);
  if (indexed) typing.push(['Pagefind 1.6 indexing this build: wall time, peak memory', `${indexed.seconds.toFixed(1)} s, ${indexed.peakMb.toFixed(0)} MB`]);
  typing.push(...(await measurePagefindTyping(browser, `http://127.0.0.1:${PORT}`, server)));
} finally {
  await browser.close();
  server.close();
}

browserReport.log(['| measure | figure |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
browserReport.save();
typingReport.log(`${TYPED_QUERIES.length} queries the probes do not contain, typed letter by letter.\n`);
typingReport.log(['| measure | figure |', '|---|---|', ...typing.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
typingReport.save();
