import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../../../src/content/publishing/format-date.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDates = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('formatDate and formatMonth', () => {
  it('write US English dates from the table exactly as Intl does', () => {
    const intl = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    fc.assert(
      fc.property(isoDates, fc.constantFrom('en', 'en-US'), (iso, locale) => {
        expect(formatDate(iso, locale)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
      }),
    );
  });

  it('leave other locales to Intl, never a day off', () => {
    expect(formatDate('2024-03-01', 'en-GB')).toBe('1 March 2024');
    expect(formatDate('2024-03-01', 'de')).toBe('1. März 2024');
  });

  it('name months in English as Intl does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const at = new Date(`${year}-${pad(month, 2)}-01T00:00:00Z`);
        expect(formatMonth(String(year), pad(month, 2))).toBe(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at));
        expect(formatMonth(String(year), pad(month, 2), false)).toBe(new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(at));
        expect(formatMonth(String(year))).toBe(String(year));
      }),
    );
  });
});
