// `npm run lighthouse`: Lighthouse 12 (mobile defaults: simulated slow 4G and a 4× slower
// CPU) in Debian's Chromium on the list, an article and a search page of a build of the BBC
// corpus, and on the Markdown fixture's article with a lead image and body images (its likely
// largest paint is the photo), each served like a plain static host. Prints the four category scores and LCP, CLS
// and TBT per page, and exits non-zero when a page misses the targets.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../../src/build/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { createReport } from './report.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, '.tmp/lighthouse/dist');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4191);
const origin = `http://127.0.0.1:${PORT}`;
const report = createReport('lighthouse', 'Lighthouse 12.2.3, mobile defaults (BBC corpus, Debian Chromium, this machine)', 'npm run lighthouse');
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 1500, cls: 0.01 };

const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', dist], {
  cwd: root,
  env: { ...process.env, SEEDS_DIR: process.env.SEEDS_DIR ?? resolve(root, '../shared/corpus/bbc'), SITE_URL: origin },
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(1);
const firstArticle = readdirSync(join(dist, 'articles')).sort()[0];
// The Markdown fixture: its harbour article has a lead image, a portrait and a chart.
const imagesDist = join(root, '.tmp/lighthouse/images-dist');
const imagesOrigin = `http://127.0.0.1:${PORT + 1}`;
const builtImages = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', imagesDist], {
  cwd: root,
  env: { ...process.env, SEEDS_DIR: resolve(root, 'tests/fixtures/markdown-seeds'), SITE_URL: imagesOrigin },
  stdio: 'inherit',
});
if (builtImages.status !== 0) process.exit(1);

const server = await serveStatic(dist, PORT);
const imagesServer = await serveStatic(imagesDist, PORT + 1);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_FLAGS,
});
const rows: string[] = [];
let missed = false;
try {
  for (const [name, url] of [
    ['list', `${origin}/`],
    ['article', `${origin}/articles/${firstArticle}/`],
    ['search', `${origin}/search/?q=goverment%20budget`],
    ['article with images', `${imagesOrigin}/articles/d000000000000002/`],
  ] as const) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const lcp = lhr.audits['largest-contentful-paint']!.numericValue!;
    const cls = lhr.audits['cumulative-layout-shift']!.numericValue!;
    const tbt = lhr.audits['total-blocking-time']!.numericValue!;
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => score(id));
    rows.push(`| ${name} | ${scores.join(' | ')} | ${(lcp / 1000).toFixed(2)} s | ${cls.toFixed(3)} | ${tbt.toFixed(0)} ms |`);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (
      scores[0]! < TARGETS.performance ||
      scores[1]! < TARGETS.accessibility ||
      scores[2]! < TARGETS['best-practices'] ||
      scores[3]! < TARGETS.seo ||
      lcp > TARGETS.lcpMs ||
      cls > TARGETS.cls
    ) {
      missed = true;
      console.error(`${name}: below target; failing audits: ${failing.join(', ') || '(none binary)'}`);
    }
  }
} finally {
  chrome.kill();
  server.close();
  imagesServer.close();
}
report.log(['| page | Performance | Accessibility | Best Practices | SEO | LCP | CLS | TBT |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
report.save({ partial: process.env.SEEDS_DIR !== undefined });
if (missed) process.exitCode = 1;
