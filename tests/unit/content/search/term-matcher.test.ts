import { describe, expect, it } from 'vitest';
import { createTermMatcher, RARE_TERMS_FROM, type Likelihoods } from '../../../../src/content/search/term-matcher.ts';

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
