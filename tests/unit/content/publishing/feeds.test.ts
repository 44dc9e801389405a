// @vitest-environment jsdom
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/content/seeds/article.ts';
import { atomFeed, robotsTxt, sitemap, sitemapFiles, SITEMAP_LIMITS } from '../../../../src/content/publishing/feeds.ts';

/** The document a real XML parser reads, or the parser's error. */
function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.querySelector('parsererror');
  if (error) throw new Error(error.textContent ?? 'not well-formed');
  return document;
}

const hostile = `BEL\u0007 ESC\u001b[2J NUL\u0000 one\u0001 FFFF\uFFFF FFFE\uFFFE lone\uD800 low\uDC00 & <b>"quoted"</b> 'apos' ok 😀`;
const article: Article = {
  id: '693449e0a82507a3',
  order: 0,
  file: '000_693449e0a82507a3.txt',
  date: '2024-05-06',
  title: hostile,
  excerpt: hostile,
  wordCount: 10,
  readingMinutes: 1,
  author: hostile,
  tags: [],
  blocks: [
    { kind: 'heading', text: hostile },
    { kind: 'paragraph', text: `${'a long paragraph '.repeat(600)}${hostile}` },
  ],
};

describe('the feed and the sitemap', () => {
  it('stay well-formed XML whatever characters a seed holds, marking each one XML cannot carry with U+FFFD', () => {
    const xml = atomFeed([article], 'https://archive.example/', `Title ${hostile}`, (id) => `https://archive.example/articles/${id}`, {
      size: 50,
      fullText: true,
    });
    const feed = parseXml(xml);
    const entryTitle = feed.querySelector('entry > title')!.textContent!;
    expect(entryTitle).toBe(`BEL\uFFFD ESC\uFFFD[2J NUL\uFFFD one\uFFFD FFFF\uFFFD FFFE\uFFFD lone\uFFFD low\uFFFD & <b>"quoted"</b> 'apos' ok 😀`);
    expect(feed.querySelector('entry > content')!.textContent).toContain('<h2>BEL\uFFFD');
    const german = parseXml(atomFeed([article], 'https://archive.example/', 'Archiv', (id) => id, { size: 50, fullText: false, language: 'de' }));
    expect(german.documentElement.getAttribute('xml:lang')).toBe('de');
    expect(feed.documentElement.hasAttribute('xml:lang')).toBe(false);
    expect(parseXml(sitemap([{ loc: 'https://archive.example/?a=1&b=2' }])).querySelector('loc')!.textContent).toBe('https://archive.example/?a=1&b=2');
  });
});

describe('a Markdown article in the feed', () => {
  it('carries its emphasis, lists, quotations, code and http links as HTML, and its raw HTML and other links as text', () => {
    const markdown: Article = {
      ...article,
      title: 'Budget',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A bold claim, <b>raw</b> and a trick.',
          inlines: [
            { kind: 'strong', children: [{ kind: 'text', text: 'A bold claim' }] },
            { kind: 'text', text: ', <b>raw</b> and ' },
            { kind: 'link', href: 'javascript:alert(1)', children: [{ kind: 'text', text: 'a trick' }] },
            { kind: 'text', text: '.' },
          ],
        },
        {
          kind: 'list',
          text: 'one\ntwo\ninside',
          ordered: true,
          items: [
            [{ kind: 'link', href: 'https://example.org/?a=1&b=2', children: [{ kind: 'text', text: 'one' }] }],
            [{ kind: 'text', text: 'two' }],
            [{ kind: 'text', text: 'inside' }],
          ],
          levels: [
            [0, true],
            [0, true],
            [1, false],
          ],
        },
        { kind: 'quote', text: 'Quoted.' },
        { kind: 'code', text: '<script>x</script>' },
      ],
    };
    const feed = parseXml(atomFeed([markdown], 'https://archive.example/', 'T', (id) => id, { size: 50, fullText: true }));
    const html = new DOMParser().parseFromString(feed.querySelector('entry > content')!.textContent!, 'text/html').body;
    expect(html.querySelector('p > strong')!.textContent).toBe('A bold claim');
    expect(html.querySelector('p')!.textContent).toBe('A bold claim, <b>raw</b> and a trick.');
    expect(html.querySelectorAll('b, script, a[href^="javascript"]')).toHaveLength(0);
    expect([...html.querySelectorAll('ol > li')].map((li) => li.firstChild!.textContent)).toEqual(['one', 'two']);
    expect(html.querySelector('ol > li:last-child > ul > li')!.textContent).toBe('inside');
    expect(html.querySelector('ol a')!.getAttribute('href')).toBe('https://example.org/?a=1&b=2');
    expect(html.querySelector('blockquote')!.textContent).toBe('Quoted.');
    expect(html.querySelector('pre > code')!.textContent).toBe('<script>x</script>');
  });
});

describe('an entry with images', () => {
  it('carries the lead image as an enclosure and every image as a figure with its absolute address, size and escaped alt text', () => {
    const pictured: Article = {
      ...article,
      title: 'Harbour',
      image: { alt: 'The <b>harbour</b>', caption: 'At dawn', hash: 'aaaaaaaaaaaaaaaa', width: 1200, height: 800, widths: [480, 960, 1200] },
      blocks: [
        { kind: 'paragraph', text: 'Text.' },
        { kind: 'image', text: '', image: { alt: 'A crane', hash: 'bbbbbbbbbbbbbbbb', width: 400, height: 300, widths: [400] } },
      ],
    };
    const feed = parseXml(atomFeed([pictured], 'https://archive.example/news/', 'T', (id) => id, { size: 50, fullText: true }));
    expect(feed.querySelector('entry > link[rel="enclosure"]')!.getAttribute('href')).toBe(
      'https://archive.example/news/assets/img/aaaaaaaaaaaaaaaa-1200.webp',
    );
    const html = new DOMParser().parseFromString(feed.querySelector('entry > content')!.textContent!, 'text/html').body;
    const images = [...html.querySelectorAll('figure > img')];
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('alt')])).toEqual([
      ['https://archive.example/news/assets/img/aaaaaaaaaaaaaaaa-1200.webp', '1200', '800', 'The <b>harbour</b>'],
      ['https://archive.example/news/assets/img/bbbbbbbbbbbbbbbb-400.webp', '400', '300', 'A crane'],
    ]);
    expect(html.querySelector('figcaption')!.textContent).toBe('At dawn');
    expect(html.querySelectorAll('b, p:empty')).toHaveLength(0);
  });
});

describe('the sitemap index', () => {
  const root = 'https://archive.example/news/';
  const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
  /** `n` URLs as the build lists them: the list, then articles newest first. */
  const urls = (n: number) => [
    { loc: root },
    ...Array.from({ length: n - 1 }, (_, i) => ({
      loc: `${root}articles/${i.toString(16).padStart(16, '0')}`,
      lastmod: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    })),
  ];

  /**
   * What a sitemap or an index says, as saxes (the conforming, namespace-aware XML parser
   * inside jsdom) reads it: jsdom takes 20 s to build the DOM of 50,000 URLs on a loaded
   * machine, saxes a fraction of one. Throws on anything not well-formed.
   */
  function read(xml: string): { root: string; entries: { element: string; loc: string; lastmod?: string }[] } {
    const parser = new SaxesParser({ xmlns: true });
    const entries: { element: string; loc: string; lastmod?: string }[] = [];
    const path: string[] = [];
    let rootName = '';
    let text = '';
    parser.on('error', (error) => {
      throw error;
    });
    parser.on('opentag', (tag) => {
      if (tag.uri !== SITEMAP_NS) throw new Error(`${tag.name} is in namespace ${tag.uri}, not ${SITEMAP_NS}`);
      if (path.length === 0) rootName = tag.local;
      if (path.length === 1) entries.push({ element: tag.local, loc: '' });
      path.push(tag.local);
      text = '';
    });
    parser.on('text', (t) => (text += t));
    parser.on('closetag', (tag) => {
      path.pop();
      const entry = entries[entries.length - 1];
      if (entry && tag.local === 'loc') entry.loc = text;
      if (entry && tag.local === 'lastmod') entry.lastmod = text;
    });
    parser.write(xml).close();
    return { root: rootName, entries };
  }

  it('splits more than 50,000 URLs into sitemaps of at most 50,000 and 50 MB, named by an index at the site root', () => {
    const all = urls(100_002);
    const files = sitemapFiles(all, root);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    // The index also reads as a DOM document: a real browser's parser accepts it.
    expect(parseXml(files.get('sitemap.xml')!).documentElement.namespaceURI).toBe(SITEMAP_NS);
    const index = read(files.get('sitemap.xml')!);
    expect(index.root).toBe('sitemapindex');
    // Absolute addresses beside the index: a sitemap may only list URLs at or below its own folder.
    expect(index.entries).toEqual([
      { element: 'sitemap', loc: `${root}sitemap-1.xml`, lastmod: '2024-01-28' },
      { element: 'sitemap', loc: `${root}sitemap-2.xml`, lastmod: '2024-01-28' },
      { element: 'sitemap', loc: `${root}sitemap-3.xml`, lastmod: '2024-01-13' },
    ]);
    const listed = [1, 2, 3].map((n) => {
      const text = files.get(`sitemap-${n}.xml`)!;
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes);
      const sitemap = read(text);
      expect(sitemap.root).toBe('urlset');
      expect(sitemap.entries.every(({ element }) => element === 'url')).toBe(true);
      return sitemap.entries.map(({ loc }) => loc);
    });
    expect(listed.map((part) => part.length)).toEqual([50_000, 50_000, 2]);
    expect(listed.flat().join('\n') === all.map(({ loc }) => loc).join('\n')).toBe(true);
  });

  it('starts a new sitemap before one would pass the byte limit, and names one file for a small site', () => {
    const files = sitemapFiles(urls(30), root, { urls: 50_000, bytes: 1_000 });
    const parts = [...files].filter(([name]) => name !== 'sitemap.xml');
    expect(parts.length).toBeGreaterThan(3);
    for (const [name, text] of parts) expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(1_000);
    expect(parts.flatMap(([, text]) => read(text).entries.map(({ loc }) => loc))).toEqual(urls(30).map(({ loc }) => loc));
    expect(read(files.get('sitemap.xml')!).entries).toHaveLength(parts.length);
    const small = sitemapFiles(urls(3), root);
    expect(read(small.get('sitemap.xml')!).entries.map(({ loc }) => loc)).toEqual([`${root}sitemap-1.xml`]);
    expect(robotsTxt(root)).toContain(`Sitemap: ${root}sitemap.xml\n`);
  });
});
