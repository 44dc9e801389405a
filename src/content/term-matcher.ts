import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.ts';

/** A vocabulary term a query word may stand for, and how sure we are of it (1 = typed exactly). */
export interface Candidate {
  term: number;
  weight: number;
}

const PREFIX_WEIGHT = 0.6;
const MAX_COMPLETIONS = 30;
// Each edit costs a factor of e^-EDIT_COST: a typo'd word still finds its article, but an
// article with the word exactly as typed ranks above.
const EDIT_COST = 1.2;

/** Edits tolerated in a word of this length: none below four letters, where typos match everything. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * Maps query words onto a sorted vocabulary: the exact term, its most frequent completions
 * (for the word being typed), and fuse.js's fuzzy matches among terms of similar length,
 * each checked with a true edit distance.
 */
export function createTermMatcher(vocabulary: readonly string[], frequency: (term: number) => number) {
  const byLength = new Map<number, number[]>();
  vocabulary.forEach((term, i) => {
    let list = byLength.get(term.length);
    if (!list) byLength.set(term.length, (list = []));
    list.push(i);
  });
  // One Fuse per term length, made on first use: fuse.js is quick over short strings
  // but scans everything it holds, so it only ever sees plausible lengths.
  const fuses = new Map<number, Fuse<string>>();
  const fuseFor = (length: number) => {
    let fuse = fuses.get(length);
    if (!fuse) {
      const list = (byLength.get(length) ?? []).map((i) => vocabulary[i]!);
      fuse = new Fuse(list, { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true, includeScore: false });
      fuses.set(length, fuse);
    }
    return fuse;
  };

  function lowerBound(word: string): number {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabulary[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every candidate term for one normalized query word. */
  return function candidates(word: string): Candidate[] {
    const found = new Map<number, number>();
    const add = (term: number, weight: number) => found.set(term, Math.max(found.get(term) ?? 0, weight));
    const first = lowerBound(word);
    if (vocabulary[first] === word) add(first, 1);
    const completions: number[] = [];
    for (let i = first; i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) if (vocabulary[i] !== word) completions.push(i);
    completions.sort((a, b) => frequency(b) - frequency(a));
    for (const term of completions.slice(0, MAX_COMPLETIONS)) add(term, PREFIX_WEIGHT);
    const allowed = maxEdits(word.length);
    if (allowed > 0) {
      for (let length = word.length - allowed; length <= word.length + allowed; length++) {
        for (const hit of fuseFor(length).search(word)) {
          const term = byLength.get(length)![hit.refIndex]!;
          const edits = editDistance(word, vocabulary[term]!, allowed);
          if (edits > 0 && edits <= allowed) add(term, Math.exp(-EDIT_COST * edits));
        }
      }
    }
    return [...found].map(([term, weight]) => ({ term, weight }));
  };
}
