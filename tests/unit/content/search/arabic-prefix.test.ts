import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seeThroughArabicPrefix } from '../../../../src/content/search/arabic-prefix.ts';
import { terms } from '../../../../src/content/search/tokenize.ts';

const PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'];
// Arabic letters that begin no prefix, so a stem made of them is a word of its own.
const STEM_LETTERS = [...'جدهزحطيمنسعصقرشتثخذضظغ'];
const stem = (minLength: number) => fc.array(fc.constantFrom(...STEM_LETTERS), { minLength, maxLength: 9 }).map((letters) => letters.join(''));
const arabic = fc.array(fc.constantFrom(...STEM_LETTERS, 'ا', 'ل', 'و', 'ف', 'ب', 'ك'), { minLength: 1, maxLength: 10 }).map((l) => l.join(''));

describe('seeThroughArabicPrefix', () => {
  it('finds الجفاف, وجفاف and بالجفاف as جفاف', () => {
    for (const word of ['الجفاف', 'وجفاف', 'بالجفاف', 'والجفاف', 'فالجفاف', 'كالجفاف', 'للجفاف', 'جفاف']) expect(seeThroughArabicPrefix(word)).toBe('جفاف');
    expect(terms('الجفاف يهدد')).toEqual(['جفاف', 'يهدد']);
  });

  it('takes any prefix off a stem of three letters or more (four after a one-letter particle)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREFIXES), stem(4), (prefix, word) => {
        expect(seeThroughArabicPrefix(prefix + word)).toBe(word);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('وال', 'بال', 'فال', 'كال', 'لل', 'ال'), stem(3), (prefix, word) => {
        expect(seeThroughArabicPrefix(prefix + word)).toBe(word);
      }),
    );
  });

  it('never leaves two letters or fewer, and leaves short words alone', () => {
    fc.assert(
      fc.property(arabic, (word) => {
        const folded = seeThroughArabicPrefix(word);
        expect(word.endsWith(folded)).toBe(true);
        if (folded !== word) expect(folded.length).toBeGreaterThanOrEqual(3);
      }),
    );
    for (const word of ['الم', 'ولد', 'وقت', 'بيت', 'وزير']) expect(seeThroughArabicPrefix(word)).toBe(word);
  });

  it('changes nothing when applied again', () => {
    fc.assert(
      fc.property(arabic, (word) => {
        expect(seeThroughArabicPrefix(seeThroughArabicPrefix(word))).toBe(seeThroughArabicPrefix(word));
      }),
    );
  });

  it('leaves words in other scripts as they are', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[\u0600-\u06ff]/u.test(s)),
        (word) => {
          expect(seeThroughArabicPrefix(word)).toBe(word);
        },
      ),
    );
  });
});
