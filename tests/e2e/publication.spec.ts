import { expect, openLive, test } from './fixtures.ts';

// The bundle as a publication: real pages without JavaScript, every link answering on a
// host with no rewrites, head metadata, feed and sitemap. Runs at the root and under /news/.
const SEED = '693449e0a82507a3';
const TITLE = /^Ukrainian President Volodymyr Zelensky has criticized a call/;
const baseOf = () => (test.info().project.name === 'sub-path' ? '/news/' : '/');
// The sub-path site writes its pages as files, the root site as folders (playwright.config.ts):
// each names its pages by the address its host answers with 200.
const pageAddress = (path: string) => (test.info().project.name === 'sub-path' ? path : `${path}/`);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader opens the list, follows a link and reads the whole article', async ({ page }) => {
    const base = baseOf();
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeVisible();
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`${base}articles/${SEED}/?$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeVisible();
    await expect(page.locator('article .prose p')).toHaveCount(19);
    await expect(page.locator('article .prose p').last()).toHaveText(
      /plunging relations with the West into their deepest freeze since the Cold War, Reuters added\.$/,
    );
  });
});

test('every page in the sitemap and every list page answers 200 from a host without rewrites, not a redirect', async ({ page, request }) => {
  const base = baseOf();
  // sitemap.xml is an index of sitemaps, each beside it at the site's root.
  const response = await request.get(`${base}sitemap.xml`);
  expect(response.status()).toBe(200);
  const loc = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const sitemaps = loc(await response.text());
  expect(sitemaps).toEqual([`${base}sitemap-1.xml`]);
  const locs = loc(await (await request.get(sitemaps[0]!)).text());
  expect(locs).toContain(`${base}${pageAddress(`articles/${SEED}`)}`);
  for (const path of locs) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  for (const path of [
    ...locs,
    `${base}search`,
    `${base}archive/2024`,
    `${base}archive/2024/11`,
    `${base}feed.xml`,
    `${base}robots.txt`,
    `${base}favicon.svg`,
  ]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
  }
  await openLive(page, `${base}articles/${SEED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('an article page carries its own head: title, description, canonical, Open Graph, JSON-LD and a CSP', async ({ page }) => {
  const base = baseOf();
  await openLive(page, `${base}articles/${SEED}`);
  await expect(page).toHaveTitle(/^Ukrainian President .* — The Archive$/);
  const head = page.locator('head');
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /^…and Russian President/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${base}${pageAddress(`articles/${SEED}`)}$`));
  await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`^https?://[^/]+${base}${pageAddress(`articles/${SEED}`)}$`));
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const jsonLd = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: expect.stringMatching(TITLE),
    inLanguage: 'en',
    datePublished: '2024-11-16',
    wordCount: 743,
  });
  await expect(head.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'; script-src 'self'(;| 'sha256-)/);
  // Hydrated, not replaced: the prerendered heading is the same element once the app runs.
  await page.getByRole('searchbox').fill('pandoras');
  await expect(page).toHaveURL(new RegExp(`${base}search\\?q=pandoras$`));
});

test('the Atom feed parses and holds the newest article with its full text; robots.txt points to the sitemap', async ({ page, request }) => {
  const base = baseOf();
  await openLive(page, base);
  const feedUrl = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(new URL(feedUrl!).pathname).toBe(`${base}feed.xml`);
  const feed = await (await request.get(`${base}feed.xml`)).text();
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const entry = doc.querySelector('entry');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.namespaceURI,
      title: entry?.querySelector('title')?.textContent,
      link: entry?.querySelector('link')?.getAttribute('href'),
      content: entry?.querySelector('content')?.textContent,
    };
  }, feed);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
  expect(parsed.title).toMatch(TITLE);
  expect(parsed.link).toMatch(new RegExp(`${base}${pageAddress(`articles/${SEED}`)}$`));
  expect(parsed.content).toContain('<h2>Scholz to brief allies</h2>');
  expect(await (await request.get(`${base}robots.txt`)).text()).toMatch(new RegExp(`Sitemap: https?://[^/]+${base}sitemap\\.xml`));
});

test('an index.html address, as static hosts expose and readers bookmark, shows its page once the app has started', async ({ page }) => {
  const base = baseOf();
  const asFiles = test.info().project.name === 'sub-path';
  const pages: [string, RegExp, string][] = [
    [`${base}index.html`, /^Latest articles$/, base],
    ...(asFiles
      ? ([
          [`${base}articles/${SEED}.html`, TITLE, `${base}articles/${SEED}`],
          [`${base}archive/2024.html`, /2024/, `${base}archive/2024`],
          [`${base}search.html?q=scholz`, /scholz/i, `${base}search?q=scholz`],
        ] as [string, RegExp, string][])
      : ([
          [`${base}articles/${SEED}/index.html`, TITLE, `${base}articles/${SEED}/`],
          [`${base}archive/2024/index.html`, /2024/, `${base}archive/2024/`],
          [`${base}search/index.html?q=scholz`, /scholz/i, `${base}search/?q=scholz`],
        ] as [string, RegExp, string][])),
  ];
  for (const [address, heading, shown] of pages) {
    const response = await openLive(page, address);
    expect(response?.status(), address).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(heading);
    await expect(page.getByRole('heading', { name: 'Page not found' }), address).toHaveCount(0);
    expect(new URL(page.url()).pathname + new URL(page.url()).search, address).toBe(shown);
  }
  // The search ran for the bookmarked query.
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
});
