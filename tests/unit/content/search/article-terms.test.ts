import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleTerms, NumberLists, numberTerms, type ArticleTerms } from '../../../../src/content/search/article-terms.ts';

/** An article's body terms with their counts, through the numbering the index and related articles use. */
function bodyTerms(article: ArticleTerms): [string, number][] {
  const { words, bodies, counts } = numberTerms([article]);
  return Array.from(bodies.at(0), (id, i) => [words[id]!, counts.at(0)[i]!]);
}
import { terms } from '../../../../src/content/search/tokenize.ts';

describe('articleTerms', () => {
  it('keeps the title in order and counts each body term once per occurrence', () => {
    const counted = articleTerms({
      title: 'Budget day, budget night',
      blocks: [
        { kind: 'paragraph', text: 'The budget. The chancellor’s budget!' },
        { kind: 'heading', text: 'Budget' },
      ],
    });
    expect(counted.title).toEqual(['budget', 'day', 'budget', 'night']);
    expect(bodyTerms(counted)).toEqual([
      ['the', 2],
      ['budget', 3],
      ['chancellor', 1],
    ]);
  });

  it('counts exactly the terms the tokenizer finds, whatever the text (and survives JSON, as the cache stores it)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (texts) => {
        const counted = JSON.parse(JSON.stringify(articleTerms({ title: '', blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })) })));
        const expected = new Map<string, number>();
        for (const term of texts.flatMap(terms)) expected.set(term, (expected.get(term) ?? 0) + 1);
        expect(new Map(bodyTerms(counted))).toEqual(expected);
      }),
    );
  });
});

describe('numberTerms', () => {
  it('numbers articles taken one at a time from a single pass, each term once, as an array of them would be', () => {
    const texts = fc.array(fc.array(fc.constantFrom('grain', 'wheat', 'bank', 'yen', 'rates', 'Bank!', '42'), { maxLength: 6 }), { maxLength: 6 });
    fc.assert(
      fc.property(texts, texts, (titles, bodies) => {
        const articles = titles.map((title, i) => articleTerms({ title: title.join(' '), blocks: [{ kind: 'paragraph', text: (bodies[i] ?? []).join(' ') }] }));
        let taken = 0;
        // A generator can be read once: what the build hands numberTerms.
        const numbered = numberTerms(
          (function* () {
            for (const article of articles) {
              taken++;
              yield article;
            }
          })(),
        );
        expect(taken).toBe(articles.length);
        expect(new Set(numbered.words).size).toBe(numbered.words.length);
        const words = (ids: Uint32Array) => Array.from(ids, (id) => numbered.words[id]!);
        for (const counted of [numbered.titles, numbered.bodies, numbered.counts]) expect(counted.length).toBe(articles.length);
        articles.forEach((article, i) => {
          expect(words(numbered.titles.at(i))).toEqual(article.title);
          expect(words(numbered.bodies.at(i)).join(' ')).toBe(article.body);
          expect(Array.from(numbered.counts.at(i))).toEqual(article.counts);
        });
      }),
    );
  });
});

describe('NumberLists', () => {
  it('gives back every list as pushed, through the copies that make room, and after trimming', () => {
    // Lists long and many enough to outgrow the first room for numbers (1,024) and for lists (256).
    const lists = fc.array(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 40 }), { maxLength: 400 });
    fc.assert(
      fc.property(lists, (input) => {
        const flat = new NumberLists();
        for (const list of input) flat.push(list, (n) => n);
        expect(flat.length).toBe(input.length);
        input.forEach((list, i) => expect(Array.from(flat.at(i))).toEqual(list));
        flat.trim();
        input.forEach((list, i) => expect(Array.from(flat.at(i))).toEqual(list));
      }),
      { numRuns: 50 },
    );
  });
});
