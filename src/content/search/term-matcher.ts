import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.ts';

/** A vocabulary term a query word may stand for, how much it counts (1 = the likeliest reading), and how far it is from the word (0 exact, PREFIX_EDITS a completion, else edits). */
export interface Candidate {
  term: number;
  weight: number;
  edits: number;
}

// How likely a reader meant a term: its document frequency × e^(−LIKELIHOOD_COST × edits).
// At 4, a misspelling that is itself in a few articles ("goverment") still yields to the
// common word one edit away, while a rare real word ("opec") is not rewritten into a
// common neighbour ("open").
const LIKELIHOOD_COST = 4;
// A completion of the word being typed counts as this many edits.
export const PREFIX_EDITS = 0.75;
const MAX_COMPLETIONS = 20;
const MAX_CANDIDATES = 12;
/** Readings beyond a word's own that the other words of a query may vouch for (see query-readings.ts). */
export const POOL_SIZE = 16;
// A word typed exactly as it appears in this many articles is taken as meant: no neighbour
// could be 1/(MIN_WEIGHT·e^-4) ≈ 550 times as common, so the fuzzy step would only find noise.
const WELL_ATTESTED = 50;
// Candidates much less likely than the best reading are noise.
const MIN_WEIGHT = 0.1;
// From this many articles on, a term found in one article only is left out of the typo
// search (it is still found exactly and as a completion). Such terms are two in five of a
// large archive's vocabulary (19,690 of Reuters' 45,672) and most of its growth: names,
// numbers, misspellings of the seeds themselves; as a typo's reading they weigh 1/(df+1)
// of a common neighbour's anyway. Below it, in a small archive, nearly every word is rare.
export const RARE_TERMS_FROM = 10_000;

/** Edits tolerated in a word of this length: none below four letters, where typos match everything. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * Edits looked at for a word: `maxEdits`, and up to `widen` more (never past 2) for readings
 * that only the other words of a query can vouch for (see query-readings.ts).
 */
function allowedEdits(length: number, widen: number): number {
  const base = maxEdits(length);
  return base === 0 ? 0 : Math.max(base, Math.min(2, base + widen));
}

/** Where `word` would be inserted in a sorted vocabulary. */
function lowerBoundIn(vocabulary: readonly string[], word: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The terms of a sorted vocabulary that begin with `word` and are longer, the most frequent
 * first (ties in vocabulary order), at most MAX_COMPLETIONS: their positions in `vocabulary`.
 * `first` is where `word` would be inserted in it.
 */
function completionsOf(vocabulary: readonly string[], df: ArrayLike<number>, first: number, word: string): number[] {
  const completions: number[] = [];
  for (let i = first; i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) if (vocabulary[i] !== word) completions.push(i);
  // Array sort is stable: terms as frequent keep their vocabulary order.
  return completions.sort((a, b) => df[b]! - df[a]!).slice(0, MAX_COMPLETIONS);
}

/** How likely the reader meant each term (by global number), and its edits from the word, to be ranked by `rankCandidates`. */
export type Likelihoods = Map<number, { value: number; edits: number }>;

/**
 * Maps query words onto one sorted part of the vocabulary (its terms numbered from
 * `offset`): the exact term, completions of a prefix, and fuse.js's fuzzy matches checked
 * with a true edit distance. fuse.js only ever sees a small bucket (terms of one length
 * sharing the first letter, or the second letter for a typo in the first), which keeps it
 * fast at any vocabulary size. `docCount`, the archive's size, says whether terms found in
 * one article take part in the typo search (RARE_TERMS_FROM).
 */
export function createTermMatcher(vocabulary: readonly string[], df: readonly number[], offset = 0, docCount = 0) {
  // Terms a typo may stand for: see RARE_TERMS_FROM.
  const typoMinDf = docCount >= RARE_TERMS_FROM ? 2 : 1;
  const buckets = new Map<string, number[]>();
  vocabulary.forEach((term, i) => {
    if (df[i]! < typoMinDf) return;
    for (const key of [`1${term[0]}:${term.length}`, `2${term[1] ?? ''}:${term.length}`]) {
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      list.push(i);
    }
  });
  const fuses = new Map<string, Fuse<string>>();
  const fuzzy = (key: string, word: string): number[] => {
    const members = buckets.get(key);
    if (!members) return [];
    let fuse = fuses.get(key);
    if (!fuse) {
      fuse = new Fuse(
        members.map((i) => vocabulary[i]!),
        { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true },
      );
      fuses.set(key, fuse);
    }
    return fuse.search(word).map((hit) => members[hit.refIndex]!);
  };

  const lowerBound = (word: string) => lowerBoundIn(vocabulary, word);

  const consider = (into: Likelihoods, term: number, edits: number) => {
    const value = (df[term]! + 1) * Math.exp(-LIKELIHOOD_COST * edits);
    if (value > (into.get(offset + term)?.value ?? 0)) into.set(offset + term, { value, edits });
  };
  const searchBucket = (into: Likelihoods, word: string, bucket: '1' | '2', allowed: number) => {
    let found = false;
    // Past the usual edits fuse.js's bitap search costs ~20 ms a word; a plain scan of the
    // bucket with an edit distance that stops early costs ~1 ms and misses nothing.
    const scan = allowed > maxEdits(word.length);
    for (let length = word.length - allowed; allowed > 0 && length <= word.length + allowed; length++) {
      const key = `${bucket}${bucket === '1' ? word[0] : word[1]}:${length}`;
      for (const term of scan ? (buckets.get(key) ?? []) : fuzzy(key, word)) {
        if (into.has(offset + term)) continue;
        const edits = editDistance(word, vocabulary[term]!, allowed);
        if (edits <= allowed) {
          consider(into, term, edits);
          found = true;
        }
      }
    }
    return found;
  };

  return {
    /** The term with this number in this part. */
    term: (global: number) => vocabulary[global - offset]!,
    /** Document frequency of the term with this number in this part. */
    df: (global: number) => df[global - offset]!,
    /**
     * Adds the readings of a word found in this part: exact, completions (when `prefix`) and
     * fuzzy matches sharing the first letter. Returns whether anything was found.
     */
    readings(word: string, into: Likelihoods, { prefix = true, widen = 0 } = {}): boolean {
      const before = into.size;
      const first = lowerBound(word);
      if (vocabulary[first] === word) consider(into, first, 0);
      if (prefix && word.length >= 2) {
        for (const term of completionsOf(vocabulary, df, first, word)) consider(into, term, PREFIX_EDITS);
      }
      const wellAttested = vocabulary[first] === word && df[first]! >= WELL_ATTESTED;
      if (!wellAttested) searchBucket(into, word, '1', allowedEdits(word.length, widen));
      return into.size > before;
    },
    /**
     * Adds completions of a misspelled prefix (`japene` → `japanese`): the most frequent terms
     * sharing its first letter whose beginning is within the word's edits of it. Returns
     * whether any was found.
     */
    fuzzyCompletions(word: string, into: Likelihoods): boolean {
      const allowed = maxEdits(word.length);
      if (allowed === 0) return false;
      const found: { term: number; edits: number }[] = [];
      const end = lowerBound(String.fromCodePoint(word.codePointAt(0)! + 1));
      for (let i = lowerBound(word[0]!); i < end; i++) {
        const term = vocabulary[i]!;
        if (term.length <= word.length - allowed || df[i]! < typoMinDf) continue;
        // The term's beginning as long as the word, or a letter shorter or longer (a letter left out or doubled).
        let edits = allowed + 1;
        for (let cut = word.length - allowed; cut <= word.length + allowed && edits > 0; cut++) {
          if (cut <= term.length) edits = Math.min(edits, editDistance(word, term.slice(0, cut), allowed));
        }
        if (edits <= allowed) found.push({ term: i, edits });
      }
      found.sort((a, b) => df[b.term]! - df[a.term]!);
      for (const { term, edits } of found.slice(0, MAX_COMPLETIONS)) consider(into, term, edits);
      return found.length > 0;
    },
    /** Adds fuzzy readings sharing the word's second letter: for a typo in the first letter. */
    secondLetterReadings(word: string, into: Likelihoods, widen = 0): boolean {
      return searchBucket(into, word, '2', allowedEdits(word.length, widen));
    },
    /** The terms of the word's head file (headOf), by global number; undefined when no term begins with it. */
    head(word: string): { first: number; terms: number[] } | undefined {
      const head = headOf(vocabulary, df, word);
      return head && { first: offset + head.first, terms: head.terms.map((term) => offset + term) };
    },
    /** The global number of the word, when this part holds it exactly. */
    exact(word: string): number | undefined {
      const first = lowerBound(word);
      return vocabulary[first] === word ? offset + first : undefined;
    },
    /** Whether this part holds the word, or (with `prefix`) a term beginning with it. */
    holds(word: string, prefix: boolean): boolean {
      const next = vocabulary[lowerBound(word)];
      return next !== undefined && (next === word || (prefix && next.startsWith(word)));
    },
  };
}

/** The candidates worth searching for, likeliest first, weighted relative to the likeliest. */
export function rankCandidates(likelihood: Likelihoods, { minWeight = MIN_WEIGHT, max = MAX_CANDIDATES } = {}): Candidate[] {
  let best = 0;
  for (const { value } of likelihood.values()) best = Math.max(best, value);
  return [...likelihood]
    .map(([term, { value, edits }]) => ({ term, weight: value / best, edits }))
    .filter((c) => c.weight >= minWeight)
    .sort((a, b) => b.weight - a.weight || a.term - b.term)
    .slice(0, max);
}

/** Length (UTF-16 units) of the words whose readings have a head file. */
export const HEAD_LENGTH = 2;

/**
 * The terms of a word of HEAD_LENGTH's head file (SearchDirectory.heads): the word itself and
 * the completions `readings` looks at for it as the word being typed, of which a query reads
 * the likeliest. Positions in `vocabulary`, ascending; `first`, the first term that begins
 * with the word, names the file. Undefined when no term begins with the word.
 */
export function headOf(vocabulary: readonly string[], df: ArrayLike<number>, word: string): { first: number; terms: number[] } | undefined {
  const first = lowerBoundIn(vocabulary, word);
  if (!vocabulary[first]?.startsWith(word)) return undefined;
  const terms = completionsOf(vocabulary, df, first, word);
  if (vocabulary[first] === word) terms.push(first);
  return { first, terms: terms.sort((a, b) => a - b) };
}
