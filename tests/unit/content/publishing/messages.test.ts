import { describe, expect, it } from 'vitest';
import { en, type Plural } from '../../../../src/content/publishing/messages/en.ts';
import { CATALOGS } from '../../../../src/content/publishing/site-messages.ts';
import { placeholders } from '../../../../src/content/publishing/translator.ts';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'uk', 'ja', 'zh', 'ar', 'he'];
const sorted = (names: string[]) => [...new Set(names)].sort();
const english = en as Record<string, string | Plural>;

describe('the message catalogs', () => {
  it('ship every language the issue asks for', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(LANGUAGES)('%s', (language) => {
    const catalog = CATALOGS[language] as Record<string, string | Plural>;

    it('has every key of the English catalog, and no other', () => {
      const keys = Object.keys(catalog);
      expect(
        Object.keys(en).filter((key) => !keys.includes(key)),
        'missing keys',
      ).toEqual([]);
      expect(
        keys.filter((key) => !(key in en)),
        'stray keys',
      ).toEqual([]);
    });

    it('uses the same placeholders as English in every message', () => {
      for (const [key, source] of Object.entries(english)) {
        const message = catalog[key]!;
        if (typeof source === 'string') {
          expect(typeof message, key).toBe('string');
          expect(sorted(placeholders(message as string)), key).toEqual(sorted(placeholders(source)));
          continue;
        }
        expect(typeof message, key).toBe('object');
        // A plural form may write its number as a word ("one article", «مقالان»), so {count} is
        // optional in a form, but `other` and every other placeholder are required.
        const others = sorted(placeholders(source.other).filter((p) => p !== 'count'));
        for (const [form, text] of Object.entries(message as Plural)) {
          expect(sorted(placeholders(text).filter((p) => p !== 'count')), `${key}.${form}`).toEqual(others);
          expect(
            placeholders(text).every((p) => p === 'count' || others.includes(p)),
            `${key}.${form}`,
          ).toBe(true);
        }
        expect(placeholders((message as Plural).other), `${key}.other`).toContain('count');
      }
    });

    it("gives each plural message exactly the language's plural forms", () => {
      const forms = sorted(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
      for (const [key, source] of Object.entries(english))
        if (typeof source !== 'string') expect(sorted(Object.keys(catalog[key] as Plural)), key).toEqual(forms);
    });

    it('has no empty message and no markup', () => {
      for (const [key, message] of Object.entries(catalog))
        for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
          expect(text.trim(), key).not.toBe('');
          expect(text, key).not.toMatch(/<[a-z/]/i);
        }
    });
  });
});
