import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { newsArchive } from '../../../src/node/news-archive.ts';
import { sitePlugins } from '../../../src/node/site-plugins.ts';
import { readArticleText } from '../../../src/node/record-text.ts';
import type { SiteOptions } from '../../../src/content/publishing/site-config.ts';
import { dataStamp, manifestStamp, type ArchiveManifest } from '../../../src/content/archive/model.ts';
import type { RouterData } from '../../../src/content/contracts.ts';
import type { SearchDirectory } from '../../../src/content/search/search-index.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'site-plugins-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A tiny site whose only script imports both virtual modules. */
function siteFolder(name: string): string {
  const root = join(scratch, name);
  cpSync(join(fixtures, 'plugin-site'), root, { recursive: true });
  return root;
}

const buildSite = (root: string, dir: string, base = '/', site: SiteOptions = {}) =>
  build({ root, base, configFile: false, logLevel: 'silent', plugins: [sitePlugins({ dir, site })], build: { outDir: join(root, 'dist') } });

describe('sitePlugins in a production build', () => {
  it('fails listing every problem of every bad seed at once', async () => {
    const error = await buildSite(siteFolder('bad'), join(fixtures, 'seeds-bad')).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/10 errors, 3 warnings in seeds/);
    for (const file of ['010_1000000000000001.txt', '012_1000000000000003.txt:1', '013_1000000000000004.txt:3', 'notes.txt', '0099_a1b2c3d4e5f60718.txt']) {
      expect(error?.message).toContain(file);
    }
  }, 60_000);

  it('refuses a seed folder inside the output folder, which every build replaces, and leaves both alone', async () => {
    const root = siteFolder('seeds-inside');
    const seeds = join(root, 'dist', 'seeds');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    const error = await buildSite(root, seeds).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/The seed folder .*dist\/seeds is inside the output folder .*dist, which every build replaces/);
    expect(readdirSync(seeds)).toHaveLength(8);
  }, 60_000);

  it('refuses an output folder inside the seed folder, whose subfolders the next build would read as seeds', async () => {
    const root = siteFolder('output-inside');
    const seeds = join(root, 'seeds');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    const error = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [sitePlugins({ dir: seeds })],
      build: { outDir: join(seeds, 'site') },
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/The output folder .*seeds\/site is inside the seed folder .*seeds, whose subfolders are read as seeds/);
    expect(existsSync(join(seeds, 'site'))).toBe(false);
  }, 60_000);

  it('refuses an output folder inside the seed folder reached through a link', async () => {
    const root = siteFolder('output-inside-link');
    const seeds = join(root, 'real-seeds');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    mkdirSync(join(seeds, 'site'));
    symlinkSync(seeds, join(root, 'seeds-link'));
    const error = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [sitePlugins({ dir: join(root, 'seeds-link') })],
      build: { outDir: join(seeds, 'site') },
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/The output folder .*real-seeds\/site is inside the seed folder/);
  }, 60_000);

  it('writes a page for every route so static hosts open deep links, honouring the base path', async () => {
    const root = siteFolder('good');
    await buildSite(root, join(fixtures, 'seeds-good'), '/news/');
    const dist = join(root, 'dist');
    const [hash] = readdirSync(join(dist, 'data'));
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    const list = JSON.parse(readFileSync(join(dist, 'data', hash!, 'list/0.json'), 'utf8')) as { id: string }[];
    expect(list.map((e) => e.id)).toHaveLength(8);
    // The articles' records are in packs: no file of its own for an article beside its page.
    expect(readdirSync(join(dist, 'data', hash!, 'articles'))).toEqual(['0.bin']);
    expect(existsSync(join(dist, 'data', hash!, 'search/index.json'))).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('src="/news/assets/');
    expect(readdirSync(join(dist, 'articles')).sort()).toEqual(
      [
        '693449e0a82507a3',
        'a1b2c3d4e5f60718',
        'b1b2c3d4e5f60718',
        'c1b2c3d4e5f60718',
        'd1b2c3d4e5f60718',
        'e1b2c3d4e5f60718',
        'f1b2c3d4e5f60718',
        '0a1b2c3d4e5f6071',
      ].sort(),
    );
    for (const page of [
      '404.html',
      'search/index.html',
      'articles/693449e0a82507a3/index.html',
      'archive/2024/index.html',
      'archive/2024/11/index.html',
      'archive/1987/02/index.html',
    ]) {
      expect(existsSync(join(dist, page))).toBe(true);
    }
    // Each page names the address its host answers with 200; the 404 page, which has none, keeps its name.
    expect(readFileSync(join(dist, 'archive/2024/index.html'), 'utf8')).toMatch(/<link rel="canonical" href="[^"]*\/news\/archive\/2024\/" \/>/);
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toMatch(/<link rel="canonical" href="[^"]*\/news\/404" \/>/);
    // The manifest is a file of its own, and a page says which of its fields it was rendered with.
    const manifest = JSON.parse(readFileSync(join(dist, 'archive.json'), 'utf8')) as ArchiveManifest;
    expect(manifest.dataPath).toBe(`data/${hash}/`);
    const routerData = (page: string) =>
      JSON.parse(/<script type="application\/json" id="router-data">([^<]*)<\/script>/.exec(readFileSync(join(dist, page), 'utf8'))![1]!) as RouterData;
    const read = routerData('archive/2024/index.html').manifest!;
    expect(read.fields).toContain('months');
    expect(read.stamp).toBe(manifestStamp(manifest, read.fields));
    expect(routerData('articles/693449e0a82507a3/index.html').manifest).toBeUndefined();
    // A page names the data files it was rendered from, with a stamp the browser works out
    // alike from what it reads; the data itself is not inlined a second time.
    const readText = (file: string) => readFileSync(join(dist, manifest.dataPath, file), 'utf8');
    for (const page of ['articles/693449e0a82507a3/index.html', 'index.html', 'archive/2024/11/index.html']) {
      const { files, stamp, places = {} } = routerData(page);
      expect(files.length, page).toBeGreaterThan(0);
      // An article's file read from its record, where the page says it is.
      const texts = files.map((file) => (places[file] ? readArticleText([join(dist, manifest.dataPath)], places[file]) : readText(file)));
      expect(stamp, page).toBe(dataStamp(files, texts));
    }
    const articlePage = routerData('articles/693449e0a82507a3/index.html');
    expect(articlePage.files).toEqual(['articles/693449e0a82507a3.json']);
    expect(Object.keys(articlePage.places ?? {})).toEqual(articlePage.files);
    const block = /<script type="application\/json" id="router-data">[^<]*<\/script>/.exec(
      readFileSync(join(dist, 'articles/693449e0a82507a3/index.html'), 'utf8'),
    )![0];
    expect(block).not.toContain('Zelensky');
    // The search page carries the index's directory (so a search opened directly starts a
    // round trip sooner) and where the data files are (so it need not wait for the manifest),
    // and only the search page. The app takes the index's files from them as from the manifest.
    const directoryBlock = /<script type="application\/json" id="search-directory" data-path="([^"]*)">([^<]*)<\/script>/;
    const [, dataPath, carried] = directoryBlock.exec(readFileSync(join(dist, 'search/index.html'), 'utf8')) ?? [];
    expect(dataPath).toBe(manifest.dataPath);
    const directory = JSON.parse(carried!) as SearchDirectory;
    expect(directory).toEqual(JSON.parse(readFileSync(join(dist, 'data', hash!, 'search/index.json'), 'utf8')));
    expect([directory.docCount, directory.parts.length, directory.shardTerms.length]).toEqual([manifest.count, manifest.searchParts, manifest.searchShards]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('id="search-directory"');
    // Nothing every page repeats for nobody: the shortcuts' dialog is added when asked for, and
    // X (Twitter) reads title and description from Open Graph.
    const article = readFileSync(join(dist, 'articles/693449e0a82507a3/index.html'), 'utf8');
    expect(article).toContain('<meta property="og:description"');
    expect(article).not.toMatch(/<dialog|twitter:title|twitter:description/);
  }, 60_000);
});

describe('sitePlugins with publisher settings', () => {
  it("uses them everywhere: language, title, pages, feed, reading times and the app's manifest", async () => {
    const root = siteFolder('branded');
    const settings: SiteOptions = {
      title: 'Harbour Gazette',
      description: 'News from the harbour.',
      language: 'de',
      siteUrl: 'https://gazette.example',
      articlesPerPage: 5,
      readingSpeed: 100,
      feed: { size: 2, fullText: false },
      messages: { 'title.older': 'Aus dem Archiv' },
      theme: { dark: { paper: '#101418', accent: '#8ab4ff' }, sepia: { accent: '#7a2e0e' } },
    };
    await buildSite(root, join(fixtures, 'seeds-good'), '/', settings);
    const dist = join(root, 'dist');
    const [hash] = readdirSync(join(dist, 'data'));
    const page = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(page).toContain('<html lang="de" dir="ltr">');
    // The interface in German, with the publisher's own words where they gave some.
    expect(page).toMatch(/<h1[^>]*>Neueste Artikel<\/h1>/);
    expect(page).toContain('Artikel im Archiv');
    expect(page).toContain('<title>Harbour Gazette</title>');
    expect(page).toContain('<meta name="description" content="News from the harbour." />');
    expect(page).toContain('<link rel="canonical" href="https://gazette.example/" />');
    expect(readFileSync(join(dist, 'page/2/index.html'), 'utf8')).toContain('<title>Aus dem Archiv, Seite 2 — Harbour Gazette</title>');
    const list = JSON.parse(readFileSync(join(dist, 'data', hash!, 'list/0.json'), 'utf8')) as { id: string; readingMinutes: number }[];
    // The first two pages of five: all eight articles.
    expect(list).toHaveLength(8);
    const seed = list.find((entry) => entry.id === '693449e0a82507a3')!;
    expect(seed.readingMinutes).toBe(7); // 3 minutes at 230 words a minute
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Harbour Gazette</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).not.toContain('<content');
    // The publisher's colours: each theme's own rule, only what differs, and the browser's bar in the dark page's colour.
    const css = readdirSync(join(dist, 'assets'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(dist, 'assets', file), 'utf8'))
      .join('');
    expect(css).toMatch(/:root\[data-theme="?dark"?\]\s*\{\s*--color-paper:\s*#101418;\s*--color-accent:\s*#8ab4ff;?\s*\}/);
    expect(css).toMatch(/:root\[data-theme="?sepia"?\]\s*\{\s*--color-accent:\s*#7a2e0e;?\s*\}/);
    expect(css).not.toMatch(/data-theme="?light"?/);
    expect(page).toContain('<meta name="theme-color" content="#101418" media="(prefers-color-scheme: dark)" />');
    expect(page).toContain('<meta name="theme-color" content="#faf8f3" media="(prefers-color-scheme: light)" />');
  }, 60_000);

  it('serves the publisher’s own typefaces from public/, under the base path, first in their stacks', async () => {
    const root = siteFolder('typefaces');
    mkdirSync(join(root, 'public', 'fonts'), { recursive: true });
    writeFileSync(join(root, 'public', 'fonts', 'serif-400.woff2'), 'wOF2');
    await buildSite(root, join(fixtures, 'seeds-good'), '/news/', {
      fonts: { serif: { family: 'Harbour Serif', files: [{ file: 'fonts/serif-400.woff2' }, { file: 'fonts/serif-400.woff2', style: 'italic' }] } },
    });
    const dist = join(root, 'dist');
    const css = readdirSync(join(dist, 'assets'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(dist, 'assets', file), 'utf8'))
      .join('');
    expect(css).toMatch(/@font-face\s*\{\s*font-family:\s*"?Harbour Serif"?;\s*src:\s*url\("?\/news\/fonts\/serif-400\.woff2"?\)\s*format\("?woff2"?\)/);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toMatch(/--font-serif:\s*"?Harbour Serif"?,\s*"?Iowan Old Style"?/);
    expect(existsSync(join(dist, 'fonts', 'serif-400.woff2'))).toBe(true);
    const missing = await buildSite(siteFolder('typefaces-missing'), join(fixtures, 'seeds-good'), '/', {
      fonts: { sans: { family: 'Harbour Sans', files: [{ file: 'fonts/sans.woff2' }] } },
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(missing?.message).toMatch(/site\.fonts names "fonts\/sans\.woff2": there is no such file in .*public\//);
  }, 60_000);

  it('makes the favicon and the web app’s icons from the publisher’s own SVG', async () => {
    const root = siteFolder('icons');
    mkdirSync(join(root, 'public'), { recursive: true });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b5394"/></svg>';
    writeFileSync(join(root, 'public', 'brand.svg'), svg);
    await buildSite(root, join(fixtures, 'seeds-good'), '/', { icon: 'brand.svg', theme: { light: { paper: '#fdfcf8' } } });
    const dist = join(root, 'dist');
    expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toBe(svg);
    const pixel = async (file: string, x: number, y: number) => {
      const { data, info } = await sharp(join(dist, file)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const at = (y * info.width + x) * 4;
      return { size: [info.width, info.height], rgba: [...data.subarray(at, at + 4)] };
    };
    // The mark fills an icon; a maskable icon keeps it in the safe zone, on the page's colour.
    expect(await pixel('icon-192.png', 96, 96)).toEqual({ size: [192, 192], rgba: [0x0b, 0x53, 0x94, 255] });
    expect(await pixel('icon-512.png', 2, 2)).toEqual({ size: [512, 512], rgba: [0x0b, 0x53, 0x94, 255] });
    expect(await pixel('icon-maskable-512.png', 10, 10)).toEqual({ size: [512, 512], rgba: [0xfd, 0xfc, 0xf8, 255] });
    expect(await pixel('icon-maskable-512.png', 256, 256)).toEqual({ size: [512, 512], rgba: [0x0b, 0x53, 0x94, 255] });
    expect((await pixel('apple-touch-icon.png', 1, 1)).size).toEqual([180, 180]);
  }, 60_000);

  it('fails the build naming every wrong setting', async () => {
    const error = await buildSite(siteFolder('badly-branded'), join(fixtures, 'seeds-good'), '/', {
      accentColor: '#ffff00',
      theme: { dark: { ink: '#333333' }, night: {} } as SiteOptions['theme'],
      fonts: { serif: { family: 'Missing Serif', files: [{ file: 'fonts/missing.woff2' }] }, sans: { family: 'x"; }', files: [] } },
      logo: 'missing.svg',
      articlesPerPage: 3,
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/publisher settings .* are wrong/);
    expect(error?.message).toMatch(/site\.accentColor is "#ffff00": its contrast on the page is/);
    expect(error?.message).toMatch(/site\.theme\.night is not a theme/);
    expect(error?.message).toMatch(/site\.fonts\.sans\.family is "x\\"; }": expected the typeface's name/);
    expect(error?.message).toMatch(/site\.fonts\.sans\.files is \[\]: expected at least one/);
    expect(error?.message).toMatch(/site\.logo is "missing\.svg": there is no such file in/);
    expect(error?.message).toMatch(/site\.articlesPerPage is 3/);
  }, 60_000);

  it('builds another edition from SITE_LANGUAGE, right to left for Arabic, pages and web app manifest alike', async () => {
    const root = siteFolder('arabic');
    process.env.SITE_LANGUAGE = 'ar';
    try {
      // The whole site's plugins, as vite.config.ts lists them: the settings are resolved once, for both.
      const plugins = newsArchive({ dir: join(fixtures, 'seeds-good'), site: { language: 'en', title: 'Harbour Gazette' } });
      await build({ root, configFile: false, logLevel: 'silent', plugins, build: { outDir: join(root, 'dist') } });
    } finally {
      delete process.env.SITE_LANGUAGE;
    }
    const page = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toMatch(/<h1[^>]*>أحدث المقالات<\/h1>/);
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Harbour Gazette', lang: 'ar', dir: 'rtl' });
    expect(existsSync(join(root, 'dist', 'service-worker.js'))).toBe(true);
  }, 60_000);

  it('fails the build naming a message that does not exist', async () => {
    const error = await buildSite(siteFolder('bad-message'), join(fixtures, 'seeds-good'), '/', { messages: { 'list.lates': 'Front page' } as never }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/site\.messages\["list\.lates"\] is not a message of the interface/);
  }, 60_000);
});

describe('sitePlugins in the dev server', () => {
  let server: ViteDevServer | undefined;
  afterAll(() => server?.close());

  it('serves the good articles despite bad seeds and picks up added, edited and removed seeds without a restart', async () => {
    const root = siteFolder('dev');
    const seeds = join(root, 'seeds');
    cpSync(join(fixtures, 'seeds-bad'), seeds, { recursive: true });
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [sitePlugins({ dir: seeds })],
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    const address = server.httpServer!.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const archive = async () => (await server!.ssrLoadModule('virtual:archive')) as { manifest: { dataPath: string }; seedProblems: unknown[] };
    // The list as the app sees it: the manifest from the module, the data from the dev server.
    const titles = async () => {
      const { manifest } = await archive();
      const response = await fetch(`${origin}${manifest.dataPath}list/0.json`);
      return ((await response.json()) as { title: string }[]).map((a) => a.title);
    };
    const eventually = async (check: (titles: string[]) => boolean) => {
      for (let i = 0; i < 100 && !check(await titles()); i++) await new Promise((r) => setTimeout(r, 50));
      return titles();
    };

    expect(await titles()).toEqual(['A title the author chose', 'A file whose name has no id', 'Ad sales boost Time Warner profit']);
    expect((await archive()).seedProblems).toHaveLength(13);
    const missing = await fetch(`${origin}${(await archive()).manifest.dataPath}articles/ffffffffffffffff.json`);
    expect(missing.status).toBe(404);
    // An article's file, which a build has only in its pack: the dev server prerenders no page that says where.
    const present = await fetch(`${origin}${(await archive()).manifest.dataPath}articles/a1b2c3d4e5f60718.json`);
    expect(((await present.json()) as { article: { title: string } }).article.title).toBe('Ad sales boost Time Warner profit');

    writeFileSync(join(seeds, '020_2000000000000001.txt'), ' date 2030-01-01 Added later\n\nA new article.');
    expect(await eventually((t) => t.length === 4)).toContain('Added later');

    writeFileSync(join(seeds, '020_2000000000000001.txt'), ' date 2030-01-01 Edited headline\n\nA new article.');
    expect(await eventually((t) => t.includes('Edited headline'))).toContain('Edited headline');

    unlinkSync(join(seeds, '020_2000000000000001.txt'));
    expect(await eventually((t) => t.length === 3)).toHaveLength(3);

    // Seeds in a new year folder, and the folder removed whole.
    mkdirSync(join(seeds, '2031', '01'), { recursive: true });
    writeFileSync(join(seeds, '2031', '01', 'harbour.txt'), ' date 2031-01-01 In a year folder\n\nA new article.');
    expect(await eventually((t) => t.includes('In a year folder'))).toContain('In a year folder');
    rmSync(join(seeds, '2031'), { recursive: true });
    expect(await eventually((t) => !t.includes('In a year folder'))).toHaveLength(3);
  }, 60_000);
});
