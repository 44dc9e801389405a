import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../src/content/search-index.ts';
import { createSearchClient } from '../../../src/features/search/search-client.ts';
import type { Article } from '../../../src/content/article.ts';
import { articleTerms } from '../../../src/content/article-terms.ts';

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
  const { directory, parts, shards } = buildSearchIndex([article('Cocoa harvest'), article('Coffee harvest')].map(articleTerms), 10);
  const files = new Map<string, unknown>([
    ['/index.json', directory],
    ...parts.map((p, i) => [`/terms/${i}.json`, p] as [string, unknown]),
    ...shards.map((s, i) => [`/postings/${i}.json`, s] as [string, unknown]),
  ]);
  const source = () => ({
    indexUrl: 'http://x/index.json',
    partUrls: parts.map((_, i) => `http://x/terms/${i}.json`),
    shardUrls: shards.map((_, i) => `http://x/postings/${i}.json`),
  });
  afterEach(() => vi.unstubAllGlobals());

  it('answers the latest query and drops the ones it overtook', async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(files.get(new URL(url).pathname))));
    const client = createSearchClient(source);
    const older = client.search('cocoa', 10);
    const newer = client.search('harvest', 10);
    expect(await older).toBeNull();
    expect((await newer)?.total).toBe(2);
  });

  it('lets the same query asked again while it runs share its answer', async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(files.get(new URL(url).pathname))));
    const client = createSearchClient(source);
    const early = client.search('harvest', 10);
    const again = client.search('harvest', 10);
    expect(again).toBe(early);
    expect((await again)?.total).toBe(2);
    const more = client.search('harvest', 20);
    expect(more).not.toBe(early);
    expect((await more)?.total).toBe(2);
  });

  it('fails a query when the index cannot be fetched, and tries again on the next', async () => {
    let online = false;
    vi.stubGlobal('fetch', async (url: string) => (online ? new Response(JSON.stringify(files.get(new URL(url).pathname))) : new Response('', { status: 503 })));
    const client = createSearchClient(source);
    await expect(client.search('cocoa', 10)).rejects.toThrow(/503/);
    online = true;
    expect((await client.search('cocoa', 10))?.total).toBe(1);
  });
});
