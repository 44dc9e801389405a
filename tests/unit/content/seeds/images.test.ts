import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlePictures, imageFile, keptVariant, locateImage, pictureSources, renditionWidths, thumbFile } from '../../../../src/content/seeds/images.ts';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';

describe('locateImage', () => {
  it('finds a file beside the seed, in a folder under it, or in public/', () => {
    expect(locateImage('2024/03/a.md', 'photo.jpg')).toEqual({ ok: true, source: '2024/03/photo.jpg' });
    expect(locateImage('2024/03/a.md', './img/photo%20one.JPG')).toEqual({ ok: true, source: '2024/03/img/photo one.JPG' });
    expect(locateImage('2024/03/a.md', '../shared/map.png')).toEqual({ ok: true, source: '2024/shared/map.png' });
    expect(locateImage('2024/03/a.md', '/images/logo.png')).toEqual({ ok: true, source: '/images/logo.png' });
  });

  it('refuses remote addresses, other schemes, other files and paths leading out of their folder, saying what to do', () => {
    const refused = (written: string, file = 'a.md') => {
      const where = locateImage(file, written);
      return where.ok ? '' : where.message;
    };
    expect(refused('https://example.org/a.jpg')).toMatch(/another site.*download the image, put it beside the seed/);
    expect(refused('//cdn.example/a.jpg')).toMatch(/another site/);
    expect(refused('data:image/png;base64,AAAA')).toMatch(/not an image file/);
    expect(refused('javascript:alert(1)')).toMatch(/not an image file/);
    expect(refused('drawing.svg')).toMatch(/use a jpg, jpeg, png/);
    expect(refused('../a.jpg')).toMatch(/leads out of the seed folder/);
    expect(refused('x/../../../a.jpg', '2024/a.md')).toMatch(/leads out of the seed folder/);
    expect(refused('/../etc/a.jpg')).toMatch(/leads out of the public folder/);
    expect(refused('.git/a.jpg')).toMatch(/hidden/);
    expect(refused('a\\..\\b.jpg')).toMatch(/backslash/);
    expect(refused('a%00.jpg')).toMatch(/control character/);
  });

  it('never leads out of the seed or public folder nor to a hidden file, whatever the path', () => {
    const part = fc.oneof(fc.constantFrom('..', '.', '', 'a', '.h', '%2e%2e', 'b.jpg'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('2024', '03', 'x'), { maxLength: 3 }), fc.array(part, { maxLength: 6 }), fc.boolean(), (folders, parts, rooted) => {
        const seed = [...folders, 'seed.md'].join('/');
        const where = locateImage(seed, `${rooted ? '/' : ''}${parts.join('/')}.jpg`);
        if (!where.ok) return;
        const path = where.source.replace(/^\//, '');
        const segments = path.split('/');
        expect(segments).not.toContain('..');
        expect(segments.some((s) => s.startsWith('.') || s === '')).toBe(false);
      }),
    );
  });
});

describe('renditionWidths', () => {
  it('never upscales, and keeps the widest at 1600', () => {
    expect(renditionWidths(300)).toEqual([300]);
    expect(renditionWidths(480)).toEqual([480]);
    expect(renditionWidths(1200)).toEqual([480, 960, 1200]);
    expect(renditionWidths(4000)).toEqual([480, 960, 1600]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), (width) => {
        const widths = renditionWidths(width);
        expect(Math.max(...widths)).toBe(Math.min(width, 1600));
        expect([...widths].sort((a, b) => a - b)).toEqual(widths);
      }),
    );
  });
});

describe('pictureSources', () => {
  it('gives the largest file, a srcset of every width under the base and the size the page reserves', () => {
    expect(pictureSources({ alt: 'A', hash: 'abc', width: 3000, height: 2000, widths: [480, 960, 1600] }, '/news/')).toEqual({
      src: '/news/assets/img/abc-1600.webp',
      srcSet: '/news/assets/img/abc-480.webp 480w, /news/assets/img/abc-960.webp 960w, /news/assets/img/abc-1600.webp 1600w',
      width: 1600,
      height: 1067,
    });
    expect(pictureSources({ alt: 'A', source: 'a.jpg' }, '/')).toBeNull();
  });
});

describe('the lead image', () => {
  const seed = (front: string) => parseSeed('2024/a.md', `---\ndate: 2024-06-03\n${front}\n---\nSome text here.\n`);

  it('is taken from the front matter, with its alt text, caption and credit', () => {
    const result = seed('image: photo.jpg\nimageAlt: "Rain on the square"\nimageCaption: The square at dawn\nimageCredit: Ana Ruiz');
    expect(result.ok && result.article.image).toEqual({
      alt: 'Rain on the square',
      caption: 'The square at dawn',
      credit: 'Ana Ruiz',
      source: '2024/photo.jpg',
      line: 3,
    });
    expect(result.ok && articlePictures(result.article)).toHaveLength(1);
  });

  it('is an error without alt text, on another site or outside the seed folder, naming the line', () => {
    for (const [front, message] of [
      ['image: photo.jpg', /needs its alt text.*imageAlt:/],
      ['image: photo.jpg\nimageAlt: ""', /needs its alt text/],
      ['image: https://example.org/p.jpg\nimageAlt: A', /another site/],
      ['image: ../../etc/p.jpg\nimageAlt: A', /leads out of the seed folder/],
    ] as const) {
      const result = seed(front);
      expect(result.ok).toBe(false);
      expect(result.problems).toContainEqual(
        expect.objectContaining({ severity: 'error', file: '2024/a.md', line: 3, message: expect.stringMatching(message) }),
      );
    }
  });

  it('makes images without text an article only when the front matter gives its title', () => {
    const photos = (front: string) => parseSeed('2024/a.md', `---\ndate: 2024-06-03\n${front}---\n![A photo](a.jpg)\n`);
    const untitled = photos('');
    expect(untitled.ok).toBe(false);
    expect(untitled.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/has no text after its date/) }));
    const story = photos('title: A photo story\n');
    expect(story.ok && [story.article.title, story.article.blocks.map((b) => b.kind)]).toEqual(['A photo story', ['image']]);
  });

  it('warns about an alt text or a caption without an image', () => {
    const result = seed('imageAlt: A');
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.line)).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, message: expect.stringMatching(/without an "image:" line/) }),
    ]);
  });
});

describe('keptVariant', () => {
  const origin = 'https://news.example/news/';
  const url = (file: string) => origin + file;
  const a = 'aaaaaaaaaaaaaaaa';
  const b = 'bbbbbbbbbbbbbbbb';

  it('stands in the narrowest kept width at least as wide as the one asked for, else the widest', () => {
    const kept = [url(imageFile(a, 1600)), url(imageFile(a, 960)), url(imageFile(b, 480)), url(thumbFile(a))];
    expect(keptVariant(url(imageFile(a, 480)), kept)).toBe(url(imageFile(a, 960)));
    expect(keptVariant(url(imageFile(a, 1200)), kept)).toBe(url(imageFile(a, 1600)));
    expect(keptVariant(url(imageFile(b, 960)), kept)).toBe(url(imageFile(b, 480)));
  });

  it('never stands in another image, a thumbnail for a photo or a photo for a thumbnail', () => {
    expect(keptVariant(url(imageFile(a, 480)), [url(imageFile(b, 480)), url(thumbFile(a))])).toBeNull();
    expect(keptVariant(url(thumbFile(a)), [url(imageFile(a, 480))])).toBeNull();
    expect(keptVariant(url(thumbFile(a)), [url(thumbFile(a))])).toBe(url(thumbFile(a)));
    expect(keptVariant(`${origin}articles/x/`, [url(imageFile(a, 480))])).toBeNull();
  });

  it('answers, for any kept widths, a kept address of the same image, or null when it has none', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 4000 }), { maxLength: 6 }), fc.integer({ min: 1, max: 4000 }), (widths, wanted) => {
        const kept = widths.map((w) => url(imageFile(a, w)));
        const chosen = keptVariant(url(imageFile(a, wanted)), [...kept, url(imageFile(b, wanted))]);
        if (widths.length === 0) {
          expect(chosen).toBeNull();
          return;
        }
        const width = Number(/-(\d+)\.webp$/.exec(chosen!)![1]);
        const wider = widths.filter((w) => w >= wanted);
        expect(width).toBe(wider.length > 0 ? Math.min(...wider) : Math.max(...widths));
      }),
    );
  });
});
