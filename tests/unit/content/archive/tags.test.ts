import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectGroup, collectTags, MAX_SLUG_BYTES, tagSlug } from '../../../../src/content/archive/tags.ts';

describe('tags', () => {
  it('names a tag page in lower case with dashes, keeping letters of every script', () => {
    expect(tagSlug('Europe')).toBe('europe');
    expect(tagSlug('  Foreign Policy & Trade ')).toBe('foreign-policy-trade');
    expect(tagSlug('Élysée')).toBe('élysée');
    expect(tagSlug('日本')).toBe('日本');
    expect(tagSlug('!!!')).toBe('');
  });

  it('shortens a name too long for a file system to fit, at a character boundary, with a hash that keeps long tags apart', () => {
    const long = tagSlug('日本語'.repeat(30));
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(long).toMatch(/^(日本語)+日?本?-[0-9a-f]{8}$/u);
    expect(tagSlug(`${'日本語'.repeat(30)}!`)).toBe(long);
    expect(tagSlug(`${'日本語'.repeat(30)}x`)).not.toBe(long);
    expect(tagSlug('a'.repeat(MAX_SLUG_BYTES))).toBe('a'.repeat(MAX_SLUG_BYTES));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (tag) => new TextEncoder().encode(tagSlug(tag)).length <= MAX_SLUG_BYTES));
  });

  it('gives only letters, digits and single inner dashes, never changing a slug again', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const slug = tagSlug(tag);
        return /^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u.test(slug) && tagSlug(slug) === slug;
      }),
    );
  });

  it('collects each tag once with its articles in list order, labelled as the newest article writes it', () => {
    const tags = collectTags([{ tags: ['Europe', 'politics'] }, { tags: [] }, { tags: ['europe', 'Trade'] }, { tags: ['EUROPE!', '...'] }]);
    expect(tags).toEqual([
      { slug: 'europe', label: 'Europe', docs: [0, 2, 3] },
      { slug: 'politics', label: 'politics', docs: [0] },
      { slug: 'trade', label: 'Trade', docs: [2] },
    ]);
  });
});

describe('collectGroup', () => {
  it('collects authors or sections as tags are: one page per name, whatever its case, labelled as the newest article writes it', () => {
    expect(collectGroup([['Jane Doe'], [], ['jane doe'], ['Politics', 'Jane Doe']])).toEqual([
      { slug: 'jane-doe', label: 'Jane Doe', docs: [0, 2, 3] },
      { slug: 'politics', label: 'Politics', docs: [3] },
    ]);
  });
});
