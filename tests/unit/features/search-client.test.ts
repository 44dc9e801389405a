import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRowFiles } from '../../../src/content/search/search-docs.ts';
import { buildSearchIndex } from '../../../src/content/search/search-index.ts';
import { createSearchClient } from '../../../src/features/search/search-client.ts';
import type { Article } from '../../../src/content/seeds/article.ts';
import { articleTerms } from '../../../src/content/search/article-terms.ts';
import type { ArticleAt } from '../../../src/content/archive/article-pack.ts';
import { packArticles } from '../../packs.ts';

const article = (title: string): Article => ({
  id: title,
  order: 0,
  file: '',
  date: '2024-01-01',
  title,
  excerpt: '',
  wordCount: 1,
  readingMinutes: 1,
  tags: [],
  blocks: [{ kind: 'paragraph', text: title }],
});

describe('createSearchClient without Web Workers (the in-page fallback)', () => {
  const articles = [article('Cocoa harvest'), article('Coffee harvest')];
  const index = buildSearchIndex(articles.map(articleTerms), 10);
  const { parts, shards } = index;
  // The pack holds the first article's record only: the second's is past its end.
  const { places, packs } = packArticles(articles.slice(0, 1));
  const missing: ArticleAt = [0, places[0]![2], 100];
  const rows = buildRowFiles(articles.map((a, i) => ({ ...a, at: places[i] ?? missing })));
  const directory = { ...index.directory, rowBytes: rows.slot };
  const files = new Map<string, unknown>([
    ['/index.json', directory],
    ...parts.map((p, i) => [`/terms/${i}.json`, p] as [string, unknown]),
    ...shards.map((s, i) => [`/postings/${i}.json`, s] as [string, unknown]),
    ['/rows/0.bin', new TextEncoder().encode(rows.files[0])],
    ...[...packs].map(([path, bytes]) => [`/${path}`, bytes] as [string, unknown]),
  ]);
  // As the app's: where the index is, once the archive's manifest has been read.
  const source = async () => ({
    indexUrl: 'http://x/index.json',
    partUrls: parts.map((_, i) => `http://x/terms/${i}.json`),
    shardUrls: shards.map((_, i) => `http://x/postings/${i}.json`),
    rowUrls: ['http://x/rows/0.bin'],
    dataUrl: 'http://x/',
  });
  const serve = async (url: string) => {
    const body = files.get(new URL(url).pathname);
    if (body === undefined) return new Response('', { status: 404 });
    return new Response(body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body));
  };

  it('answers with the entries found, then the passages of those whose texts it could read', async () => {
    vi.stubGlobal('fetch', serve);
    const client = createSearchClient(source);
    const answer = await client.search('harvest', 10);
    expect(answer?.total).toBe(2);
    expect(answer?.entries.map((e) => e.title).sort()).toEqual(['Cocoa harvest', 'Coffee harvest']);
    const passages = await answer!.passages;
    const byTitle = new Map(answer!.entries.map((e, i) => [e.title, passages[i]]));
    expect(byTitle.get('Cocoa harvest')).toEqual([
      { text: 'Cocoa ', match: false },
      { text: 'harvest', match: true },
    ]);
    // The other article's record is missing: no passage, and no failure.
    expect(byTitle.get('Coffee harvest')).toBeNull();
  });

  it("reads the passages of the first results it is told to at once, and the others' when asked for, keeping what arrived", async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => (fetched.push(new URL(url).pathname), serve(url)));
    const client = createSearchClient(source, undefined, undefined, () => 1);
    const answer = (await client.search('harvest', 10))!;
    const first = await answer.passages;
    const texts = () => fetched.filter((path) => path.startsWith('/articles/'));
    expect(first[0]).toBeTruthy();
    expect(first[1]).toBeUndefined();
    expect(texts()).toHaveLength(1);
    const all = await answer.allPassages();
    // The second article's record is missing: read, and no passage.
    expect(texts()).toHaveLength(2);
    expect(all[0]).toEqual(first[0]);
    expect(all[1]).toBeNull();
    // What a view drawing the answer at once gets: every passage now.
    expect(client.arrived('harvest', 10)?.passages).toEqual(all);
  });

  it('holds the answer to the latest question as far as it has arrived, and only for it', async () => {
    vi.stubGlobal('fetch', serve);
    const client = createSearchClient(source);
    const asked = client.search('cocoa', 10);
    expect(client.arrived('cocoa', 10)).toBeNull();
    const answer = await asked;
    // The client keeps what arrived as the answer settles: wait for that state, not a tick.
    await vi.waitFor(() => expect(client.arrived('cocoa', 10)?.entries).toEqual(answer?.entries));
    await answer!.passages;
    await vi.waitFor(() => expect(client.arrived('cocoa', 10)?.passages).toHaveLength(1));
    expect(client.arrived('cocoa', 20)).toBeNull();
    expect(client.arrived('coffee', 10)).toBeNull();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('answers the latest query and drops the ones it overtook', async () => {
    vi.stubGlobal('fetch', serve);
    const client = createSearchClient(source);
    const older = client.search('cocoa', 10);
    const newer = client.search('harvest', 10);
    expect(await older).toBeNull();
    expect((await newer)?.total).toBe(2);
  });

  it('lets the latest query asked again share its answer, while it runs and after', async () => {
    vi.stubGlobal('fetch', serve);
    const client = createSearchClient(source);
    const early = client.search('harvest', 10);
    expect(client.search('harvest', 10)).toBe(early);
    expect((await early)?.total).toBe(2);
    expect(client.search('harvest', 10)).toBe(early);
    const more = client.search('harvest', 20);
    expect(more).not.toBe(early);
    expect((await more)?.total).toBe(2);
  });

  it('starts loading the index when warmed, before any query', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (asked.push(new URL(url).pathname), serve(url)));
    const client = createSearchClient(source);
    expect(asked).toEqual([]);
    client.warm();
    await vi.waitFor(() => expect(asked).toEqual(['/index.json']));
    expect((await client.search('cocoa', 10))?.total).toBe(1);
    // The directory came once.
    expect(asked.filter((path) => path === '/index.json')).toHaveLength(1);
  });

  it('fails a query when the index cannot be fetched, and tries again on the next', async () => {
    let online = false;
    vi.stubGlobal('fetch', async (url: string) => (online ? serve(url) : new Response('', { status: 503 })));
    const client = createSearchClient(source);
    await expect(client.search('cocoa', 10)).rejects.toThrow(/503/);
    online = true;
    expect((await client.search('cocoa', 10))?.total).toBe(1);
  });

  it("fails a query when the archive's manifest cannot be read, and tries again on the next", async () => {
    vi.stubGlobal('fetch', serve);
    let readable = false;
    const client = createSearchClient(() => (readable ? source() : Promise.reject(new Error('archive.json: HTTP 503'))));
    await expect(client.search('cocoa', 10)).rejects.toThrow(/archive\.json/);
    readable = true;
    expect((await client.search('cocoa', 10))?.total).toBe(1);
  });
});
