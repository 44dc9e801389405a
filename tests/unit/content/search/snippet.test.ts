import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../../../src/content/search/snippet.ts';
import { normalizeTerm, tokenize } from '../../../../src/content/search/tokenize.ts';

describe('tokenize', () => {
  it('folds case, accents, possessives and apostrophes', () => {
    expect(tokenize('Pandora’s Café isn’t Scholz’s').map((t) => t.term)).toEqual(['pandora', 'cafe', 'isnt', 'scholz']);
  });

  it('splits CJK text into words and keeps other scripts as words', () => {
    expect(tokenize('東京 Москва Αθήνα').map((t) => t.term)).toEqual(['東京', 'москва', 'αθηνα']);
  });

  it('gives offsets that point at the original words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const token of tokenize(text)) expect(normalizeTerm(text.slice(token.start, token.end))).toBe(token.term);
      }),
    );
  });
});

describe('highlight', () => {
  it('marks a Japanese word where it stands in its sentence, and an accented word searched without its accent', () => {
    expect(highlight('東京都庁で記者会見', new Set(['都庁']))).toEqual([
      { text: '東京', match: false },
      { text: '都庁', match: true },
      { text: 'で記者会見', match: false },
    ]);
    expect(highlight('Le Café de Zürich', new Set(['cafe', 'zurich'])).filter((s) => s.match)).toEqual([
      { text: 'Café', match: true },
      { text: 'Zürich', match: true },
    ]);
  });

  it('marks every occurrence of a matched term, whatever its case or apostrophe', () => {
    expect(highlight('Scholz’s call: Scholz.', new Set(['scholz']))).toEqual([
      { text: 'Scholz’s', match: true },
      { text: ' call: ', match: false },
      { text: 'Scholz', match: true },
      { text: '.', match: false },
    ]);
  });

  it('loses no text and adds none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.string({ maxLength: 5 })), (text, words) => {
        expect(
          highlight(text, new Set(words.map(normalizeTerm)))
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('snippet', () => {
  const text = `${'Filler words about nothing much. '.repeat(20)}Here North Korean troops were deployed to Russia. ${'More filler follows here. '.repeat(20)}`;

  it('centres on the passage with the most matched words and marks them', () => {
    const segments = snippet(text, new Set(['north', 'korean', 'troops']));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['North', 'Korean', 'Troops'.toLowerCase()]);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(182);
  });

  it('falls back to the opening when nothing matches', () => {
    expect(snippet('Short text.', new Set(['zzz']))).toEqual([{ text: 'Short text.', match: false }]);
  });
});
