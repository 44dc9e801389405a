import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleHead, documentTitle, jsonLdWithImage, shortDescription } from '../../../../src/content/publishing/page-head.ts';
import { testArticle } from '../test-article.ts';

describe('page heads', () => {
  it("an article's structured data names its headline, date and the site's language", () => {
    const head = articleHead({ article: testArticle('الحكومة تقر ميزانية العام', 'نص', { id: 'a', date: '2024-06-30' }), related: [] }, 'ar');
    expect(head.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'الحكومة تقر ميزانية العام', inLanguage: 'ar', datePublished: '2024-06-30' });
    expect(head.type).toBe('article');
  });

  it("an article's head shares its lead image, largest file, size and alt text, and its structured data names it by its absolute address", () => {
    const article = {
      ...testArticle('Harbour', 'Text', { id: 'a', date: '2024-06-30' }),
      image: { alt: 'The harbour', hash: 'aaaaaaaaaaaaaaaa', width: 3000, height: 2000, widths: [480, 960, 1600] },
    };
    const head = articleHead({ article, related: [] });
    expect(head.image).toEqual({ path: 'assets/img/aaaaaaaaaaaaaaaa-1600.webp', width: 1600, height: 1067, alt: 'The harbour' });
    expect(jsonLdWithImage(head, 'https://archive.example/')).toMatchObject({ image: ['https://archive.example/assets/img/aaaaaaaaaaaaaaaa-1600.webp'] });
    expect(articleHead({ article: testArticle('Oil', 'Text', { id: 'b', date: '2024-06-30' }), related: [] }).image).toBeUndefined();
  });

  it('titles a page with the site name after it, and the front page with the site name alone', () => {
    expect(documentTitle('Oil', 'The Archive')).toBe('Oil — The Archive');
    expect(documentTitle('', 'The Archive')).toBe('The Archive');
  });

  it('cuts a long description after a word, with an ellipsis, within 160 characters, and keeps a short one whole', () => {
    const long =
      'WASHINGTON, Oct 20 – The “Black Monday” stock market crash failed to destroy Americans’ faith in the economic soundness of the country, according to a poll released on Tuesday.';
    expect(shortDescription(long)).toBe(
      'WASHINGTON, Oct 20 – The “Black Monday” stock market crash failed to destroy Americans’ faith in the economic soundness of the country, according to a poll…',
    );
    expect(shortDescription('Oil prices rose.')).toBe('Oil prices rose.');
    // Without spaces (Japanese), at the limit.
    expect([...shortDescription('日本銀行'.repeat(50))]).toHaveLength(160);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const short = shortDescription(text);
        const chars = [...short];
        if ([...text].length <= 160) return short === text;
        // A start of the text, at most 160 characters with its ellipsis.
        return chars.length <= 160 && short.endsWith('…') && text.startsWith(chars.slice(0, -1).join('').trimEnd().slice(0, 40));
      }),
    );
  });
});
