import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/content/publishing/messages/en.ts';
import { CATALOGS } from '../../../../src/content/publishing/site-messages.ts';
import { createTranslator, textDirection } from '../../../../src/content/publishing/translator.ts';

const translator = (language: string) => createTranslator(language, CATALOGS[language] ?? en);

describe('the translator', () => {
  it('fills placeholders, writing numbers with the language’s separators', () => {
    expect(translator('en').text('pages.current', { page: 2, count: 1234 })).toBe('Page 2 of 1,234');
    expect(translator('de').text('pages.current', { page: 2, count: 1234 })).toBe('Seite 2 von 1.234');
    expect(translator('en').text('title.tagged', { tag: '{count} <b>' })).toBe('Articles tagged “{count} <b>”');
  });

  it("picks each language's plural form", () => {
    expect(translator('en').plural('list.count', 1)).toBe('1 article');
    expect(translator('en').plural('list.count', 2)).toBe('2 articles');
    expect([1, 3, 5, 22, 25].map((n) => translator('pl').plural('list.count', n))).toEqual([
      '1 artykuł',
      '3 artykuły',
      '5 artykułów',
      '22 artykuły',
      '25 artykułów',
    ]);
    expect([1, 2, 3, 11, 100].map((n) => translator('ar').plural('list.count', n))).toEqual(['مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']);
    expect(translator('ja').plural('list.count', 1)).toBe('1件の記事');
  });

  it('falls back to the other form when a catalog lacks the form a number needs', () => {
    const t = createTranslator('fr', { ...CATALOGS.fr!, 'list.count': { one: '{count} article', other: '{count} articles' } });
    expect(t.plural('list.count', 1_000_000)).toBe('1\u202f000\u202f000 articles');
  });

  it('writes dates and months in the site’s language, with Latin digits', () => {
    expect(translator('en').date('2005-03-05')).toBe('March 5, 2005');
    expect(translator('de').date('2005-03-05')).toBe('5. März 2005');
    expect(translator('ar').date('2005-03-05')).toMatch(/^5 مارس 2005$/);
    expect(translator('pl').month('2005', '03')).toBe('marzec 2005');
    expect(translator('fr').month('2005', '03', false)).toBe('mars');
    expect(translator('ja').month('2005')).toBe('2005');
    expect(translator('ar').count(12345)).toBe('12,345');
  });

  it('writes sizes with the language’s units', () => {
    expect(translator('en').size(3.24 * 1024 * 1024)).toBe('3.2 MB');
    expect(translator('fr').size(840 * 1024)).toBe('840\u202fko');
    expect(translator('de').size(3.24 * 1024 * 1024)).toBe('3,2 MB');
  });

  it('splits a message at the placeholders it is not given', () => {
    expect(translator('en').parts('search.typosExample', { word: 'zelensky' })).toEqual(['Misspellings are fine: ', { name: 'typo' }, ' finds zelensky.']);
    expect(translator('de').parts('search.instead')).toEqual(['Stattdessen suchen nach ', { name: 'query' }]);
  });

  it('reads Arabic and Hebrew from right to left, everything else from left to right', () => {
    expect(['ar', 'he', 'he-IL', 'ar-EG', 'fa'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'ja', 'zh-Hant', 'uk'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
    expect(translator('ar').dir).toBe('rtl');
  });
});
