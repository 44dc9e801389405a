import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedTerms, normalizeTerm, terms, tokenize } from '../../../../src/content/search/tokenize.ts';

const words = (text: string) => tokenize(text).map(({ start, end }) => text.slice(start, end));

describe('tokenize: scripts written without spaces', () => {
  it('splits an unspaced Japanese sentence into its words, at their places in the text', () => {
    const text = '東京都庁で記者会見が開かれた。';
    expect(terms(text).slice(0, 5)).toEqual(['東京', '都庁', 'で', '記者', '会見']);
    expect(words(text).slice(0, 5)).toEqual(['東京', '都庁', 'で', '記者', '会見']);
  });

  it('splits Chinese and Thai into words, and leaves punctuation out', () => {
    expect(terms('北京市政府今天宣布新的经济政策。')).toEqual(['北京市', '政府', '今天', '宣布', '新的', '经济', '政策']);
    expect(terms('ประเทศไทยมีประชากรมาก')).toEqual(['ประเทศไทย', 'มี', 'ประชากร', 'มาก']);
  });

  it('keeps Latin words and numbers beside Japanese as words of their own', () => {
    expect(terms('G7サミットは2024年に開かれた')).toEqual(['g7', 'サミット', 'は', '2024', '年', 'に', '開', 'か', 'れ', 'た']);
  });

  it('reads half-width katakana as the full-width word, and keeps the voicing marks', () => {
    expect(terms('ｶﾞｿﾘﾝ')).toEqual(['ガソリン']);
    expect(normalizeTerm('ガス')).not.toBe(normalizeTerm('カス'));
  });

  it('splits a run of thousands of characters as the segmenter splits it whole, in a time that grows with its length', () => {
    const sentence = '東京都庁で記者会見が開かれ知事は首都直下地震に備えた新たな防災計画を発表したガソリン価格';
    const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
    for (const length of [1_999, 2_000, 2_001, 4_500, 6_100]) {
      const run = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
      const whole = [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => [s.index, s.segment]);
      expect(tokenize(run).map((t) => [t.start, run.slice(t.start, t.end)])).toEqual(whole);
    }
    const long = sentence.repeat(3_000);
    const started = performance.now();
    expect(tokenize(long).length).toBeGreaterThan(70_000);
    // Whole, 32,000 characters took 860 ms and this 126,000 would take seconds; in pieces ~0.25 s.
    expect(performance.now() - started).toBeLessThan(2_500);
  });

  it('keeps Korean a syllable at a time', () => {
    expect(terms('서울에서')).toEqual(['서', '울', '에', '서']);
  });
});

describe('normalizeTerm: diacritics', () => {
  it.each([
    ['café', 'cafe'],
    ['Zürich', 'zurich'],
    ['Bürgermeister', 'burgermeister'],
    ['São', 'sao'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Łódź', 'lodz'],
    ['Ærø', 'aero'],
    ['œuvre', 'oeuvre'],
    ['Đà', 'da'],
    ['ΑΘΗΝΑΣ', 'αθηνασ'],
    ['Ёлка', 'елка'],
  ])('folds %s to %s, the way a reader without the key types it', (word, term) => {
    expect(normalizeTerm(word)).toBe(term);
  });

  it('sees through Arabic harakat, hamza forms and tatweel', () => {
    expect(normalizeTerm('الجَفَافُ')).toBe('جفاف');
    expect(normalizeTerm('أحمد')).toBe(normalizeTerm('احمد'));
    expect(normalizeTerm('جفـــاف')).toBe('جفاف');
  });

  it('keeps the vowel signs of Indic scripts and Thai, which make another word', () => {
    expect(normalizeTerm('हिंदी')).toBe('हिंदी');
    expect(normalizeTerm('किताब')).not.toBe(normalizeTerm('कताब'));
    expect(normalizeTerm('มี')).toBe('มี');
  });

  it('changes nothing when applied again', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: 'grapheme' }), (text) => {
        for (const term of terms(text)) expect(normalizeTerm(term)).toBe(term);
      }),
    );
  });

  it('lists the terms of any text as its tokens have them', () => {
    const pieces = ['東京都庁で', 'Scholz’s', "don't", 'ガス', 'สวัสดีครับ', '서울에서', 'fi\u00ADnance', 'ÉCOLE', 'والكتاب', '42', ' ', ', ', '—'];
    const texts = fc.oneof(
      fc.string({ maxLength: 40, unit: 'grapheme' }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(terms(text)).toEqual(tokenize(text).map((token) => token.term));
      }),
    );
  });

  it('gives a plain ASCII word the same term the full folding does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9']{1,12}$/), (word) => {
        // An invisible zero-width space sends the word the long way round, and is dropped there.
        expect(normalizeTerm(word)).toBe(normalizeTerm(`${word}\u200B`));
      }),
    );
  });
});

describe('listedTerms', () => {
  it('keeps each listed term whole, even one a segmenter would split alone', () => {
    expect(terms('東京都')).toEqual(['東京', '都']);
    expect(listedTerms('東京都 oil')).toEqual(['東京都', 'oil']);
  });

  it('tokenizes words as written, as older links give them', () => {
    expect(listedTerms('Oil, Scholz’s Café')).toEqual(['oil', 'scholz', 'cafe']);
  });
});
