// Typing into the search field, measured as a reader sees it (issue 14): for 20 queries the
// quality probes do not contain, typed letter by letter into the search page, the time from
// each keystroke to the frame where the results for the new text are on screen, and how long
// their passages follow. Desktop unthrottled; then the phone profile (4× CPU, 150 ms round
// trips, 1.6 Mbps, which Chromium applies to the search worker's requests too) for new words,
// words whose files were fetched before, and the first query of a visit; main-thread long
// tasks and the longest input event (INP) while typing at a typist's pace; and the bytes the
// server sent while each query was typed; the desktop and the phone again over HTTP/2, as the
// hosts serve a site. browser-bench.ts runs it; it also runs alone:
// `DIST=.tmp/bench/dist-reuters [PORT=4191] tsx tests/bench/typing-bench.ts`.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../src/node/static-server.ts';
import { localTls } from './local-tls.ts';
import { percentile } from './stats.ts';

/** Typed queries no probe contains: words, phrases, and a few misspellings. */
export const TYPED_QUERIES = [
  'wheat exports',
  'currency markets',
  'federal reserve',
  'coffee prices',
  'takeover bid',
  'dollar yen',
  'grain shipments',
  'merger talks',
  'unemployment',
  'inflaton outlook',
  'sugar quota',
  'gold reserves',
  'tokyo stocks',
  'natural gas',
  'steel imports',
  'copper mine',
  'bank lending',
  'treasurey bonds',
  'soybean crop',
  'japenese yen',
];

/** The kind of file a search fetches, by its address. */
const searchFileKind = (path: string) =>
  /\/search\/terms\//.test(path)
    ? 'vocabulary'
    : /\/search\/(postings|heads)\//.test(path)
      ? 'postings'
      : /\/search\/rows\//.test(path)
        ? 'result rows'
        : /\/data\/[^/]+\/(list|page)/.test(path)
          ? 'list chunks'
          : /\/data\/[^/]+\/articles\//.test(path)
            ? 'article texts'
            : 'other';

/** Counts the bytes the server sends, by kind of file (`kindOf` its address), from now on until `stop()`. */
export function countBytes(server: Server, kindOf: (path: string) => string = searchFileKind) {
  let counts = new Map<string, number>();
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const kind = kindOf(String(request.url));
    const add = (chunk: unknown) => {
      if (chunk && typeof chunk !== 'function') counts.set(kind, (counts.get(kind) ?? 0) + Buffer.byteLength(chunk as Buffer));
    };
    const { write, end } = response;
    response.write = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
      add(chunk);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof response.write;
    response.end = function (this: unknown, chunk?: unknown, ...rest: unknown[]) {
      add(chunk);
      return (end as (...args: unknown[]) => typeof response).call(this, chunk, ...rest);
    } as typeof response.end;
  };
  server.prependListener('request', listener);
  return {
    stop: () => void server.off('request', listener),
    reset: () => (counts = new Map()),
    take: () => {
      const taken = counts;
      counts = new Map();
      return taken;
    },
  };
}

// In the page: each input event's time, and a probe that resolves once the results for the
// field's text are on screen (the frame after), then once the passages of those on the screen
// have replaced the excerpts (or 1.5 s passed: passages already at hand replace nothing).
export const PROBE = `(() => {
  window.events_ = [];
  window.longTasks_ = [];
  window.texts_ = [];
  window.shownAt_ = {};
  // Each input event: the field's text and when it came.
  document.addEventListener('input', (event) => window.texts_.push([event.target.value.trim(), performance.now()]), { capture: true });
  // Each frame, the text whose results are on screen: when each was first shown.
  const shownText = () => {
    const section = document.querySelector('main section[aria-busy="false"]');
    const h1 = section?.querySelector('h1')?.textContent ?? '';
    if (h1.startsWith('Showing results for')) return section.querySelector('h1 + p a')?.textContent ?? null;
    return /^Results for \u201c(.*)\u201d$/.exec(h1)?.[1] ?? null;
  };
  const frame = () => {
    const text = shownText();
    if (text && !(text in window.shownAt_)) window.shownAt_[text] = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.longTasks_.push(e.duration))).observe({ type: 'longtask' });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => e.interactionId && window.events_.push(e.duration))).observe({ type: 'event', durationThreshold: 16 });
  const shows = (q) => {
    const section = document.querySelector('main section[aria-busy="false"]');
    if (!section) return false;
    const h1 = section.querySelector('h1')?.textContent;
    const instead = section.querySelector('h1 + p a')?.textContent;
    return h1 === 'Results for \\u201c' + q + '\\u201d' || (h1?.startsWith('Showing results for') && instead === q);
  };
  window.waitShown_ = (q) => new Promise((done) => {
    const t0 = window.texts_.at(-1)[1];
    const check = () => {
      if (!shows(q)) return false;
      requestAnimationFrame(() => {
        const shown = performance.now();
        // The results on the screen: the others' passages come when the reader scrolls to them.
        const excerpts = [...document.querySelectorAll('main [data-nav-item] p[dir]')].filter((p) => p.getBoundingClientRect().top < innerHeight);
        const passages = () => excerpts.every((p) => !p.isConnected);
        if (!excerpts.length || passages()) return done({ results: shown - t0, passages: 0 });
        const o = new MutationObserver(() => {
          if (!passages()) return;
          o.disconnect(); clearTimeout(timer);
          requestAnimationFrame(() => done({ results: shown - t0, passages: performance.now() - shown }));
        });
        o.observe(document.querySelector('main'), { subtree: true, childList: true });
        const timer = setTimeout(() => { o.disconnect(); done({ results: shown - t0, passages: NaN }); }, 1500);
      });
      return true;
    };
    if (check()) return;
    const o = new MutationObserver(() => check() && o.disconnect());
    o.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
  });
})()`;

interface KeyFigure {
  query: string;
  results: number;
  passages: number;
  /** Whether the key fetched files (a new word's files) or used files fetched before. */
  fetched: boolean;
}

/** Types `query` letter by letter, waiting for each new text's results; the field must be focused on a page with the probe. */
export async function typeWaiting(page: Page, query: string, requests: { count: number }): Promise<KeyFigure[]> {
  const figures: KeyFigure[] = [];
  let previous = '';
  for (const letter of query) {
    const before = requests.count;
    await page.keyboard.type(letter);
    const text = ((await page.getByRole('searchbox').inputValue()) as string).trim();
    if (text === previous || !text) continue;
    previous = text;
    const { results, passages } = (await page.evaluate(`window.waitShown_(${JSON.stringify(text)})`)) as { results: number; passages: number };
    figures.push({ query: text, results, passages, fetched: requests.count > before });
  }
  return figures;
}

export const ms = (v: number) => `${Number.isNaN(v) ? '–' : v.toFixed(0)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** A page on the search page of a fresh context, its requests (the worker's included) counted. */
async function searchPage(context: BrowserContext, origin: string, width: number) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const requests = { count: 0 };
  context.on('request', (request) => (request.url().includes('/search/') || request.url().includes('/data/') ? requests.count++ : undefined));
  await page.goto(`${origin}/search`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.evaluate(PROBE);
  await page.getByRole('searchbox').focus();
  return { page, requests };
}

const clear = async (page: Page) => {
  await page.getByRole('searchbox').fill('');
  await page.locator('main section').waitFor({ state: 'detached' });
};

/**
 * Measures typing on the desktop and on the phone profile (given the build's folder `dist`,
 * both over HTTP/2 too); returns the rows of the bench's table.
 */
export async function measureTyping(browser: Browser, origin: string, server: Server, dist?: string, queries = TYPED_QUERIES): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const bytes = countBytes(server);

  rows.push(...(await measureDesktop(browser, origin, queries, bytes)));

  // One query typed in a fresh page: what its files cost, by kind.
  const fresh = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const one = await searchPage(fresh, origin, 1440);
  bytes.reset();
  await typeWaiting(one.page, 'japenese yen', one.requests);
  const kinds = bytes.take();
  rows.push(['bytes for "japenese yen" typed letter by letter in a fresh search page, by kind', [...kinds].map(([k, v]) => `${k} ${kb(v)}`).join(', ')]);
  await fresh.close();

  rows.push(...(await measurePhone(browser, origin, queries)));
  // The same on HTTP/2, as the hosts a site is published to serve it: a static server on
  // HTTP/1.1 gives a browser six connections, so a key's ten result files wait in two rounds
  // (here, ten small files at once from localhost took 55–130 ms, five 17–59 ms).
  if (dist) {
    const h2 = await serveStatic(dist, 0, '/', localTls());
    try {
      const { port } = h2.address() as AddressInfo;
      rows.push(...(await measureDesktop(browser, `https://127.0.0.1:${port}`, queries, null, ' (HTTP/2)')));
      rows.push(...(await measurePhone(browser, `https://127.0.0.1:${port}`, queries, ' (HTTP/2)')));
    } finally {
      h2.close();
    }
  }
  return rows;
}

/**
 * Desktop, unthrottled: the search page loaded, then every query typed in turn; with
 * `bytes`, what the server sent while each was typed. `label` ends each row's name.
 */
async function measureDesktop(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  bytes: ReturnType<typeof countBytes> | null,
  label = '',
): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const desktop = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const { page, requests } = await searchPage(desktop, origin, 1440);
  const all: KeyFigure[] = [];
  const perQuery: number[] = [];
  for (const query of queries) {
    bytes?.reset();
    all.push(...(await typeWaiting(page, query, requests)));
    if (bytes) perQuery.push([...bytes.take().values()].reduce((a, b) => a + b, 0));
    await clear(page);
  }
  const results = all.map((f) => f.results);
  const passages = all.map((f) => f.passages);
  rows.push([
    `desktop${label}: keystroke → changed results on screen, p50 / p95 / max (${all.length} keys, ${queries.length} queries)`,
    `${ms(percentile(results, 50))} / ${ms(percentile(results, 95))} / ${ms(Math.max(...results))}`,
  ]);
  rows.push([
    `desktop${label}: keystroke → changed results, keys that fetched files / keys that did not (p95)`,
    `${ms(
      percentile(
        all.filter((f) => f.fetched).map((f) => f.results),
        95,
      ),
    )} / ${ms(
      percentile(
        all.filter((f) => !f.fetched).map((f) => f.results),
        95,
      ),
    )}`,
  ]);
  rows.push([`desktop${label}: passages follow the results by, p50 / p95`, `${ms(percentile(passages, 50))} / ${ms(percentile(passages, 95))}`]);
  if (bytes)
    rows.push([
      'bytes sent while one query is typed letter by letter, p50 / max (whole query; files fetched before are reused)',
      `${kb(percentile(perQuery, 50))} / ${kb(Math.max(...perQuery))}`,
    ]);
  await desktop.close();
  return rows;
}

/** The phone profile: new words, words whose files came before, the first query of a visit, and typing at a typist's pace; `label` ends each row's name. */
async function measurePhone(browser: Browser, origin: string, queries: readonly string[], label = ''): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const phone = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const phonePage = await phone.newPage();
  const cdp = await phone.newCDPSession(phonePage);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await phonePage.setViewportSize({ width: 412, height: 823 });
  const phoneRequests = { count: 0 };
  phone.on('request', (request) => (request.url().includes('/search/') || request.url().includes('/data/') ? phoneRequests.count++ : undefined));
  await phonePage.goto(`${origin}/`);
  await phonePage.locator('html[data-ready]').waitFor({ state: 'attached' });
  await phonePage.evaluate(PROBE);
  await phonePage.getByRole('searchbox').focus();
  const phoneKeys: KeyFigure[] = [];
  const phoneQueries = queries.slice(0, 10);
  for (const query of phoneQueries) {
    phoneKeys.push(...(await typeWaiting(phonePage, query, phoneRequests)));
    await clear(phonePage);
  }
  const first = phoneKeys[0]!;
  const newWord = phoneKeys
    .slice(1)
    .filter((f) => f.fetched)
    .map((f) => f.results);
  const repeated = phoneKeys
    .slice(1)
    .filter((f) => !f.fetched)
    .map((f) => f.results);
  rows.push([`phone: first query of a visit (typed on the front page, "${first.query}")`, ms(first.results)]);
  // The minimum shows the round trip is applied to the worker's requests too (it cannot be under 150 ms if so).
  rows.push([
    `phone: keys that fetched files (new words), min / p50 / p95 (${newWord.length} keys)`,
    `${ms(Math.min(...newWord))} / ${ms(percentile(newWord, 50))} / ${ms(percentile(newWord, 95))}`,
  ]);
  rows.push([
    `phone: keys whose files were fetched before, p50 / p95 (${repeated.length} keys)`,
    `${ms(percentile(repeated, 50))} / ${ms(percentile(repeated, 95))}`,
  ]);

  // Typing at a typist's pace (150 ms a key), not waiting: long tasks, the longest input
  // event, and how soon each text's results were shown, if before the next key's.
  await phonePage.evaluate('window.longTasks_ = []; window.events_ = []');
  const paced: number[] = [];
  const lastKeys: number[] = [];
  let typedTexts = 0;
  for (const query of queries.slice(10, 16)) {
    await phonePage.evaluate('window.texts_ = []; window.shownAt_ = {}');
    await phonePage.keyboard.type(query, { delay: 150 });
    await phonePage.waitForFunction((query) => (window as unknown as { shownAt_: Record<string, number> }).shownAt_[query] !== undefined, query.trim());
    await phonePage.waitForTimeout(1000);
    const [texts, shownAt] = (await phonePage.evaluate('[window.texts_, window.shownAt_]')) as [[string, number][], Record<string, number>];
    // A text's time is from its last key (a space typed after a word repeats the word's text).
    const typedAt = new Map(texts.filter(([text]) => text));
    typedTexts += typedAt.size;
    for (const [text, at] of typedAt) if (shownAt[text] !== undefined && shownAt[text] >= at) paced.push(shownAt[text] - at);
    lastKeys.push(shownAt[query.trim()]! - typedAt.get(query.trim())!);
    await clear(phonePage);
  }
  const tasks = (await phonePage.evaluate('window.longTasks_')) as number[];
  const events = (await phonePage.evaluate('window.events_')) as number[];
  rows.push([
    'phone, typing 6 queries at 150 ms a key: main-thread tasks > 50 ms (count, longest)',
    `${tasks.length}, ${ms(tasks.length ? Math.max(...tasks) : 0)}`,
  ]);
  rows.push(['phone, typing: INP (longest input event, keydown to next paint)', ms(events.length ? Math.max(...events) : 0)]);
  rows.push([
    `phone, typing: texts whose results were shown (the rest were overtaken first), key → results p50 / p95`,
    `${paced.length} of ${typedTexts}, ${ms(percentile(paced, 50))} / ${ms(percentile(paced, 95))}`,
  ]);
  rows.push(['phone, typing: last key of each query → its results, p50 / max', `${ms(percentile(lastKeys, 50))} / ${ms(Math.max(...lastKeys))}`]);
  await phone.close();
  return rows.map(([name, figure]) => [name.replace(/^phone/, `phone${label}`), figure]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runAlone } = await import('./run-alone.ts');
  await runAlone('typing', 4191, (browser, origin, server, dist) => measureTyping(browser, origin, server, dist));
}
