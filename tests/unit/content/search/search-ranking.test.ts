import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDocuments, type WordScores } from '../../../../src/content/search/search-ranking.ts';

/** A query word's scores over `docCount` documents, from (document, score, title slot) triples. */
function word(docCount: number, found: readonly [number, number, number][]): WordScores {
  const score = new Float64Array(docCount);
  const titleSlot = new Uint8Array(docCount);
  const docs: number[] = [];
  for (const [doc, value, slot] of found) {
    if (score[doc] === 0) docs.push(doc);
    score[doc] = value;
    titleSlot[doc] = slot;
  }
  return { score, titleSlot, docs: Int32Array.from(docs) };
}

const DOCS = 40;
// Few distinct scores, so ties (broken by the newer document) are common.
const found = fc.array(fc.tuple(fc.integer({ min: 0, max: DOCS - 1 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 })), {
  minLength: 1,
  maxLength: 30,
});

describe('rankDocuments', () => {
  it('keeps the best `limit` documents in the order a full ranking gives them, and counts them all', () => {
    fc.assert(
      fc.property(fc.array(found, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 45 }), (words, limit) => {
        const scores = words.map((w) => word(DOCS, w));
        const all = rankDocuments(scores);
        const best = rankDocuments(scores, limit);
        expect(best.total).toBe(all.total);
        expect(best.hits).toEqual(all.hits.slice(0, limit));
      }),
    );
  });

  it('finds the documents holding every word, or those holding any word when none holds them all', () => {
    fc.assert(
      fc.property(fc.array(found, { minLength: 1, maxLength: 3 }), (words) => {
        const holding = words.map((w) => new Set(w.map(([doc]) => doc)));
        const every = [...holding[0]!].filter((doc) => holding.every((docs) => docs.has(doc)));
        const expected = every.length > 0 ? every : [...new Set(holding.flatMap((docs) => [...docs]))];
        const { total, hits } = rankDocuments(words.map((w) => word(DOCS, w)));
        expect(total).toBe(expected.length);
        expect(hits.map((h) => h.doc).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
      }),
    );
  });

  it('puts titles holding every word first, the words side by side before the rest, ties to the newer document', () => {
    const first = word(6, [
      [0, 1, 0],
      [1, 5, 0],
      [2, 1, 1],
      [3, 1, 2],
      [4, 1, 0],
    ]);
    const second = word(6, [
      [0, 1, 0],
      [1, 5, 0],
      [2, 1, 3],
      [3, 1, 3],
      [4, 1, 0],
    ]);
    expect(rankDocuments([first, second]).hits.map((h) => h.doc)).toEqual([3, 2, 1, 0, 4]);
    expect(rankDocuments([first, second], 2)).toEqual({ total: 5, hits: rankDocuments([first, second]).hits.slice(0, 2) });
  });
});
