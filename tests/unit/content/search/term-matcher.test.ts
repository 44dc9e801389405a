import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTermMatcher,
  HEAD_LENGTH,
  headOf,
  POOL_SIZE,
  rankCandidates,
  RARE_TERMS_FROM,
  type Likelihoods,
} from '../../../../src/content/search/term-matcher.ts';

// A common word, a neighbour found in one article only, and an unrelated word.
const vocabulary = ['budget', 'budgit', 'harbour'];
const df = [120, 1, 40];
const readings = (docCount: number, word: string, prefix = false) => {
  const into: Likelihoods = new Map();
  createTermMatcher(vocabulary, df, 0, docCount).readings(word, into, { prefix });
  return [...into.keys()].map((term) => vocabulary[term]).sort();
};

describe('the term matcher', () => {
  it('in a small archive, reads a typo as any term near it, however rare', () => {
    expect(readings(2_000, 'budgat')).toEqual(['budget', 'budgit']);
  });

  it('in a large archive, leaves a term found in one article out of the typo search, and still finds it exactly and as a completion', () => {
    expect(readings(RARE_TERMS_FROM, 'budgat')).toEqual(['budget']);
    expect(readings(RARE_TERMS_FROM, 'budgit')).toEqual(['budget', 'budgit']);
    expect(readings(RARE_TERMS_FROM, 'budgi', true)).toEqual(['budgit']);
    // A misspelled beginning's completions, likewise.
    const completions = (docCount: number) => {
      const into: Likelihoods = new Map();
      createTermMatcher(vocabulary, df, 0, docCount).fuzzyCompletions('budgat', into);
      return [...into.keys()].map((term) => vocabulary[term]).sort();
    };
    expect(completions(2_000)).toEqual(['budget', 'budgit']);
    expect(completions(RARE_TERMS_FROM)).toEqual(['budget']);
  });
});

describe('a head file', () => {
  it('holds every reading the matcher gives a two-letter word being typed, for any vocabulary', () => {
    const vocabularyOf = fc.uniqueArray(fc.stringMatching(/^[ab][a-c][a-e]{0,3}$/), { minLength: 100, maxLength: 300 }).map((terms) => terms.sort());
    fc.assert(
      fc.property(vocabularyOf, fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: 300, maxLength: 300 }), (terms, frequencies) => {
        const counts = frequencies.slice(0, terms.length);
        const matcher = createTermMatcher(terms, counts);
        // The pool of a query of several words: the most readings the engine looks up.
        const pool = (word: string) => {
          const into: Likelihoods = new Map();
          matcher.readings(word, into, { prefix: true, widen: 1 });
          return rankCandidates(into, { minWeight: 0, max: POOL_SIZE }).map((c) => c.term);
        };
        for (const word of new Set(terms.filter((term) => term.length >= HEAD_LENGTH).map((term) => term.slice(0, HEAD_LENGTH)))) {
          const head = headOf(terms, counts, word)!;
          expect(terms[head.first]!.startsWith(word) && !terms[head.first - 1]?.startsWith(word)).toBe(true);
          for (const term of pool(word)) expect(head.terms, terms[term]).toContain(term);
          expect(head.terms.every((term) => terms[term]!.startsWith(word))).toBe(true);
        }
      }),
    );
  });
});
