import { memoizeAsync } from '../memo.ts';
import {
  SCORE_SCALE,
  SEARCH_INDEX_VERSION,
  TITLE_SLOTS,
  decodeTerms,
  inverseDocumentFrequency,
  type SearchDirectory,
  type Shard,
  type VocabularyPart,
} from './search-index.ts';
import { decodePostings } from './postings-code.ts';
import { chooseReadings, rewriteQuery, type WordReadings } from './query-readings.ts';
import { createTermMatcher, HEAD_LENGTH, maxEdits, POOL_SIZE, PREFIX_EDITS, rankCandidates, type Candidate, type Likelihoods } from './term-matcher.ts';
import { endsInWord, resolveQueryWords } from './query-words.ts';
import { rankDocuments, type WordScores } from './search-ranking.ts';

/** One found document: its number (display order) and its score. */
export interface SearchHit {
  doc: number;
  score: number;
}

/**
 * The answer to a query: how many documents match, the best of them, the vocabulary terms
 * that matched (for highlighting), and the query as the engine read it when it corrected a
 * word (null when it searched the words as typed or completed).
 */
export interface SearchResult {
  total: number;
  hits: SearchHit[];
  terms: string[];
  corrected: string | null;
}

/** How to read a query: `exact` searches the words as typed, with no corrections or completions. */
export interface SearchOptions {
  exact?: boolean;
}

const NOTHING: SearchResult = { total: 0, hits: [], terms: [], corrected: null };

type Matcher = ReturnType<typeof createTermMatcher>;

/** Number of the last entry of an ascending list that is ≤ `value`. */
function lastAtMost<T>(list: readonly T[], value: T): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Prepares a search index for querying. Vocabulary parts, postings shards and head files
 * (SearchDirectory.heads) are fetched through `loadPart`, `loadShard` and `loadHead` only
 * when a query needs them, and kept. Without `loadHead`, or when a head file cannot be
 * fetched (a site saved for offline reading keeps only the shards), its terms are read
 * from their shards.
 */
export function createSearchEngine(
  directory: SearchDirectory,
  loadPart: (part: number) => Promise<VocabularyPart>,
  loadShard: (shard: number) => Promise<Shard>,
  loadHead?: (first: number) => Promise<Shard>,
) {
  if (directory.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${String(directory.version)} is not ${SEARCH_INDEX_VERSION}: rebuild the site`);
  }
  const docCount = directory.docCount;
  const partStarts = directory.parts.map((p) => p.start);
  const partFirsts = directory.parts.map((p) => p.from);
  const shardStarts: number[] = [];
  directory.shardTerms.reduce((start, count) => (shardStarts.push(start), start + count), 0);
  const shardOf = (term: number) => lastAtMost(shardStarts, term);
  // Fetched files are kept; a failed fetch is not, so the next query tries again.
  const matcher = memoizeAsync(async (p: number) => {
    const { terms, df } = await loadPart(p);
    return createTermMatcher(decodeTerms(terms), df, directory.parts[p]!.start, docCount);
  });
  // Each term's postings, once a shard or head file holding it has been read: as written
  // until a query first asks for them, then decoded. A shard holds some hundred terms, and a
  // query reads a few of them; decoding them all was most of a first query's time at 250,000
  // articles.
  const encodedPostings = new Map<number, string>();
  const postings = new Map<number, Float64Array>();
  const hasPostings = (term: number) => postings.has(term) || encodedPostings.has(term);
  function postingsOf(term: number): Float64Array {
    let flat = postings.get(term);
    if (flat === undefined) {
      flat = decodePostings(encodedPostings.get(term)!);
      postings.set(term, flat);
      encodedPostings.delete(term);
    }
    return flat;
  }
  function keep(term: number, encoded: string): void {
    if (!postings.has(term)) encodedPostings.set(term, encoded);
  }
  const shardFile = memoizeAsync(async (shard: number) => {
    const file = await loadShard(shard);
    file.forEach((encoded, i) => keep(shardStarts[shard]! + i, encoded));
  });
  const headFile = memoizeAsync((first: number) => loadHead!(first));
  const headsFrom = loadHead ? directory.heads : undefined;
  const letterTerms = new Map(directory.letters ?? []);
  const loadedMatchers = new Map<number, Matcher>();
  const partOf = (term: number) => loadedMatchers.get(lastAtMost(partStarts, term))!;
  const idf = (term: number) => inverseDocumentFrequency(docCount, partOf(term).df(term));

  /** The matcher of the vocabulary part of a word's first character, loaded. */
  async function matcherOf(word: string): Promise<Matcher> {
    const own = lastAtMost(partFirsts, word[0]!);
    const ownMatcher = await matcher(own);
    loadedMatchers.set(own, ownMatcher);
    return ownMatcher;
  }

  /**
   * The readings of one word: from its first character's part (for the word being typed,
   * completions of it as misspelled too), or from every part's second-letter buckets when
   * that finds nothing. With `widen`, readings one edit further
   * away join the pool (not the base) for the other words of the query to vouch for.
   */
  async function readingsOf(word: string, prefix: boolean, widen: boolean): Promise<WordReadings> {
    if (directory.parts.length === 0) return { base: [], pool: [] };
    const likelihood: Likelihoods = new Map();
    const ownMatcher = await matcherOf(word);
    const extra = widen ? 1 : 0;
    const allowed = maxEdits(word.length);
    const inBase = ({ edits }: { edits: number }) => edits === PREFIX_EDITS || edits <= allowed;
    ownMatcher.readings(word, likelihood, { prefix, widen: extra });
    // A misspelled word still being typed is completed from its own part ("japene" → japanese)
    // rather than looked up in every part, which costs a reader most of the vocabulary's bytes.
    if (prefix && ![...likelihood.values()].some(inBase)) ownMatcher.fuzzyCompletions(word, likelihood);
    if (![...likelihood.values()].some(inBase) && allowed > 0) {
      const all = await Promise.all(directory.parts.map((_, p) => matcher(p)));
      all.forEach((m, p) => {
        loadedMatchers.set(p, m);
        m.secondLetterReadings(word, likelihood, extra);
      });
    }
    const base = rankCandidates(new Map([...likelihood].filter(([, reading]) => inBase(reading))));
    return { base, pool: widen ? rankCandidates(likelihood, { minWeight: 0, max: POOL_SIZE }) : base };
  }

  /** The word itself, when the vocabulary holds it: the one reading of an exact search. */
  async function exactReading(word: string): Promise<WordReadings> {
    if (directory.parts.length === 0) return { base: [], pool: [] };
    const term = (await matcherOf(word)).exact(word);
    const base = term === undefined ? [] : [{ term, weight: 1, edits: 0 }];
    return { base, pool: base };
  }

  /** Whether the vocabulary holds a word, or a term beginning with it. */
  async function holds(word: string, prefix: boolean): Promise<boolean> {
    return directory.parts.length > 0 && (await matcherOf(word)).holds(word, prefix);
  }

  /**
   * Reads the postings of every term in `terms`. The head terms of the word being typed
   * (`typed`, see SearchDirectory.heads) come from its head file when those not read yet lie
   * in enough shards, else from their shards, as they do when the head file fails.
   */
  async function readPostings(terms: readonly number[], typed: string | undefined): Promise<void> {
    const missing = terms.filter((term) => !hasPostings(term));
    const viaShards = (list: readonly number[]) => Promise.all([...new Set(list.map(shardOf))].map(shardFile));
    if (missing.length === 0) return;
    const head = headsFrom !== undefined && typed?.length === HEAD_LENGTH ? (await matcherOf(typed)).head(typed) : undefined;
    const inHead = new Set(head?.terms);
    const headed = missing.filter((term) => inHead.has(term));
    if (!head || new Set(headed.map(shardOf)).size < headsFrom!) return void (await viaShards(missing));
    const fromHead = headFile(head.first).then((file) => {
      if (file.length !== head.terms.length) throw new Error(`head file ${head.first} holds ${file.length} terms, not ${head.terms.length}`);
      file.forEach((encoded, i) => keep(head.terms[i]!, encoded));
    });
    await Promise.all([viaShards(missing.filter((term) => !inHead.has(term))), fromHead.catch(() => viaShards(headed))]);
  }

  /** The documents holding a term (its postings read). */
  function docsOf(term: number): Int32Array {
    const flat = postingsOf(term);
    const docs = new Int32Array(flat.length / 2);
    let doc = 0;
    for (let i = 0; i < docs.length; i++) docs[i] = doc += flat[2 * i]!;
    return docs;
  }

  // Each query word's per-document scores, kept from query to query and cleared where the
  // last query wrote them: arrays the size of the archive made anew for every key were
  // most of the engine's garbage. Used only between a search's last await and its return.
  const wordBuffers: (WordScores & { found: Int32Array })[] = [];

  function scoreWord(candidates: readonly Candidate[], word: number): WordScores {
    const buffer = (wordBuffers[word] ??= {
      score: new Float64Array(docCount),
      titleSlot: new Uint8Array(docCount),
      found: new Int32Array(docCount),
      docs: new Int32Array(0),
    });
    const { score, titleSlot, found } = buffer;
    for (const doc of buffer.docs) score[doc] = titleSlot[doc] = 0;
    // A score is never 0 (search-index.ts), so a document is listed once.
    let count = 0;
    // Every reading of a word weighs as much as its likeliest reading: a rare misspelling
    // must not outrank the word the reader meant just because rarity raises its idf.
    const meant = idf(candidates[0]!.term);
    for (const { term, weight } of candidates) {
      const flat = postingsOf(term);
      const factor = (weight * meant) / idf(term) / SCORE_SCALE;
      let doc = 0;
      for (let i = 0; i < flat.length; i += 2) {
        doc += flat[i]!;
        const value = flat[i + 1]!;
        const s = factor * Math.floor(value / TITLE_SLOTS);
        if (score[doc] === 0) found[count++] = doc;
        if (s > score[doc]!) score[doc] = s;
        if (weight === 1) titleSlot[doc] = value % TITLE_SLOTS;
      }
    }
    buffer.docs = found.subarray(0, count);
    return buffer;
  }

  /**
   * Ranks documents for a query: every word must match (any word when no document has them
   * all). Each word is read in the light of the others (see chooseReadings); `exact` takes
   * the words as typed.
   */
  async function search(query: string, limit = 100, { exact = false }: SearchOptions = {}): Promise<SearchResult> {
    const { words, readings } = await read(query, exact);
    if (words.length === 0 || readings.some((r) => r.pool.length === 0)) return NOTHING;
    const chosen = chooseReadings(readings, docsOf, docCount);
    const perWord = chosen.candidates;
    if (perWord.some((candidates) => candidates.length === 0)) return NOTHING;
    const scores = perWord.map((candidates, i) => scoreWord(candidates, i));
    const { total, hits } = rankDocuments(scores, limit);
    const termOf = (term: number) => partOf(term).term(term);
    const corrections = new Map<string, string>();
    chosen.corrected.forEach((term, i) => term !== null && corrections.set(words[i]!, termOf(term)));
    return {
      total,
      hits,
      terms: [...new Set(perWord.flat().map((c) => termOf(c.term)))],
      corrected: corrections.size > 0 ? rewriteQuery(query, corrections) : null,
    };
  }

  /** A query's words and their readings, with the postings of every reading fetched. */
  async function read(query: string, exact: boolean): Promise<{ words: string[]; readings: WordReadings[] }> {
    // Only the word still being typed (the last, with no space after it) is completed as a prefix.
    const typing = !exact && endsInWord(query);
    const words = [...new Set(await resolveQueryWords(query, typing, holds))];
    // A one-character word is read as that very term: its shard is fetched while its
    // vocabulary part is, not after (a failure shows where the shard is awaited).
    for (const word of words) {
      const term = letterTerms.get(word);
      if (term !== undefined) shardFile(shardOf(term)).catch(() => undefined);
    }
    const widen = words.length > 1;
    const readings = await Promise.all(words.map((word, i) => (exact ? exactReading(word) : readingsOf(word, typing && i === words.length - 1, widen))));
    if (readings.every((r) => r.pool.length > 0))
      await readPostings([...new Set(readings.flatMap((r) => r.pool).map((c) => c.term))], typing ? words.at(-1) : undefined);
    return { words, readings };
  }

  /**
   * Fetches the files a query needs, without ranking: a query answered otherwise (a search
   * answer, search-answers.ts) still brings what the next key, its word a letter longer, reads.
   */
  async function prefetch(query: string): Promise<void> {
    await read(query, false);
  }

  return { search, prefetch };
}
