// The peer, measured as ours is (typing-bench.ts): Pagefind 1.6 indexes the same prerendered
// build, and its default UI, on a page of the same origin, gets the same queries typed letter
// by letter, each key waiting for its results; the server counts the bytes. browser-bench.ts
// runs it after ours; it also runs alone:
// `DIST=<dist> [PORT=4193] npx tsx tests/bench/pagefind-bench.ts` (it indexes the build first).
import type { Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { percentile } from './stats.ts';
import { countBytes, kb, ms, TYPED_QUERIES } from './typing-bench.ts';

/** The page Pagefind's default UI runs on, beside the site's own pages. */
export const PAGEFIND_PAGE = 'pagefind-bench.html';

/** Indexes the build in `dist` with Pagefind, unless done before, and writes its UI's page; returns the indexing's wall time and peak memory, or null when it was done before. */
export function preparePagefind(dist: string): { seconds: number; peakMb: number } | null {
  writeFileSync(
    join(dist, PAGEFIND_PAGE),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', showSubResults: false }));</script>
</body></html>`,
  );
  if (existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) return null;
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npx', 'pagefind', '--site', dist], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`pagefind failed:\n${run.stderr.slice(-2000)}`);
  const [seconds, kilobytes] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kilobytes! / 1024 };
}

// Each key's time runs from its input event to the frame after the UI shows results for
// the text typed: the message naming it, and the first result's title (or "No results").
const PROBE = `(() => {
  window.typed_ = [];
  document.addEventListener('input', () => window.typed_.push(performance.now()), { capture: true });
  const shows = (q) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    const term = / results? for (.*)$/.exec(message)?.[1] ?? /^No results for (.*?)(\\.|$)/.exec(message)?.[1];
    if (term !== q) return false;
    return message.startsWith('No results') || Boolean(document.querySelector('.pagefind-ui__result-link'));
  };
  window.waitShown_ = (q) => new Promise((done) => {
    const t0 = window.typed_.at(-1);
    const check = () => {
      if (!shows(q)) return false;
      requestAnimationFrame(() => done(performance.now() - t0));
      return true;
    };
    if (check()) return;
    const o = new MutationObserver(() => check() && o.disconnect());
    o.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})()`;

const pagefindKind = (path: string) =>
  /\/pagefind\/index\//.test(path)
    ? 'index chunks'
    : /\/pagefind\/fragment\//.test(path)
      ? 'result fragments'
      : /\.pagefind$|wasm/.test(path)
        ? 'WebAssembly'
        : 'scripts, styles and metadata';

/** Pagefind's default UI, desktop and unthrottled, typed into as ours is; rows for the typing table. */
export async function measurePagefindTyping(browser: Browser, origin: string, server: Server, queries = TYPED_QUERIES): Promise<[string, string][]> {
  const bytes = countBytes(server, pagefindKind);
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 800 });
    await page.goto(`${origin}/${PAGEFIND_PAGE}`);
    const field = page.locator('.pagefind-ui__search-input');
    await field.waitFor();
    await page.evaluate(PROBE);
    await field.focus();
    const times: number[] = [];
    const perQuery: number[] = [];
    const byKind = new Map<string, number>();
    for (const query of queries) {
      bytes.reset();
      let previous = '';
      for (const letter of query) {
        await page.keyboard.type(letter);
        const text = (await field.inputValue()).trim();
        if (text === previous || !text) continue;
        previous = text;
        times.push((await page.evaluate(`window.waitShown_(${JSON.stringify(text)})`)) as number);
      }
      const counts = bytes.take();
      for (const [kind, n] of counts) byKind.set(kind, (byKind.get(kind) ?? 0) + n);
      perQuery.push([...counts.values()].reduce((a, b) => a + b, 0));
      await field.fill('');
    }
    return [
      [
        `Pagefind 1.6 default UI, same build, desktop: keystroke → results on screen, p50 / p95 / max (${times.length} keys, ${queries.length} queries)`,
        `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(Math.max(...times))}`,
      ],
      [
        'Pagefind: bytes sent while one query is typed letter by letter, p50 / max; all queries by kind',
        `${kb(percentile(perQuery, 50))} / ${kb(Math.max(...perQuery))}; ${[...byKind].map(([kind, n]) => `${kind} ${kb(n)}`).join(', ')}`,
      ],
    ];
  } finally {
    bytes.stop();
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runAlone } = await import('./run-alone.ts');
  const dist = resolve(process.env.DIST ?? '.tmp/bench/dist-reuters');
  const indexed = preparePagefind(dist);
  if (indexed) console.log(`Pagefind indexed ${dist} in ${indexed.seconds.toFixed(1)} s, peak ${indexed.peakMb.toFixed(0)} MB`);
  await runAlone('Pagefind', 4193, (browser, origin, server) => measurePagefindTyping(browser, origin, server), dist);
}
