import { describe, expect, it } from 'vitest';
import { articleHead, documentTitle } from '../../../src/content/page-head.ts';
import { testArticle } from './test-article.ts';

describe('page heads', () => {
  it("an article's structured data names its headline, date and the site's language", () => {
    const head = articleHead({ article: testArticle('الحكومة تقر ميزانية العام', 'نص', { id: 'a', date: '2024-06-30' }), related: [] }, 'ar');
    expect(head.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'الحكومة تقر ميزانية العام', inLanguage: 'ar', datePublished: '2024-06-30' });
    expect(head.type).toBe('article');
  });

  it('titles a page with the site name after it, and the front page with the site name alone', () => {
    expect(documentTitle('Oil', 'The Archive')).toBe('Oil — The Archive');
    expect(documentTitle('', 'The Archive')).toBe('The Archive');
  });
});
