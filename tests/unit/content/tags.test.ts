import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTags, tagSlug } from '../../../src/content/tags.ts';

describe('tags', () => {
  it('names a tag page in lower case with dashes, keeping letters of every script', () => {
    expect(tagSlug('Europe')).toBe('europe');
    expect(tagSlug('  Foreign Policy & Trade ')).toBe('foreign-policy-trade');
    expect(tagSlug('Élysée')).toBe('élysée');
    expect(tagSlug('日本')).toBe('日本');
    expect(tagSlug('!!!')).toBe('');
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
