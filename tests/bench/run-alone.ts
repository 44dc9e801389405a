import { chromium, type Browser } from '@playwright/test';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { serveStatic } from '../../src/node/static-server.ts';
import { chromiumLaunchOptions } from '../chromium.ts';

/** A browser measure of a built site: rows of a Markdown table. */
export type BrowserMeasure = (browser: Browser, origin: string, server: Server, dist: string) => Promise<[string, string][]>;

/**
 * Runs one of browser-bench.ts's measures alone, on the build in DIST (default the bench's
 * Reuters build) served on PORT, and prints its table under `title`.
 */
export async function runAlone(title: string, defaultPort: number, measure: BrowserMeasure, dist = resolve(process.env.DIST ?? '.tmp/bench/dist-reuters')) {
  const port = Number(process.env.PORT ?? defaultPort);
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const rows = await measure(browser, `http://127.0.0.1:${port}`, server, dist);
    console.log([`| ${title} | figure |`, '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
  } finally {
    await browser.close();
    server.close();
  }
}
