import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHeading, readableCase, textLength, titleFromLede, truncateAtWord } from '../../../../src/content/seeds/text.ts';

describe('titleFromLede', () => {
  it('returns a short first sentence without its full stop', () => {
    expect(titleFromLede('Markets fell sharply. Traders were surprised.')).toBe('Markets fell sharply');
  });

  it('never exceeds the limit and never cuts a word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z’]{1,14}$/), { minLength: 1, maxLength: 60 }), (words) => {
        const lede = words.join(' ');
        const title = titleFromLede(lede);
        expect(title.length).toBeLessThanOrEqual(101);
        const body = title.replace(/…$/, '');
        expect(lede.startsWith(body)).toBe(true);
        expect(lede.length === body.length || /[\s,;]/.test(lede[body.length]!)).toBe(true);
      }),
    );
  });
});

describe('truncateAtWord', () => {
  it('keeps text within the limit and marks a cut with an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 300 }), (text, max) => {
        const out = truncateAtWord(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else expect(out.endsWith('…')).toBe(true);
      }),
    );
  });
});

describe('looksLikeHeading', () => {
  it.each([
    [['Scholz to brief allies'], true],
    [['BAHIA COCOA REVIEW'], true],
    [['A sentence that ends.'], false],
    [['“A quote”'], false],
    [['two', 'lines'], false],
    [['2024'], false],
    [['x'.repeat(101)], false],
  ])('%j is a heading: %s', (lines, expected) => {
    expect(looksLikeHeading(lines)).toBe(expected);
  });
});

describe('readableCase', () => {
  it('title-cases ALL CAPS and leaves mixed case alone', () => {
    expect(readableCase('U.S. TO CUT TAXES ON THE RICH')).toBe('U.S. to Cut Taxes on the Rich');
    expect(readableCase('Ad sales boost Time Warner profit')).toBe('Ad sales boost Time Warner profit');
  });
});

describe('textLength', () => {
  it('counts CJK characters as words', () => {
    expect(textLength('東京都は新しい').wordCount).toBe(7);
    expect(textLength('Hello, world’s end').wordCount).toBe(3);
  });

  it('reads 230 words a minute and never less than a minute', () => {
    expect(textLength('word '.repeat(690)).readingMinutes).toBe(3);
    expect(textLength('').readingMinutes).toBe(1);
  });

  it('reads a CJK character at 500 a minute, in text of both kinds', () => {
    expect(textLength('東京都は新しい Hello, world')).toEqual({ wordCount: 9, readingMinutes: 1 });
    expect(textLength('新'.repeat(1000))).toEqual({ wordCount: 1000, readingMinutes: 2 });
    expect(textLength('word '.repeat(600), 200)).toEqual({ wordCount: 600, readingMinutes: 3 });
  });
});
