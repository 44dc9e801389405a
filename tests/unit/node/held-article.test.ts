import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleStore, hasBlockPictures, plainArticle } from '../../../src/node/held-article.ts';
import { articleFileText } from '../../../src/content/archive/model.ts';
import type { Article, Block } from '../../../src/content/seeds/article.ts';
import { newTempFiles } from '../../temp-files.ts';

// Any text a seed can hold, and what it cannot but a string can: lone surrogates.
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('’', '“', '”', '—', '\n', '"', '\\'),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    ),
  }),
);
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph' as const), text }),
  fc.record({ kind: fc.constant('heading' as const), text, level: fc.constantFrom(2, 3) }),
  fc.record({ kind: fc.constant('image' as const), text: fc.constant(''), image: fc.record({ alt: text, source: fc.constant('a.png'), line: fc.nat() }) }),
);
const article: fc.Arbitrary<Article> = fc.record({
  id: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 16 }),
  file: fc.string(),
  date: fc.constant('2024-03-01'),
  title: text,
  excerpt: text,
  wordCount: fc.nat(),
  readingMinutes: fc.nat(),
  tags: fc.array(text, { maxLength: 3 }),
  blocks: fc.array(block, { maxLength: 6 }),
});

const sample: Article = {
  id: 'a'.repeat(16),
  file: 'a.txt',
  date: '2024-03-01',
  title: 'T',
  excerpt: 'E',
  wordCount: 1,
  readingMinutes: 1,
  tags: [],
  blocks: [{ kind: 'paragraph', text: 'E' }],
};

describe('ArticleStore', () => {
  it("gives back every article's blocks as they were, and the same data file, however the text is written", () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 20 }), (originals) => {
        // One store for all: each article's bytes follow the last one's in the same file.
        const store = new ArticleStore();
        const held = originals.map((original) => store.hold(structuredClone(original)));
        held.forEach((article, i) => {
          const original = originals[i]!;
          expect(article.blocks).toEqual(original.blocks);
          // Read twice, the blocks are the same again: reading them does not use them up.
          expect(article.blocks).toEqual(original.blocks);
          expect(plainArticle(article)).toEqual(original);
          expect(article.excerpt).toBe(original.excerpt);
          expect(JSON.parse(JSON.stringify(article))).toEqual(JSON.parse(JSON.stringify(original)));
          expect(articleFileText({ article, related: [] })).toBe(articleFileText({ article: original, related: [] }));
          // Known without reading the blocks back, and the same as reading them says.
          expect(hasBlockPictures(article)).toBe(original.blocks.some((b) => b.kind === 'image'));
          expect(hasBlockPictures(original)).toBe(original.blocks.some((b) => b.kind === 'image'));
        });
      }),
    );
  });

  it('holds the text outside the object, holds an article once, and leaves a seed file that made no article as it is', () => {
    const original = sample;
    const store = new ArticleStore();
    const held = store.hold(original);
    expect(held).not.toBe(original);
    // Neither a field of its own nor anything a spread or JSON sees but the blocks themselves.
    expect(Object.getOwnPropertyDescriptor(held, 'blocks')).toBeUndefined();
    expect(Object.keys({ ...held }).sort()).toEqual(
      Object.keys(original)
        .filter((key) => key !== 'blocks')
        .sort(),
    );
    expect(JSON.parse(JSON.stringify(held))).toEqual(original);
    expect(store.hold(held)).toBe(held);
    expect(new ArticleStore().hold(held)).toBe(held);
    expect(store.holdParsed({ article: held, problems: [] }).article).toBe(held);
    expect(plainArticle(original)).toBe(original);
    const none = { article: null, problems: [] };
    expect(store.holdParsed(none)).toBe(none);
    // Made plain, it is an article of its own again, its blocks a value.
    expect(Object.getOwnPropertyDescriptor(plainArticle(held), 'blocks')?.value).toEqual(original.blocks);
  });

  it('gives back texts written across many writes to its file, and one larger than what it gathers before writing', () => {
    const left = newTempFiles('news-archive-articles-');
    const store = new ArticleStore();
    const paragraph = (i: number, size: number): Block => ({ kind: 'paragraph', text: `${i}: ${'“quoted” '.repeat(size / 9)}` });
    // 600 articles of ~8 KB: several megabytes, written in several goes; then one of 3 MB.
    const originals = Array.from({ length: 601 }, (_, i) => ({
      ...sample,
      id: String(i).padStart(16, '0'),
      blocks: [paragraph(i, i === 600 ? 3_000_000 : 8_000)],
    }));
    const held = originals.map(store.hold);
    // Read in another order than written, each one twice.
    for (const i of [600, 0, 599, 300, 1, 300]) expect(held[i]!.blocks).toEqual(originals[i]!.blocks);
    // The file was removed as soon as it was made: nothing is left behind, however the build ends.
    expect(left()).toEqual([]);
  });
});
