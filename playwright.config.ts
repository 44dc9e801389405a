import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumLaunchOptions as launchOptions } from './tests/chromium.ts';

// Each bundle is built the way a user builds it (`npm run build`, scripts/build.sh) and served
// the way a plain static host serves it (src/node/static-server.ts): no SPA fallback hides a
// broken deep link.
const site = (outDir: string, port: number, base = '/', env = '') => ({
  command: `${env} npm run build --silent -- --logLevel warn --emptyOutDir --outDir .tmp/e2e/${outDir} --base=${base} && npx tsx src/node/static-server.ts .tmp/e2e/${outDir} --port ${port} --base ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

const BBC = process.env.BBC_CORPUS ?? '../shared/corpus/bbc';
const hasBbc = existsSync(BBC);

// E2E_SITES=reader,bbc builds and serves only those sites and runs only their projects
// (a quicker loop while working on one part; CI runs them all).
const only = process.env.E2E_SITES?.split(',').map((name) => name.trim());
const wanted = (name: string) => !only || only.includes(name);
// E2E_PORT=5173 moves the test servers to 5173–5185 (the sites, then the nginx spec's two, then the Arabic, German, Markdown, Japanese and Hebrew sites), so two checkouts can run at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const port = (offset: number) => PORT + offset;
// The two screens every visual feature is checked at: a desktop and a phone.
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The projects `<name>-1440` and `<name>-360`: the same tests against the site on `sitePort`, on both screens. */
const atBothWidths = (name: string, testMatch: RegExp, sitePort: number) =>
  (
    [
      ['1440', DESKTOP],
      ['360', PHONE],
    ] as const
  ).map(([width, screen]) => ({ name: `${name}-${width}`, testMatch, use: { baseURL: `http://127.0.0.1:${sitePort}`, ...screen } }));

const SITE_OF_PORT: Record<string, string> = {
  [port(0)]: 'root',
  [port(1)]: 'news',
  [port(2)]: 'bbc',
  [port(3)]: 'update',
  [port(4)]: 'reader',
  [port(5)]: 'edge',
  [port(8)]: 'arabic',
  [port(9)]: 'german',
  [port(10)]: 'markdown',
  [port(11)]: 'japanese',
  [port(12)]: 'hebrew',
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // A test that needs a retry is a bug to find, not a pass.
  retries: 0,
  reporter: [['list']],
  use: { launchOptions, screenshot: 'only-on-failure' },
  webServer: [
    ...(wanted('root') ? [site('root', port(0), '/', 'SEEDS_DIR=tests/fixtures/sample-seeds')] : []),
    // Under a sub-path, with pages written as files (`articles/<id>.html`): the root site covers the default, folders.
    ...(wanted('news') ? [site('news', port(1), '/news/', 'PAGE_FORMAT=file SEEDS_DIR=tests/fixtures/sample-seeds')] : []),
    ...(hasBbc && wanted('bbc') ? [site('bbc', port(2), '/', `SEEDS_DIR=${BBC}`)] : []),
    ...(wanted('reader') ? [site('reader', port(4), '/', 'SEEDS_DIR=tests/fixtures/app-seeds')] : []),
    // Seeds that once broke the layout or the headline logic: a long compound word and URL, a
    // 140-character headline line, headlines ending in ? and in a quote, Japanese and Arabic
    // headlines, a fixture list of short lines, an article with no headline line.
    ...(wanted('edge') ? [site('edge', port(5), '/', 'SEEDS_DIR=tests/fixtures/edge-seeds')] : []),
    // A right-to-left edition: Arabic seeds (enough for two pages of the list), built in Arabic
    // by SITE_LANGUAGE, as a publisher builds a second edition from one checkout.
    ...(wanted('arabic') ? [site('arabic', port(8), '/', 'SITE_LANGUAGE=ar SEEDS_DIR=tests/fixtures/arabic-seeds')] : []),
    // The reader's seeds, as a German edition: dates, plurals and words in German from the
    // prerender on, and the same after hydration.
    ...(wanted('german') ? [site('german', port(9), '/', 'SITE_LANGUAGE=de SEEDS_DIR=tests/fixtures/app-seeds')] : []),
    // Markdown seeds beside a plain one: emphasis, lists, quotations, code and links.
    ...(wanted('markdown') ? [site('markdown', port(10), '/', 'SEEDS_DIR=tests/fixtures/markdown-seeds')] : []),
    // A Japanese edition, whose search splits unspaced sentences into words.
    ...(wanted('japanese') ? [site('japanese', port(11), '/', 'SITE_LANGUAGE=ja SEEDS_DIR=tests/fixtures/japanese-seeds')] : []),
    // A Hebrew edition from Markdown seeds in month folders: the second right-to-left script.
    ...(wanted('hebrew') ? [site('hebrew', port(12), '/', 'SITE_LANGUAGE=he SEEDS_DIR=tests/fixtures/hebrew-seeds')] : []),
    // Two deployments of one site behind a folder link the update test repoints.
    ...(wanted('update')
      ? [
          {
            command: [
              'SEEDS_DIR=tests/fixtures/sample-seeds npx vite build --logLevel warn --emptyOutDir --outDir .tmp/e2e/v1',
              'SEEDS_DIR=tests/fixtures/app-seeds npx vite build --logLevel warn --emptyOutDir --outDir .tmp/e2e/v2',
              'ln -sfn v1 .tmp/e2e/live',
              `npx tsx src/node/static-server.ts .tmp/e2e/live --port ${port(3)}`,
            ].join(' && '),
            url: `http://127.0.0.1:${port(3)}/`,
            timeout: 180_000,
            reuseExistingServer: false,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
  projects: [
    { name: 'desktop', testMatch: /(app|publication|offline)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port(0)}`, ...DESKTOP } },
    { name: 'mobile', testMatch: /app\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port(0)}`, ...PHONE } },
    ...atBothWidths('reader', /reader\.spec\.ts/, port(4)),
    {
      name: 'sub-path',
      testMatch: /(sub-path|publication)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port(1)}`, ...DESKTOP },
    },
    { name: 'update', testMatch: /update\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port(3)}`, ...DESKTOP } },
    ...atBothWidths('edge', /edge[\w-]*\.spec\.ts/, port(5)),
    ...atBothWidths('arabic', /arabic\.spec\.ts/, port(8)),
    ...atBothWidths('german', /german\.spec\.ts/, port(9)),
    ...atBothWidths('markdown', /(markdown|images)\.spec\.ts/, port(10)),
    ...atBothWidths('japanese', /japanese\.spec\.ts/, port(11)),
    ...atBothWidths('hebrew', /hebrew\.spec\.ts/, port(12)),
    // Debian's nginx, configured by the recipe in docs/deploying.md, serving the root and /news/ builds.
    ...(wanted('root') && wanted('news') ? [{ name: 'nginx', testMatch: /nginx\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port(6)}`, ...DESKTOP } }] : []),
    ...(hasBbc ? [{ name: 'bbc', testMatch: /bbc[\w-]*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port(2)}`, ...DESKTOP } }] : []),
  ].filter((project) => project.name === 'nginx' || wanted(SITE_OF_PORT[new URL(project.use.baseURL).port] ?? '')),
});
