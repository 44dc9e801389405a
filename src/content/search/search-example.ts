import { decodeTerms, type BuiltSearchIndex } from './search-index.ts';
import { createTermMatcher, rankCandidates, type Likelihoods } from './term-matcher.ts';
import { tokenize } from './tokenize.ts';

/** A misspelling the search corrects, and the word it finds: the search page's hint, from the archive's own words. */
export interface SearchExample {
  typo: string;
  word: string;
}

// Words long enough for a typo to look like one, short enough to read at a glance.
const MIN_LENGTH = 6;
const MAX_LENGTH = 12;
const CANDIDATES = 40;

/** The word with two neighbouring letters swapped near its middle (the commonest slip of a typist), or null when they are the same. */
function swapped(word: string, at: number): string | null {
  if (word[at] === word[at + 1]) return null;
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/**
 * An example for the search page's hint, from the words that recur most in the archive's
 * titles: one with two letters swapped ("chelsae"), checked to be read as the word by the
 * term matcher exactly as a query is (not a word of its own, and the word its likeliest
 * reading, typed or completed). The word is written as titles mostly write it
 * inside a title ("Chelsea"). Null when no word qualifies. The same archive always gives
 * the same example.
 */
export function searchExample(titles: readonly string[], index: BuiltSearchIndex): SearchExample | null {
  const inTitles = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const title of titles) {
    const tokens = tokenize(title);
    for (const [i, { term, start, end }] of tokens.entries()) {
      if (term.length < MIN_LENGTH || term.length > MAX_LENGTH || !/^\p{L}+$/u.test(term)) continue;
      inTitles.set(term, (inTitles.get(term) ?? 0) + 1);
      // The first word of a title is capitalized whatever it is: it tells nothing of the word.
      if (i === 0) continue;
      const spelled = forms.get(term) ?? new Map<string, number>();
      // "Germany’s" is written "Germany" in the hint.
      const form = title.slice(start, end).replace(/['’]s$/u, '');
      spelled.set(form, (spelled.get(form) ?? 0) + 1);
      forms.set(term, spelled);
    }
  }
  const byUse = (counts: ReadonlyMap<string, number>) => [...counts].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1));
  const spelling = (word: string) => byUse(forms.get(word) ?? new Map())[0]?.[0];
  // Names (capitalized inside titles) make the clearest examples; then the commonest words.
  const isName = (word: string) => /^\p{Lu}/u.test(spelling(word) ?? '');
  const ranked = byUse(inTitles)
    .sort(([a], [b]) => Number(isName(b)) - Number(isName(a)))
    .slice(0, CANDIDATES);
  const { directory, parts } = index;
  const matchers = new Map<number, ReturnType<typeof createTermMatcher>>();
  for (const [word] of ranked) {
    const part = directory.parts.findLastIndex((p) => p.from <= word[0]!);
    if (part < 0) continue;
    let matcher = matchers.get(part);
    if (!matcher)
      matchers.set(part, (matcher = createTermMatcher(decodeTerms(parts[part]!.terms), parts[part]!.df, directory.parts[part]!.start, directory.docCount)));
    const target = matcher.exact(word);
    for (const at of [Math.floor(word.length / 2), Math.floor(word.length / 2) - 1, Math.floor(word.length / 2) + 1]) {
      const typo = swapped(word, at);
      if (!typo || matcher.exact(typo) !== undefined) continue;
      const likelihood: Likelihoods = new Map();
      matcher.readings(typo, likelihood, { prefix: true });
      if (rankCandidates(likelihood)[0]?.term !== target) continue;
      return { typo, word: spelling(word) ?? word };
    }
  }
  return null;
}
