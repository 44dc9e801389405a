// What a search answer's file holds (search-answers.ts writes them) and how it is read: by
// the search worker, and by the page, which must not load the engine or the tokenizer for
// it (their code was 40 KB of the page's first script when this lived beside them).
import { rowEntry, type ResultEntry, type ResultRow } from './search-docs.ts';
import type { Segment } from './snippet.ts';

/**
 * The file of one answer: what the engine found for the word as typed, and each result's
 * title with its matches marked and passage (as `encodeSegments` writes them). Marked at
 * build time, so that the page can draw an answer without the tokenizer, whose regular
 * expression costs a phone 100 ms to compile.
 */
export interface AnswerFile {
  total: number;
  terms: string[];
  rows: ResultRow[];
  titles: string[][];
  passages: string[][];
}

/**
 * The number of the answer to a query, where the page can tell it without the tokenizer: a
 * word of ASCII letters and digits alone in the field, which the tokenizer reads as that
 * word in lower case (answerNumber reads every other query, in the search worker).
 */
export function plainAnswerNumber(answers: readonly string[] | undefined, query: string, exact: boolean): number | undefined {
  if (!answers || exact || !/^[A-Za-z0-9]{1,2}$/.test(query)) return undefined;
  const n = answers.indexOf(query.toLowerCase());
  return n < 0 ? undefined : n;
}

/**
 * A passage's segments (or a title's) as strings: plain and matched text in turn, plain first, an empty
 * string between two of a kind (a passage that starts with a match, or two matched words
 * with nothing between them, as in Japanese), so each segment is read back as it was.
 */
export function encodeSegments(segments: readonly Segment[]): string[] {
  const runs: string[] = [];
  for (const { text, match } of segments) {
    if (runs.length % 2 !== Number(match)) runs.push('');
    runs.push(text);
  }
  return runs;
}

export const decodeSegments = (runs: readonly string[]): Segment[] => runs.flatMap((text, i) => (text ? [{ text, match: i % 2 === 1 }] : []));

/** What an answer's file says for a query of `limit` results: what it found (the titles marked) and the passages; null when it holds too few. */
export function readAnswer(
  file: AnswerFile,
  limit: number,
): { total: number; terms: string[]; entries: (ResultEntry & { titleSegments: Segment[] })[]; corrected: null; passages: Segment[][] } | null {
  if (file.rows.length < Math.min(limit, file.total)) return null;
  return {
    total: file.total,
    terms: file.terms,
    entries: file.rows.slice(0, limit).map((row, i) => ({ ...rowEntry(row), titleSegments: decodeSegments(file.titles[i]!) })),
    corrected: null,
    passages: file.passages.slice(0, limit).map(decodeSegments),
  };
}
