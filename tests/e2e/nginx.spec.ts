// The nginx recipe of docs/deploying.md (src/content/publishing/nginx-config.ts), served by Debian's nginx exactly as
// written, at the root and under /news/, over the builds of the root and sub-path sites.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { nginxServer } from '../../src/content/publishing/nginx-config.ts';
import { expect, openLive, test } from './fixtures.ts';

const SEED = '693449e0a82507a3';
const TITLE = /^Ukrainian President Volodymyr Zelensky/;
const prefix = resolve('.tmp/nginx');
// The ports playwright.config.ts gives the nginx project (E2E_PORT + 6, and the next).
const rootPort = Number(process.env.E2E_PORT ?? 4173) + 6;
const newsPort = rootPort + 1;
const nginx = (...args: string[]) =>
  spawnSync('nginx', ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-e', `${prefix}/error.log`, ...args], { encoding: 'utf8' });

// One nginx for the file's tests.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(`${prefix}/www`, { recursive: true });
  // The sub-path site: dist/ copied (here linked) into the host's folder of that name.
  symlinkSync(resolve('.tmp/e2e/news'), `${prefix}/www/news`);
  const servers = [
    nginxServer({ root: resolve('.tmp/e2e/root'), base: '/', listen: `127.0.0.1:${rootPort}` }),
    // The sub-path site writes its pages as files (playwright.config.ts).
    nginxServer({ root: `${prefix}/www`, base: '/news/', listen: `127.0.0.1:${newsPort}`, format: 'file' }),
  ];
  // Workers run as this user: the checkout may sit in a folder only its owner can enter (mktemp -d).
  writeFileSync(
    `${prefix}/nginx.conf`,
    [
      `user ${userInfo().username};`,
      `pid ${prefix}/nginx.pid;`,
      'daemon on;',
      'events {}',
      `http { access_log off; client_body_temp_path ${prefix}/body;`,
      ...servers,
      '}',
    ].join('\n'),
  );
  const started = nginx();
  expect(started.status, started.stderr).toBe(0);
});

test.afterAll(() => {
  nginx('-s', 'stop');
});

test('at the root: deep links, the 404 page, cache rules, protections and the manifest type', async ({ page, request }) => {
  await openLive(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
  // The app takes the page over from the article's record: a range of its pack, sent as it is.
  const record = page.waitForResponse(/\/articles\/\d+\.bin$/);
  const article = await openLive(page, `/articles/${SEED}`);
  expect(article?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const range = await record;
  expect(range.status()).toBe(206);
  expect(range.headers()['content-range']).toMatch(/^bytes \d+-\d+\/\d+$/);
  expect(range.headers()['content-encoding']).toBeUndefined();
  expect(article?.headers()['x-content-type-options']).toBe('nosniff');
  expect(article?.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(article?.headers()['cache-control']).toBe('no-cache');

  // The address the page names as its own is answered as it is, not redirected.
  const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname;
  expect(canonical).toBe(`/articles/${SEED}/`);
  expect((await request.get(canonical, { maxRedirects: 0 })).status()).toBe(200);

  const missing = await openLive(page, '/nowhere');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  const script = await page.locator('script[src*="/assets/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toMatch(/^application\/manifest\+json/);
});

test.describe('under /news/', () => {
  test.use({ baseURL: `http://127.0.0.1:${newsPort}` });

  test('the sub-path without its slash, deep links, its own 404 page, cache rules and the manifest type', async ({ page, request }) => {
    const bare = await request.get('/news', { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers().location).toBe('/news/');
    await openLive(page, '/news');
    await expect(page).toHaveURL(/\/news\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();

    const article = await openLive(page, `/news/articles/${SEED}`);
    expect(article?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    // Pages written as files: the page's own address, without .html or a slash, is answered as it is.
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname;
    expect(canonical).toBe(`/news/articles/${SEED}`);
    expect((await request.get(canonical, { maxRedirects: 0 })).status()).toBe(200);
    expect((await request.get(`/news/archive/2024/11`, { maxRedirects: 0 })).status()).toBe(200);

    const missing = await openLive(page, '/news/nowhere');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/news/');

    const script = await page.locator('script[src*="/assets/"]').first().getAttribute('src');
    expect(script).toMatch(/^\/news\/assets\//);
    expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const data = (await request.get('/news/sitemap.xml')).ok();
    expect(data).toBe(true);
    expect((await request.get('/news/manifest.webmanifest')).headers()['content-type']).toMatch(/^application\/manifest\+json/);
  });
});
