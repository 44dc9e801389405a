import { numberTerms, type ArticleTerms, type NumberedTerms } from './article-terms.ts';
import { encodePostings } from './postings-code.ts';
import { HEAD_LENGTH, headOf } from './term-matcher.ts';

/** Bumped whenever the serialized shape changes, so a stale index is refused instead of misread. */
export const SEARCH_INDEX_VERSION = 8;
/** A word in the title counts as this many words of body text. */
export const TITLE_WEIGHT = 3;
/**
 * Raw size a postings shard aims for: small enough that a query fetches little, large enough
 * to keep the count of files down. The completions of a word's first two letters are its
 * most frequent terms, each several KB, spread over many shards: with postings written as
 * JSON numbers, at 24 KB a query typed letter by letter fetched up to 175 KB of postings
 * (Reuters), at 12 KB 119 KB, at 8 KB 96 KB for twice the files. 6,500 characters of
 * base-32 digits hold what 12 KB of JSON did: as many shards (1,000 at Reuters, 989 before).
 */
export const SHARD_BUDGET = 6_500;
/**
 * A two-letter word being typed is read as its most frequent completions, which are long
 * postings spread over shards: "st" needed 9 shards at 18k articles, "tokyo st" 14, which
 * HTTP/1.1's six connections fetch in two or three rounds. When they lie in more shards than
 * that, a head file holds their postings once more, together (term-matcher.ts, headOf):
 * 49 files, 2.4 MB raw and 1.2 MB gzipped at 18k articles. Not for fewer shards: the shards also bring a
 * word's neighbours, which the next key often needs, and a head file does not; at three
 * shards as many keys fetched files as the head files saved rounds.
 */
export const HEAD_MIN_SHARDS = 7;
/** Terms a vocabulary part holds at least: runs of first characters are grouped until then. */
export const MIN_PART_TERMS = 1_000;

const K1 = 1.2;
const B = 0.75;
/** BM25 scores are stored as integers: score × SCORE_SCALE, at least 1. */
export const SCORE_SCALE = 10;
/** A posting's value is `score × TITLE_SLOTS + slot`, where slot is 1 + the term's first position in the title (0 when absent, capped). */
export const TITLE_SLOTS = 32;

/**
 * What the browser loads first: where the vocabulary parts and the postings shards begin.
 * Terms are numbered in sorted order across all parts; documents in display order (newest
 * first), so a lower number wins a tie.
 */
export interface SearchDirectory {
  version: typeof SEARCH_INDEX_VERSION;
  docCount: number;
  /**
   * The vocabulary parts, in order: each covers the terms whose first character is from
   * `from` up to the next part's, and begins at global term number `start`. A query word
   * needs only the part of its first character.
   */
  parts: { from: string; start: number }[];
  /**
   * How many terms each shard holds, in order (shard n begins at the sum of those before
   * it): counts, not starts, which have as many digits as the vocabulary and weighed 2.5 KB
   * gzipped of the directory at 18k articles.
   */
  shardTerms: number[];
  /**
   * The most frequent one-character terms (at most LETTER_TERMS), with their global
   * numbers: a word's first key is searched as that term alone, so its shard can be fetched
   * together with the vocabulary part, a round trip sooner. Absent in older builds.
   */
  letters?: [letter: string, term: number][];
  /**
   * HEAD_MIN_SHARDS of this build: a word of HEAD_LENGTH being typed whose readings
   * (term-matcher.ts, headOf) lie in at least this many shards has their postings in
   * `search/heads/<first term>.json`, a `Shard` in the order of their numbers. Absent in
   * older builds, which have no head files.
   */
  heads?: number;
  /**
   * The words answered at build time (search-answers.ts), space-separated: the answer to the
   * nth is `search/answers/<n>.json`. Absent in older builds and archives with none.
   */
  answers?: string;
  /** The width in bytes of a document's slot in the result-row files (search-docs.ts); the build sets it with the rows. */
  rowBytes?: number;
}

/** One part of the vocabulary: its terms, sorted and front-coded by `encodeTerms`, and each term's document frequency. */
export interface VocabularyPart {
  terms: string;
  df: number[];
}

/**
 * The postings of a contiguous range of terms: for each term, flat pairs
 * `[docDelta, value, …]` where doc numbers are delta-coded and `value` is
 * `round(BM25 × SCORE_SCALE) × TITLE_SLOTS + titleSlot`; the title slot lets a query
 * see that its words stand next to each other in a title. Each term's numbers are written
 * as one string by `encodePostings`.
 */
export type Shard = string[];

/** How many one-character terms the directory names (SearchDirectory.letters): every letter and digit of an alphabet, the commonest characters of a script written without spaces. */
export const LETTER_TERMS = 64;

/** The whole index as the build writes it. */
export interface BuiltSearchIndex {
  directory: SearchDirectory;
  parts: VocabularyPart[];
  shards: Shard[];
  /** The head files: the number of their first term, and the postings of their terms (shared with `shards`). */
  heads: { first: number; postings: Shard }[];
}

/** BM25's idf of a term found in `n` of `docCount` documents; the engine uses it too, to compare readings of a word. */
export function inverseDocumentFrequency(docCount: number, n: number): number {
  return Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
}

// Front coding: each line is one character for the length shared with the previous term
// (code 33 + n, n ≤ 90) followed by the rest of the term. Terms hold no white space.
const SHARED_BASE = 33;
const MAX_SHARED = 90;

/** Front-codes a sorted term list into one string. */
export function encodeTerms(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((term) => {
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && term[shared] === previous[shared]) shared++;
      previous = term;
      return String.fromCharCode(SHARED_BASE + shared) + term.slice(shared);
    })
    .join('\n');
}

/** Restores the term list written by `encodeTerms`. */
export function decodeTerms(encoded: string): string[] {
  if (!encoded) return [];
  let previous = '';
  return encoded.split('\n').map((line) => {
    previous = previous.slice(0, line.charCodeAt(0) - SHARED_BASE) + line.slice(1);
    return previous;
  });
}

/** A title's terms, each once, with its count (TITLE_WEIGHT an occurrence) and its slot: 1 + its first position, capped. */
function titleTerms(title: Uint32Array): Map<number, { count: number; slot: number }> {
  const titled = new Map<number, { count: number; slot: number }>();
  title.forEach((term, position) => {
    const seen = titled.get(term);
    if (seen) seen.count += TITLE_WEIGHT;
    else titled.set(term, { count: TITLE_WEIGHT, slot: Math.min(position + 1, TITLE_SLOTS - 1) });
  });
  return titled;
}

/**
 * Gives `visit` each posting of document `doc`: its body's terms that are not in its title
 * (slot 0), then its title's, with the body's counts added; returns the document's length.
 * A title holds a few words: those are counted here, the body's were counted already.
 */
function docPostings({ titles, bodies, counts }: NumberedTerms, doc: number, visit: (term: number, count: number, slot: number) => void): number {
  const title = titles.at(doc);
  const titled = titleTerms(title);
  let length = title.length * TITLE_WEIGHT;
  const body = bodies.at(doc);
  const bodyCounts = counts.at(doc);
  for (let i = 0; i < body.length; i++) {
    const count = bodyCounts[i]!;
    length += count;
    const inTitle = titled.get(body[i]!);
    if (inTitle) inTitle.count += count;
    else visit(body[i]!, count, 0);
  }
  for (const [term, { count, slot }] of titled) visit(term, count, slot);
  return length;
}

/** Builds the sharded inverted index of titles and full text (from each article's counted terms), scoring every posting with BM25 at build time. */
export function buildSearchIndex(articles: readonly ArticleTerms[] | NumberedTerms, budget = SHARD_BUDGET): BuiltSearchIndex {
  const numbered = 'words' in articles ? articles : numberTerms(articles);
  const { words } = numbered;
  const docCount = numbered.titles.length;
  // The postings, before scoring, in three flat arrays: term t's are at [start[t], start[t + 1]),
  // docs ascending. Counted first, then filled: an array per term, grown by pushing numbers,
  // made building the index alone on 50,000 articles peak at 944 MB instead of 600 MB, and
  // take 3.1 s instead of 0.95 s.
  const df = new Uint32Array(words.length);
  // The largest count a posting will hold, so that the counts take two bytes each where they
  // fit, as they nearly always do: at 250,000 articles four bytes a count were 100 MB more
  // at the build's peak.
  let maxCount = 0;
  for (let doc = 0; doc < docCount; doc++)
    docPostings(numbered, doc, (term, count) => {
      df[term]!++;
      maxCount = Math.max(maxCount, count);
    });
  const start = new Uint32Array(words.length + 1);
  for (let term = 0; term < words.length; term++) start[term + 1] = start[term]! + df[term]!;
  const total = start[words.length]!;
  const postingDoc = new Uint32Array(total);
  const postingCount = maxCount <= 0xffff ? new Uint16Array(total) : new Uint32Array(total);
  const postingSlot = new Uint8Array(total);
  const next = start.slice(0, words.length);
  const lengths = new Float64Array(docCount);
  for (let doc = 0; doc < docCount; doc++)
    lengths[doc] = docPostings(numbered, doc, (term, count, slot) => {
      const at = next[term]!++;
      postingDoc[at] = doc;
      postingCount[at] = count;
      postingSlot[at] = slot;
    });

  let sum = 0;
  for (const length of lengths) sum += length;
  const average = sum / Math.max(1, docCount);
  const order = words.map((_, i) => i).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  const sorted = order.map((i) => words[i]!);
  const sortedDf: number[] = [];
  // Each term's postings and shard, by position in `sorted`: for the head files.
  const termPostings: string[] = [];
  const termShard: number[] = [];
  const shards: Shard[] = [];
  let shard: Shard = [];
  let shardSize = budget;
  order.forEach((term) => {
    const from = start[term]!;
    const n = df[term]!;
    const idf = inverseDocumentFrequency(docCount, n);
    const flat = new Array<number>(2 * n);
    let previous = 0;
    for (let i = 0; i < n; i++) {
      const doc = postingDoc[from + i]!;
      const tf = postingCount[from + i]!;
      const score = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / average));
      const value = Math.max(1, Math.round(score * SCORE_SCALE)) * TITLE_SLOTS + postingSlot[from + i]!;
      flat[2 * i] = doc - previous;
      flat[2 * i + 1] = value;
      previous = doc;
    }
    const encoded = encodePostings(flat);
    // Its length in the shard's JSON: quotes and a comma.
    const size = encoded.length + 3;
    if (shardSize + size > budget && shard.length > 0) {
      shards.push(shard);
      shard = [];
      shardSize = 0;
    }
    shard.push(encoded);
    shardSize += size;
    sortedDf.push(n);
    termPostings.push(encoded);
    termShard.push(shards.length);
  });
  if (shard.length > 0) shards.push(shard);

  const heads: BuiltSearchIndex['heads'] = [];
  for (let i = 0; i < sorted.length;) {
    if (sorted[i]!.length < HEAD_LENGTH) {
      i++;
      continue;
    }
    const prefix = sorted[i]!.slice(0, HEAD_LENGTH);
    const head = headOf(sorted, sortedDf, prefix)!;
    if (new Set(head.terms.map((term) => termShard[term])).size >= HEAD_MIN_SHARDS) {
      heads.push({ first: head.first, postings: head.terms.map((term) => termPostings[term]!) });
    }
    while (i < sorted.length && sorted[i]!.startsWith(prefix)) i++;
  }

  // Parts: runs of whole first-character groups of at least MIN_PART_TERMS terms.
  const parts: VocabularyPart[] = [];
  const starts: { from: string; start: number }[] = [];
  let from = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const groupEnds = i === sorted.length || sorted[i]![0] !== sorted[i - 1]![0];
    if (groupEnds && (i - from >= MIN_PART_TERMS || i === sorted.length)) {
      starts.push({ from: sorted[from]![0]!, start: from });
      parts.push({ terms: encodeTerms(sorted.slice(from, i)), df: sortedDf.slice(from, i) });
      from = i;
    }
  }
  // One character is one or two UTF-16 units: only those terms are spread into characters.
  const singles: [string, number][] = [];
  sorted.forEach((term, index) => term.length <= 2 && [...term].length === 1 && singles.push([term, index]));
  const letters = singles
    .sort(([, a], [, b]) => sortedDf[b]! - sortedDf[a]! || a - b)
    .slice(0, LETTER_TERMS)
    .sort(([, a], [, b]) => a - b);
  const shardTerms = shards.map((s) => s.length);
  return { directory: { version: SEARCH_INDEX_VERSION, docCount, parts: starts, shardTerms, letters, heads: HEAD_MIN_SHARDS }, parts, shards, heads };
}
