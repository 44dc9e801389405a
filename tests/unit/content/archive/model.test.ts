import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routePages } from '../../../../src/node/route-pages.ts';
import {
  articleFileText,
  buildArchiveFiles,
  readArticleFile,
  chunksFor,
  countMonths,
  filterRange,
  manifestStamp,
  type ArchiveManifest,
  type ArticleFile,
  type ListEntry,
} from '../../../../src/content/archive/model.ts';
import type { Article, Block } from '../../../../src/content/seeds/article.ts';
import { listChunkSize } from '../../../../src/content/contracts.ts';

const article = (id: string, date: string): Article => ({
  id,
  order: 0,
  file: `${id}.txt`,
  date,
  title: `Title ${id}`,
  excerpt: 'Excerpt.',
  wordCount: 10,
  readingMinutes: 1,
  tags: [],
  blocks: [{ kind: 'paragraph', text: 'Body.' }],
});
const dates = ['2025-01-09', '2024-12-31', '2024-12-01', '2024-11-05', '2023-06-30'];
const articles = dates.map((date, i) => article(`id${i}`, date));
const manifest = {
  count: 5,
  months: countMonths(articles),
  pageSize: 2,
  groups: { tag: [['europe', 'Europe', 3]] as [string, string, number][], author: [['jane-doe', 'Jane Doe', 1]] as [string, string, number][], section: [] },
};

describe('countMonths and filterRange', () => {
  it('counts articles per month, newest first', () => {
    expect(manifest.months).toEqual([
      ['2025-01', 1],
      ['2024-12', 2],
      ['2024-11', 1],
      ['2023-06', 1],
    ]);
  });

  it('finds the run of the list a year or a month selects', () => {
    expect(filterRange(manifest, {})).toEqual({ start: 0, count: 5 });
    expect(filterRange(manifest, { year: '2024' })).toEqual({ start: 1, count: 3 });
    expect(filterRange(manifest, { year: '2024', month: '11' })).toEqual({ start: 3, count: 1 });
    expect(filterRange(manifest, { year: '2022' })).toBeNull();
    expect(filterRange(manifest, { year: '2024', month: '02' })).toBeNull();
  });
});

describe('chunksFor', () => {
  it('names every data file a range touches, and no other', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(120), fc.integer({ min: 1, max: 60 }), (start, count, size) => {
        const chunks = chunksFor(start, count, size);
        const needed = new Set(Array.from({ length: count }, (_, i) => Math.floor((start + i) / listChunkSize(size))));
        expect(chunks).toEqual([...needed]);
      }),
    );
  });
});

describe('buildArchiveFiles', () => {
  const files = buildArchiveFiles(articles, [], 2);

  it('writes the list’s entries in order, three pages to a file, without article bodies', () => {
    // Five articles, two to a page: one file of up to six.
    expect(files.has('list/1.json')).toBe(false);
    const entries = JSON.parse(files.get('list/0.json')!) as ListEntry[];
    expect(entries.map((e) => e.id)).toEqual(['id0', 'id1', 'id2', 'id3', 'id4']);
    expect(Object.keys(entries[0]!).sort()).toEqual(['date', 'excerpt', 'id', 'readingMinutes', 'title']);
  });

  it('writes each article with its neighbours', () => {
    const middle = readArticleFile(files.get('articles/id2.json')!);
    expect(middle.newer).toEqual({ id: 'id1', title: 'Title id1' });
    expect(middle.older).toEqual({ id: 'id3', title: 'Title id3' });
    expect(middle.article).toEqual(articles[2]);
    expect(readArticleFile(files.get('articles/id0.json')!).newer).toBeUndefined();
  });

  it('leaves out of an article’s file the excerpt that is its first paragraph and the kind of a paragraph, and reads both back', () => {
    const lede = { ...article('idx', '2024-01-01'), excerpt: 'Body.' };
    const text = buildArchiveFiles([lede], [], 2).get('articles/idx.json')!;
    expect(text).not.toContain('"excerpt"');
    expect(text).not.toContain('"kind"');
    expect(readArticleFile(text).article).toEqual(lede);
    const blocks = fc.array(
      fc.record({ kind: fc.constantFrom('paragraph', 'heading', 'list', 'quote', 'code') as fc.Arbitrary<Block['kind']>, text: fc.string() }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(blocks, fc.string(), fc.boolean(), (blocks, other, fromLede) => {
        const lede = blocks.find((block) => block.kind === 'paragraph');
        const file: ArticleFile = { article: { ...article('idy', '2024-01-01'), blocks, excerpt: fromLede && lede ? lede.text : other }, related: [] };
        expect(readArticleFile(articleFileText(file))).toEqual(file);
      }),
    );
  });

  it('gives a related article the thumbnail of its lead image, as the list does, and spends nothing on one without', () => {
    const pictured = articles.map((a, i) =>
      i === 1 ? { ...a, image: { alt: 'A quay', hash: 'abcdefabcdefabcd', width: 800, height: 600, widths: [480, 800] } } : a,
    );
    const withRelated = buildArchiveFiles(pictured, [[1, 2]], 2);
    const related = (JSON.parse(withRelated.get('articles/id0.json')!) as ArticleFile).related;
    expect(related).toEqual([
      { id: 'id1', title: 'Title id1', date: '2024-12-31', thumb: 'abcdefabcdefabcd' },
      { id: 'id2', title: 'Title id2', date: '2024-12-01' },
    ]);
    expect((JSON.parse(withRelated.get('list/0.json')!) as ListEntry[])[1]!.thumb).toBe('abcdefabcdefabcd');
  });
});

describe('routePages', () => {
  it('serves each route from the file a static host looks up for it', () => {
    for (const { path, file } of routePages(['id0'], manifest)) {
      expect(file).toBe(path === '' ? 'index.html' : path === '404' ? '404.html' : `${path}/index.html`);
    }
  });

  it('lists a page for every article, list page, year, month, tag, author and section; a year is one page, however many articles it holds', () => {
    expect(
      routePages(['id0'], manifest)
        .map((p) => p.file)
        .sort(),
    ).toEqual(
      [
        'index.html',
        '404.html',
        'search/index.html',
        'articles/id0/index.html',
        'page/2/index.html',
        'page/3/index.html',
        'archive/2025/index.html',
        'archive/2024/index.html',
        'archive/2023/index.html',
        'archive/2025/01/index.html',
        'archive/2024/12/index.html',
        'archive/2024/11/index.html',
        'archive/2023/06/index.html',
        'tags/europe/index.html',
        'tags/europe/page/2/index.html',
        'authors/jane-doe/index.html',
      ].sort(),
    );
  });
});

describe('manifestStamp', () => {
  const manifest: ArchiveManifest = {
    dataPath: 'data/0123456789ab/',
    count: 5,
    pageSize: 50,
    months: countMonths(articles),
    searchParts: 1,
    searchShards: 2,
    offlineBytes: 1000,
    groups: { tag: [['cocoa', 'Cocoa', 2]], author: [], section: [] },
    searchExample: null,
  };

  it('is the same for the manifest read back from its file, whatever the fields not named', () => {
    const read = JSON.parse(JSON.stringify({ ...manifest, dataPath: 'data/ba9876543210/', offlineBytes: 2 })) as ArchiveManifest;
    expect(manifestStamp(read, ['count', 'groups', 'months'])).toBe(manifestStamp(manifest, ['count', 'groups', 'months']));
  });

  it('differs when a named field differs in any value', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.string(), (count, label) => {
        fc.pre(count !== manifest.count || label !== 'Cocoa');
        const other = { ...manifest, count, groups: { ...manifest.groups, tag: [['cocoa', label, 2]] } } as ArchiveManifest;
        expect(manifestStamp(other, ['count', 'groups'])).not.toBe(manifestStamp(manifest, ['count', 'groups']));
      }),
    );
  });
});
