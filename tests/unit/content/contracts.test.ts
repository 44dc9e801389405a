import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { articlePath, listPath, searchPath } from '../../../src/app/paths.ts';
import { routes } from '../../../src/app/router.tsx';
import { routePages } from '../../../src/node/route-pages.ts';
import {
  articleFileId,
  articlePageId,
  articleRoute,
  dataFiles,
  DEFAULTS,
  LIST_ROUTE_PATTERNS,
  listRoute,
  listChunks,
  pageCount,
  publicPath,
  routeFile,
} from '../../../src/content/contracts.ts';

const root = new URL('../../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the contracts between build, app, service worker and host', () => {
  it('reads an article id back from its page and from its file, and from nothing else', () => {
    const id = '693449e0a82507a3';
    expect(articlePageId(articleRoute(id))).toBe(id);
    expect(articleFileId(dataFiles.article(id))).toBe(id);
    expect(articleFileId(`/news/data/abc123/${dataFiles.article(id)}`)).toBe(id);
    for (const other of [`${articleRoute(id)}/`, `x/${articleRoute(id)}`, articleRoute('693449e0a82507a'), 'page/2', dataFiles.article(id)])
      expect(articlePageId(other)).toBeNull();
    for (const other of [dataFiles.articlePack(3), `${dataFiles.article(id)}x`, articleRoute(id)]) expect(articleFileId(other)).toBeNull();
  });

  it('builds list addresses and their router patterns from one rule', () => {
    expect(listRoute()).toBe('');
    expect(listRoute({}, 3)).toBe('page/3');
    expect(listRoute({ year: '2024', month: '03' }, 2)).toBe('archive/2024/03/page/2');
    expect(listRoute({ tag: 'oil' })).toBe('tags/oil');
    expect(LIST_ROUTE_PATTERNS).toEqual([
      '',
      'page/:page',
      'archive/:year',
      'archive/:year/page/:page',
      'archive/:year/:month',
      'archive/:year/:month/page/:page',
      'tags/:tag',
      'tags/:tag/page/:page',
      'authors/:author',
      'authors/:author/page/:page',
      'sections/:section',
      'sections/:section/page/:page',
    ]);
    expect(routeFile('')).toBe('index.html');
    expect(routeFile(articleRoute('abc'))).toBe('articles/abc/index.html');
    // Each page format names a page by the address a host answers from its file with 200.
    expect([routeFile(articleRoute('abc'), 'file'), publicPath(articleRoute('abc'), 'file')]).toEqual(['articles/abc.html', 'articles/abc']);
    expect(publicPath(articleRoute('abc'), 'directory')).toBe('articles/abc/');
    expect([routeFile('', 'file'), publicPath('', 'file'), publicPath('', 'directory')]).toEqual(['index.html', '', '']);
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50)]).toEqual([1, 1, 2]);
    // Three pages to a list data file.
    expect([listChunks(0, 50), listChunks(150, 50), listChunks(151, 50)]).toEqual([0, 1, 2]);
    expect(dataFiles.list(2)).toBe('list/2.json');
  });

  it('lets the router answer every address the app links to and the build writes a page for', () => {
    const leaf = (path: string) => matchRoutes(routes, path)?.at(-1)?.route;
    const tag = { kind: 'tag' as const, slug: 'oil', label: 'Oil' };
    const author = { kind: 'author' as const, slug: 'jane-doe', label: 'Jane Doe' };
    const section = { kind: 'section' as const, slug: 'business', label: 'Business' };
    for (const path of [
      listPath(),
      listPath({}, 2),
      listPath({ year: '1987' }),
      listPath({ year: '1987', month: '04' }, 3),
      listPath({ group: tag }),
      listPath({ group: tag }, 2),
      listPath({ group: author }),
      listPath({ group: section }, 2),
    ])
      expect(leaf(path)?.loader, path).toBeDefined();
    expect(leaf(articlePath('0123456789abcdef'))?.path).toBe('articles/:id');
    expect(leaf(searchPath(''))?.path).toBe('search');
    const pages = routePages(['0123456789abcdef'], {
      count: 120,
      pageSize: 50,
      months: [['1987-04', 120]],
      groups: { tag: [['oil', 'Oil', 60]], author: [['jane-doe', 'Jane Doe', 3]], section: [['business', 'Business', 51]] },
    });
    for (const { path } of pages.filter((page) => page.path !== '404')) expect(leaf(`/${path}`)?.path, path).not.toBe('*');
    expect(pages.map((page) => page.file)).toEqual(
      expect.arrayContaining(['archive/1987/04/page/3/index.html', 'authors/jane-doe/index.html', 'sections/business/page/2/index.html']),
    );
    expect(listPath({ group: author })).toBe('/authors/jane-doe');
  });

  it('writes each contract once: no second copy of a data file name, page id, route or default elsewhere in the code', () => {
    const code = [
      ...(readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter((file) => /\.(tsx?|mjs)$/.test(file)).map((file) => `src/${file}`),
      'vite.config.ts',
    ].filter((file) => file !== 'src/content/contracts.ts');
    const copies = [
      /['"`]router-data['"`]/,
      /['"`]search-directory['"`]/,
      /search\/(index\.json|terms\/|postings\/|docs\/)/,
      /[`'"](list|articles|tags)\/\$\{/,
      /[`'"/]data\/[`'*$]/,
      /#faf8f3/i,
      /['"`]404\.html['"`]/,
      /Math\.ceil\([^)]*pageSize/,
      /\b(articlesPerPage|readingSpeed): \d/,
      /path: ['"](page|archive|tags|articles|search)\b/,
    ];
    const found = code.flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
        // Comments may name a contract to explain it.
        .filter(({ line }) => !/^(\/\/|\*|\/\*)/.test(line) && copies.some((copy) => copy.test(line)))
        .map(({ line, at }) => `${relative('.', at)}: ${line}`),
    );
    expect(found).toEqual([]);
  });

  it('holds the paper colour of the stylesheet and of index.html, which cannot import it, equal to the default', () => {
    expect(/--color-paper: (#[0-9a-f]{6});/.exec(read('src/styles.css'))?.[1]).toBe(DEFAULTS.paperColor);
    expect(/<meta name="theme-color" content="(#[0-9a-f]{6})" media="\(prefers-color-scheme: light\)"/.exec(read('index.html'))?.[1]).toBe(DEFAULTS.paperColor);
  });
});
