import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleTerms } from '../../../src/content/search/article-terms.ts';
import { buildRowFiles } from '../../../src/content/search/search-docs.ts';
import { buildSearchIndex } from '../../../src/content/search/search-index.ts';
import { openSearch } from '../../../src/features/search/search-session.ts';
import { testArticle } from '../content/test-article.ts';
import { packArticles } from '../../packs.ts';

describe('the passages of what a search found', () => {
  const articles = [testArticle('Cocoa harvest', 'Cocoa harvest', { id: 'cocoa' }), testArticle('Coffee harvest', 'Coffee harvest', { id: 'coffee' })];
  const index = buildSearchIndex(articles.map(articleTerms), 10);
  const { parts, shards } = index;
  const { places, packs } = packArticles(articles);
  const rows = buildRowFiles(articles.map((a, i) => ({ ...a, at: places[i] })));
  const directory = { ...index.directory, rowBytes: rows.slot };
  const files = new Map<string, unknown>([
    ...parts.map((p, i) => [`/terms/${i}.json`, p] as [string, unknown]),
    ...shards.map((s, i) => [`/postings/${i}.json`, s] as [string, unknown]),
    ['/rows/0.bin', new TextEncoder().encode(rows.files[0])],
    ...[...packs].map(([path, bytes]) => [`/${path}`, bytes] as [string, unknown]),
  ]);
  const source = {
    indexUrl: 'http://x/index.json',
    directory,
    partUrls: parts.map((_, i) => `http://x/terms/${i}.json`),
    shardUrls: shards.map((_, i) => `http://x/postings/${i}.json`),
    rowUrls: ['http://x/rows/0.bin'],
    dataUrl: 'http://x/',
  };

  /** A host whose article texts wait until `deliver()`, and honour an aborted signal as fetch does. */
  function slowTexts() {
    const textFetches: { path: string; priority: RequestInit['priority'] }[] = [];
    let deliver = () => {};
    let held = new Promise<void>((resolve) => (deliver = resolve));
    const fetchStub = async (url: string, init?: RequestInit) => {
      const path = new URL(url).pathname;
      if (path.startsWith('/articles/')) {
        textFetches.push({ path, priority: init?.priority });
        await new Promise<void>((resolve, reject) => {
          held.then(resolve);
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }
      const body = files.get(path);
      if (body === undefined) return new Response('', { status: 404 });
      return new Response(body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body));
    };
    return {
      textFetches,
      fetchStub,
      deliver: () => {
        deliver();
        held = Promise.resolve();
      },
    };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('are fetched at low priority; called off by a newer query, they come back empty and are fetched afresh when next asked for', async () => {
    const host = slowTexts();
    vi.stubGlobal('fetch', host.fetchStub);
    const search = await openSearch(source);
    const found = (await search.search('harvest', 10))!;
    expect(found.entries).toHaveLength(2);

    const first = new AbortController();
    const calledOff = search.passages(found, first.signal);
    await vi.waitFor(() => expect(host.textFetches).toHaveLength(2));
    expect(host.textFetches.every((f) => f.priority === 'low')).toBe(true);
    first.abort();
    expect(await calledOff).toEqual([null, null]);

    const second = search.passages(found, new AbortController().signal);
    await vi.waitFor(() => expect(host.textFetches).toHaveLength(4));
    host.deliver();
    const passages = await second;
    expect(passages.map((p) => p?.map((s) => s.text).join(''))).toEqual(found.entries.map((e) => e.title));
  });

  it("are read for the first `count` results only: the others' articles are not fetched until asked for", async () => {
    const host = slowTexts();
    host.deliver();
    vi.stubGlobal('fetch', host.fetchStub);
    const search = await openSearch(source);
    const found = (await search.search('harvest', 10))!;
    const first = await search.passages(found, undefined, 1);
    expect(first).toHaveLength(2);
    expect(first[0]?.map((s) => s.text).join('')).toBe(found.entries[0]!.title);
    expect(first[1]).toBeUndefined();
    expect(host.textFetches).toHaveLength(1);
    // Asked for all, the first is not fetched again.
    const all = await search.passages(found);
    expect(all.map((p) => p?.map((s) => s.text).join(''))).toEqual(found.entries.map((e) => e.title));
    expect(host.textFetches).toHaveLength(2);
  });

  it('keep a text that arrived, even after the query that fetched it was overtaken', async () => {
    const host = slowTexts();
    host.deliver();
    vi.stubGlobal('fetch', host.fetchStub);
    const search = await openSearch(source);
    const found = (await search.search('harvest', 10))!;
    const first = new AbortController();
    await search.passages(found, first.signal);
    first.abort();
    const again = await search.passages(found, new AbortController().signal);
    expect(again.every((p) => p !== null)).toBe(true);
    expect(host.textFetches).toHaveLength(2);
  });

  it('come with titles whose matched words the search marked, so the page never runs the tokenizer', async () => {
    vi.stubGlobal('fetch', slowTexts().fetchStub);
    const search = await openSearch(source);
    const found = (await search.search('cofee', 10))!;
    expect(found.entries.map((e) => e.titleSegments)).toEqual([
      [
        { text: 'Coffee', match: true },
        { text: ' harvest', match: false },
      ],
    ]);
  });

  it('read each result’s row by its range; from a host that ignores ranges, a file once, the rows after taken from it', async () => {
    const rowFile = new TextEncoder().encode(rows.files[0]);
    for (const honoursRanges of [true, false]) {
      const asked: (string | null)[] = [];
      vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
        const path = new URL(url).pathname;
        if (path !== '/rows/0.bin') return slowTexts().fetchStub(url, init);
        const range = new Headers(init?.headers).get('range');
        asked.push(range);
        const [, from, to] = /^bytes=(\d+)-(\d+)$/.exec(range ?? '')!;
        return honoursRanges ? new Response(rowFile.slice(Number(from), Number(to) + 1), { status: 206 }) : new Response(rowFile.slice());
      });
      const search = await openSearch(source);
      expect((await search.search('cocoa', 10))!.entries.map((e) => e.title)).toEqual(['Cocoa harvest']);
      expect((await search.search('harvest', 10))!.entries.map((e) => e.title).sort()).toEqual(['Cocoa harvest', 'Coffee harvest']);
      // Each row asked for by its slot, and once: "harvest" asks only for the coffee row.
      if (honoursRanges) expect(asked).toEqual([`bytes=0-${rows.slot - 1}`, `bytes=${rows.slot}-${2 * rows.slot - 1}`]);
      // The whole file came for "cocoa"; the coffee row was taken from it.
      else expect(asked).toEqual([`bytes=0-${rows.slot - 1}`]);
    }
  });

  it('keep each row read, where a service worker controls the page, and read it from there when its file cannot be had', async () => {
    const kept = new Map<string, string>();
    vi.stubGlobal('caches', {
      match: async (url: string) => (kept.has(url) ? new Response(kept.get(url)) : undefined),
      open: async () => ({ put: async (url: string, response: Response) => void kept.set(url, await response.text()) }),
    });
    const online = slowTexts().fetchStub;
    vi.stubGlobal('fetch', online);
    const first = await openSearch({ ...source, keepRows: true });
    const titles = (await first.search('harvest', 10))!.entries.map((e) => e.title);
    await vi.waitFor(() => expect([...kept.keys()].sort()).toEqual(['http://x/search/row/0.json', 'http://x/search/row/1.json']));
    // Offline, in a new session with the index's files at hand (as the service worker keeps them): the rows come from where they were kept.
    const files = new Map([
      ...parts.map((p, i): [string, unknown] => [`/terms/${i}.json`, p]),
      ...shards.map((p, i): [string, unknown] => [`/postings/${i}.json`, p]),
    ]);
    vi.stubGlobal('fetch', async (url: string) => {
      const body = files.get(new URL(url).pathname);
      if (body === undefined) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(body));
    });
    const again = await openSearch(source);
    expect((await again.search('harvest', 10))!.entries.map((e) => e.title)).toEqual(titles);
    // Not kept where no service worker controls the page.
    kept.clear();
    vi.stubGlobal('fetch', online);
    await (await openSearch(source)).search('harvest', 10);
    expect(kept.size).toBe(0);
  });
});
