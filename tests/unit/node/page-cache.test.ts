import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it("never gives back a torn or altered entry, and keeps only the packs that hold the last build's pages", () => {
    const dir = join(scratch, 'torn');
    const first = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    first.put('articles/a', inputs, page('a'));
    first.put('articles/b', { files: [], manifest: [] }, page('b'));
    first.save();
    const [pack] = readdirSync(join(dir, 'pages'));
    const file = join(dir, 'pages', pack!);
    const bytes = readFileSync(file, 'latin1');
    // a's entry altered at the same length (only the digest tells), b's cut short.
    writeFileSync(file, bytes.replace('<p>a</p>', '<p>A</p>').slice(0, -5), 'latin1');

    const second = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    expect(second.has('articles/a')).toBe(true);
    expect(second.get('articles/a')).toBeNull();
    expect(second.get('articles/b')).toBeNull();
    second.put('articles/c', { files: [], manifest: [] }, page('c'));
    second.save();
    // The old pack held none of this build's pages.
    const [own] = readdirSync(join(dir, 'pages'));
    expect(own).not.toBe(pack);
    expect(readdirSync(join(dir, 'pages'))).toEqual([own]);
    expect(new PageCache(dir, 'v1', data({})).get('articles/c')?.html.toString()).toBe('<p>c</p>');
  });

  it('leaves a pack mostly in use where it is, and copies the pages still used out of one mostly left behind', () => {
    const dir = join(scratch, 'compact');
    const fields = { files: ['articles/a.json'], manifest: [] };
    const first = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h1' }));
    for (const name of ['a', 'b', 'c', 'd']) first.put(`articles/${name}`, name === 'a' ? fields : { files: [], manifest: [] }, page(name));
    first.save();
    const [old] = readdirSync(join(dir, 'pages'));

    // One page of four rendered again: the old pack stays, beside this build's.
    const second = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h2' }));
    expect(second.get('articles/a')).toBeNull();
    second.put('articles/a', fields, page('a'));
    for (const name of ['b', 'c', 'd']) expect(second.get(`articles/${name}`)).not.toBeNull();
    second.save();
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(2);
    expect(readdirSync(join(dir, 'pages'))).toContain(old);

    // Three of four (the old pack's a and two more) left behind: d is copied out, the pack removed.
    const third = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h2' }));
    for (const name of ['a', 'd']) expect(third.get(`articles/${name}`)).not.toBeNull();
    third.put('articles/b', { files: ['articles/a.json'], manifest: [] }, page('b'));
    third.put('articles/c', { files: ['articles/a.json'], manifest: [] }, page('c'));
    third.save();
    expect(readdirSync(join(dir, 'pages'))).not.toContain(old);
    const fourth = new PageCache(dir, 'v1', data({ 'articles/a.json': 'h2' }));
    expect(['a', 'b', 'c', 'd'].map((name) => fourth.get(`articles/${name}`)?.html.toString())).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>', '<p>d</p>']);
  });

  it('removes the pack of a build stopped before it saved, and keeps the pages of the last one that did', () => {
    const dir = join(scratch, 'stopped');
    const first = new PageCache(dir, 'v1', data({}));
    first.put('articles/a', { files: [], manifest: [] }, page('a'));
    first.save();
    const stopped = new PageCache(dir, 'v1', data({}));
    stopped.put('articles/b', { files: [], manifest: [] }, page('b'));
    stopped.close();
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(2);

    const next = new PageCache(dir, 'v1', data({}));
    expect(next.get('articles/b')).toBeNull();
    expect(next.get('articles/a')?.html.toString()).toBe('<p>a</p>');
    next.save();
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(1);
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
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(1);

    const next = new PageCache(dir, 'v2', data({}));
    // Nothing of v1 is left for this build to go through when it saves.
    expect(readdirSync(join(dir, 'pages'))).toEqual([]);
    next.put('articles/c', { files: [], manifest: [] }, page('c'));
    next.save();
    expect(readdirSync(join(dir, 'pages'))).toHaveLength(1);
    await vi.waitFor(() => expect(readdirSync(dir).filter((name) => name.startsWith('pages.stale-'))).toEqual([]), { timeout: 20_000, interval: 50 });
    expect(new PageCache(dir, 'v2', data({})).get('articles/c')?.html.toString()).toBe('<p>c</p>');
  }, 30_000);
});
