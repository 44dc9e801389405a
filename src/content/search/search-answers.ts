// Answers written at build time for the queries a reader types first: a word's first one or
// two characters, alone in the field. Those keys were the slowest of typing (p95 343 ms on
// the desktop at Reuters, against 110 ms for the other keys that fetched files): the most
// frequent completions of a one- or two-letter word are long postings, and its ten results
// lie in ten result-data files, whose passages need ten article texts. Their answer, with
// its passages, is one file of ~1.5 KB gzipped, asked for by number from the directory.
import { createSearchEngine, type SearchResult } from './search-engine.ts';
import { decodeTerms, type SearchDirectory, type Shard, type VocabularyPart } from './search-index.ts';
import { endsInWord } from './query-words.ts';
import { resultRow, type ResultEntry } from './search-docs.ts';
import { highlight, snippet } from './snippet.ts';
import { encodeSegments, type AnswerFile } from './answer-file.ts';
import { queryWords } from './tokenize.ts';

/** Results an answer holds: the search page's first page of them. */
export const ANSWER_RESULTS = 10;
/**
 * Answers a build writes at most: the words of one or two characters that begin the most
 * postings. At Reuters the 256 commonest two-letter beginnings of 817 begin 98 % of its
 * postings; their answers are a fixed count of files, whatever the archive's size.
 */
export const MAX_ANSWERS = 300;
/** Characters of the words answered. */
const MAX_LENGTH = 2;

/**
 * The words to answer, from the vocabulary's parts: the beginnings of one and two characters
 * that begin the most postings, those a query reads as that word alone (not split by the
 * segmenter), at most `max`. Sorted, as the directory lists them (SearchDirectory.answers).
 */
export function answerWords(parts: readonly VocabularyPart[], max = MAX_ANSWERS): string[] {
  const begun = new Map<string, number>();
  for (const { terms, df } of parts)
    decodeTerms(terms).forEach((term, i) => {
      const characters = [...term];
      for (let length = 1; length <= Math.min(MAX_LENGTH, characters.length); length++) {
        const word = characters.slice(0, length).join('');
        begun.set(word, (begun.get(word) ?? 0) + df[i]!);
      }
    });
  const asQueried = (word: string) => {
    const words = queryWords(word);
    return words.length === 1 && words[0]!.term === word && words[0]!.pieces.length === 1;
  };
  return [...begun]
    .filter(([word]) => asQueried(word))
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))
    .slice(0, max)
    .map(([word]) => word)
    .sort();
}

/** The number of the answer to a query (its position in the directory's `answers`), or undefined when none was written for it. */
export function answerNumber(answers: readonly string[] | undefined, query: string, exact: boolean): number | undefined {
  if (!answers || exact || !endsInWord(query)) return undefined;
  const words = queryWords(query);
  if (words.length !== 1 || words[0]!.pieces.length !== 1) return undefined;
  const n = answers.indexOf(words[0]!.term);
  return n < 0 ? undefined : n;
}

/**
 * An answer's file, from what the engine found for its word, each result's entry and the
 * text its passage is picked from (snippet.ts, passageText): the same passages a search
 * picks in the browser. Null when the engine corrected the word (its correction is written
 * from the query as typed), or found nothing: no answer is written for it.
 */
export function answerFile(found: SearchResult, entryOf: (doc: number) => ResultEntry, textOf: (doc: number) => string): AnswerFile | null {
  if (found.corrected !== null || found.hits.length === 0) return null;
  const terms = new Set(found.terms);
  const entries = found.hits.map(({ doc }) => entryOf(doc));
  return {
    total: found.total,
    terms: found.terms,
    rows: entries.map(resultRow),
    titles: entries.map(({ title }) => encodeSegments(highlight(title, terms))),
    passages: found.hits.map(({ doc }) => encodeSegments(snippet(textOf(doc), terms))),
  };
}

/** Where the engine reads an index's files from at build time. */
export interface IndexFiles {
  part: (part: number) => Promise<VocabularyPart>;
  shard: (shard: number) => Promise<Shard>;
  head: (first: number) => Promise<Shard>;
}

/**
 * The answers to `words` (answerWords), each searched by the engine over the index's files
 * as the browser reads them, with the words that have one. An engine for the words of each
 * first character, let go after them: the postings it decodes are the archive's longest.
 */
export async function buildAnswers(
  directory: SearchDirectory,
  words: readonly string[],
  files: IndexFiles,
  entryOf: (doc: number) => ResultEntry,
  textOf: (doc: number) => string,
): Promise<{ words: string[]; files: AnswerFile[] }> {
  const answered: { words: string[]; files: AnswerFile[] } = { words: [], files: [] };
  let engine: ReturnType<typeof createSearchEngine> | null = null;
  let first = '';
  for (const word of words) {
    const character = String.fromCodePoint(word.codePointAt(0)!);
    if (engine === null || character !== first) {
      engine = createSearchEngine(directory, files.part, files.shard, files.head);
      first = character;
    }
    const file = answerFile(await engine.search(word, ANSWER_RESULTS), entryOf, textOf);
    if (file === null) continue;
    answered.words.push(word);
    answered.files.push(file);
  }
  return answered;
}
