import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { preparePage } from '../../../src/node/page-assembly.ts';
import { PageCache } from '../../../src/node/page-cache.ts';
import type { BuiltData } from '../../../src/node/built-data.ts';

const scratch = mkdtempSync(join(tmpdir(), 'page-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Site data whose files have the given hashes; the manifest's fields as given. */
const data = (hashes: Record<string, string>, count = 2) =>
  ({ manifest: { count }, files: new Map(), hashes: new Map(Object.entries(hashes)) }) as unknown as BuiltData;
const page = (text: string) =>
  preparePage({ html: `<p>${text}</p>`, head: { title: text, description: '', type: 'article' } }, `/${text}`, {
    files: [`articles/${text}.json`],
    stamp: text,
  });
const inputs = { files: ['articles/a.json'], manifest: ['count' as const] };

describe('PageCache', () => {
  it('gives back a page while nothing its render read has changed, and misses once a file or manifest field it read has', () => {
    const dir = join(scratch, 'inputs');
    const first = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    first.put('articles/a', inputs, page('a'));
    first.save();

    const same = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1', 'articles/b.json': 'h2' }));
    expect(same.has('articles/a')).toBe(true);
    const got = same.get('articles/a')!;
    expect(got.html.toString()).toBe('<p>a</p>');
    expect(JSON.parse(got.routerData.toString())).toEqual({ path: '/a', files: ['articles/a.json'], stamp: 'a' });
    expect(same.hits).toBe(1);

    expect(new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1-edited' })).get('articles/a')).toBeNull();
    expect(new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }, 3)).get('articles/a')).toBeNull();
    // Another code, base path or publisher setting: nothing is reused.
    expect(new PageCache(dir, 'v2', data({ 'articles/a.json': 'h1' })).get('articles/a')).toBeNull();
  });

  it('never gives back a torn or altered entry, and keeps only the pages of the last build', () => {
    const dir = join(scratch, 'torn');
    const first = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    first.put('articles/a', inputs, page('a'));
    first.put('articles/b', { files: [], manifest: [] }, page('b'));
    first.save();
    const [a, b] = ['articles/a', 'articles/b'].map((path) => join(dir, 'pages', new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' })).keyOf(path)!));
    truncateSync(a!, 40);
    // The same length, one byte changed: only the digest tells.
    writeFileSync(b!, readFileSync(b!, 'latin1').replace('<p>b</p>', '<p>B</p>'), 'latin1');

    const second = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    expect(second.get('articles/a')).toBeNull();
    expect(second.get('articles/b')).toBeNull();
    const c = second.put('articles/c', { files: [], manifest: [] }, page('c'));
    second.save();
    expect(readdirSync(join(dir, 'pages'))).toEqual([c]);
  });

  it('reads an index entry it cannot make sense of as a missing page, and the others as stored', () => {
    const dir = join(scratch, 'odd-index');
    const first = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    first.put('articles/a', inputs, page('a'));
    first.put('articles/b', inputs, page('b'));
    first.put('articles/c', inputs, page('c'));
    first.save();
    const index = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as { pages: Record<string, unknown> };
    index.pages['articles/b'] = { files: ['articles/a.json'], manifest: ['count'] };
    index.pages['articles/c'] = '[["articles/a.json"],[1]]';
    writeFileSync(join(dir, 'pages.json'), JSON.stringify(index));

    const second = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    expect(second.get('articles/a')?.html.toString()).toBe('<p>a</p>');
    expect(second.keyOf('articles/b')).toBeNull();
    expect(second.keyOf('articles/c')).toBeNull();

    writeFileSync(join(dir, 'pages.json'), JSON.stringify({ version: 'v1', pages: null }));
    expect(new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' })).keyOf('articles/a')).toBeNull();
  });

  it('keeps a page linked from the old output without reading it', () => {
    const dir = join(scratch, 'keep');
    const first = new PageCache(dir, 'v1', data({}));
    first.put('articles/a', { files: [], manifest: [] }, page('a'));
    first.save();
    const second = new PageCache(dir, 'v1', data({}));
    expect(second.keep('articles/a')).toBe(true);
    second.save();
    expect(second.hits).toBe(1);
    expect(new PageCache(dir, 'v1', data({})).get('articles/a')?.html.toString()).toBe('<p>a</p>');
  });

  it('sets the pages of another code or settings aside at once, and they are removed in the background', async () => {
    const dir = join(scratch, 'stale');
    const first = new PageCache(dir, 'v1', data({}));
    first.put('articles/a', { files: [], manifest: [] }, page('a'));
    first.put('articles/b', { files: [], manifest: [] }, page('b'));
    first.save();
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(2);

    const next = new PageCache(dir, 'v2', data({}));
    // Nothing of v1 is left for this build to go through entry by entry when it saves.
    expect(readdirSync(join(dir, 'pages'))).toEqual([]);
    const c = next.put('articles/c', { files: [], manifest: [] }, page('c'));
    next.save();
    expect(readdirSync(join(dir, 'pages'))).toEqual([c]);
    await vi.waitFor(() => expect(readdirSync(dir).filter((name) => name.startsWith('pages.stale-'))).toEqual([]), { timeout: 20_000, interval: 50 });
    expect(new PageCache(dir, 'v2', data({})).get('articles/c')?.html.toString()).toBe('<p>c</p>');
  }, 30_000);
});
