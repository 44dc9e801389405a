import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageCache } from '../../../src/node/image-cache.ts';
import { resolveImages } from '../../../src/node/images.ts';
import { parseSeed } from '../../../src/content/seeds/parse-seed.ts';

const work = mkdtempSync(join(tmpdir(), 'images-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const seedDir = join(work, 'seeds');
const publicDir = join(work, 'public');
mkdirSync(join(seedDir, '2024'), { recursive: true });
mkdirSync(publicDir, { recursive: true });
// 40 × 30 stored, orientation 6: shown 30 × 40.
const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
  .jpeg()
  .withMetadata({ orientation: 6 })
  .toBuffer();
writeFileSync(join(seedDir, '2024', 'photo.jpg'), photo);
writeFileSync(join(publicDir, 'same.jpg'), photo);

const article = (file: string, front: string, body = 'Some text.') => {
  const result = parseSeed(file, `---\ndate: 2024-06-03\n${front}---\n${body}\n`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
};

describe('resolveImages', () => {
  it('fills in each picture with its hash, upright size and widths, and lists one file to write for the same bytes used twice', async () => {
    const seeds = {
      articles: [article('2024/a.md', 'image: photo.jpg\nimageAlt: A blue square\n'), article('2024/b.md', '', 'Text.\n\n![The same blue square](/same.jpg)')],
      problems: [],
    };
    const { seeds: resolved, images } = await resolveImages(seeds, { seedDir, publicDir });
    expect(resolved.problems).toEqual([]);
    const lead = resolved.articles[0]!.image!;
    expect(lead).toEqual({ alt: 'A blue square', hash: expect.stringMatching(/^[0-9a-f]{16}$/), width: 30, height: 40, widths: [30] });
    expect(resolved.articles[1]!.blocks.find((b) => b.image)!.image!.hash).toBe(lead.hash);
    expect(images.size).toBe(1);
    // The parsed articles (the seed cache's) are left as they were.
    expect(seeds.articles[0]!.image!.source).toBe('2024/photo.jpg');
  });

  it('measures an image once: a later build takes its size from the cache', async () => {
    const cache = new ImageCache(join(work, 'cache'));
    const seeds = { articles: [article('2024/a.md', 'image: photo.jpg\nimageAlt: A blue square\n')], problems: [] };
    await resolveImages(seeds, { seedDir, publicDir }, cache);
    cache.save();
    const again = new ImageCache(join(work, 'cache'));
    const { hash } = (await resolveImages(seeds, { seedDir, publicDir }, again)).seeds.articles[0]!.image!;
    expect(again.size(hash!)).toEqual({ width: 30, height: 40 });
  });

  it('reports a missing file with the seed and line, and leaves the picture out', async () => {
    const seeds = { articles: [article('2024/c.md', 'image: gone.png\nimageAlt: Nothing\n')], problems: [] };
    const { seeds: resolved, images } = await resolveImages(seeds, { seedDir, publicDir });
    expect(resolved.problems).toEqual([
      { severity: 'error', file: '2024/c.md', line: 3, message: expect.stringMatching(/^image file 2024\/gone\.png is not there/) },
    ]);
    expect(resolved.articles[0]!.image).toBeUndefined();
    expect(images.size).toBe(0);
  });
});

describe('ImageCache', () => {
  it('gives back an encoded file only as it was stored: one cut or altered since is a miss, encoded again', () => {
    const dir = join(work, 'file-cache');
    const cache = new ImageCache(dir);
    cache.size('0123456789abcdef');
    cache.store('0123456789abcdef-480.webp', Buffer.from('encoded bytes'));
    cache.store('0123456789abcdef-t.webp', Buffer.from('thumbnail bytes'));
    cache.save();
    truncateSync(join(dir, 'files', '0123456789abcdef-480.webp'), 4);
    const again = new ImageCache(dir);
    expect(again.file('0123456789abcdef-480.webp')).toBeNull();
    expect(again.file('0123456789abcdef-t.webp')?.toString()).toBe('thumbnail bytes');
  });
});
