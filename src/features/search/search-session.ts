import { readArticleFile } from '../../content/archive/model.ts';
import { dataFiles } from '../../content/contracts.ts';
import { memoizeAsync } from '../../content/memo.ts';
import { fetchJson } from '../../content/fetch-data.ts';
import type { ResultEntry } from '../../content/search/search-docs.ts';
import { resultRows } from './result-rows.ts';
import { createSearchEngine } from '../../content/search/search-engine.ts';
import type { SearchDirectory, Shard, VocabularyPart } from '../../content/search/search-index.ts';
import { highlight, passageText, snippet, type Segment } from '../../content/search/snippet.ts';
import { answerNumber } from '../../content/search/search-answers.ts';
import { readAnswer, type AnswerFile } from '../../content/search/answer-file.ts';
import { fetchArticleText } from '../../content/reader/article-record.ts';
import { keptText } from '../../content/reader/kept-text.ts';
import type { ArticleAt } from '../../content/archive/article-pack.ts';

/** Where a build's search index and the files results are drawn from can be fetched. */
export interface SearchSource {
  indexUrl: string;
  /** The directory itself, when the page has it: a search page carries it, another page fetches it while the worker's script loads. */
  directory?: SearchDirectory;
  partUrls: string[];
  shardUrls: string[];
  /** The result-row files (search-docs.ts), each of ROWS_PER_FILE documents in turn. */
  rowUrls: string[];
  /** Whether a service worker controls the page: rows read are then kept for a search offline (`keepText`; a worker cannot tell). */
  keepRows?: boolean;
  /** The address of the build's data folder, ending in a slash (article texts are read from it, for passages). */
  dataUrl: string;
}

/**
 * A result's entry with its title's matched words marked. Marked where the search runs, whose
 * tokenizer is already warm: on the page, its first use compiled its regular expression, 100 ms
 * of a phone's main thread (4× CPU) in the early draw of a search page opened directly.
 */
export interface FoundEntry extends ResultEntry {
  titleSegments: Segment[];
}

/** What a query found: how many documents match, the entries of the best ones, the vocabulary terms that matched (for highlighting), and the query as corrected (null when searched as typed). */
export interface Found {
  total: number;
  terms: string[];
  entries: FoundEntry[];
  corrected: string | null;
}

/**
 * Per found entry, the passage around its best match; null where the article's text could
 * not be read, undefined where it was not asked for (see `passages`).
 */
export type Passages = (Segment[] | null | undefined)[];

/**
 * Search with everything a result shows: the engine fetches the index's directory once, and
 * each vocabulary part, postings shard and head file when a query first needs it; the
 * results' data files as results need them, and article texts only when passages are asked
 * for. Every file is fetched once and kept (except after a failure), so keystroke after
 * keystroke reuses them. A word of one or two characters alone in the field is answered by
 * its answer file (search-answers.ts), passages and all, when the build wrote one.
 */
export async function openSearch(source: SearchSource) {
  const directory = source.directory ?? (await fetchJson<SearchDirectory>(source.indexUrl));
  const engine = createSearchEngine(
    directory,
    (part) => fetchJson<VocabularyPart>(source.partUrls[part]!),
    (shard) => fetchJson<Shard>(source.shardUrls[shard]!),
    (first) => fetchJson<Shard>(`${source.dataUrl}${dataFiles.searchHead(first)}`),
  );
  const row = resultRows(source, directory.rowBytes);
  const answers = directory.answers?.split(' ');
  const answerFile = memoizeAsync((n: number) => fetchJson<AnswerFile>(`${source.dataUrl}${dataFiles.searchAnswer(n)}`));
  // What an answer found, with the passages its file holds.
  const answered = new WeakMap<Found, Passages>();
  /** What the answer file of a query says (null when it has none, or it could not be read: offline, only the shards are kept). */
  async function fromAnswer(query: string, limit: number, exact: boolean): Promise<Found | null> {
    const n = answerNumber(answers, query, exact);
    if (n === undefined) return null;
    const file = await answerFile(n).catch(() => null);
    const read = file && readAnswer(file, limit);
    if (!read) return null;
    const { passages, ...found } = read;
    answered.set(found, passages);
    return found;
  }
  // Article texts, each fetched once unless its fetch failed or was called off: a text still
  // on its way when its query was overtaken (its signal aborted) is fetched afresh by the next
  // query that needs it.
  const texts = new Map<string, { signal: AbortSignal; arrived: boolean; text: Promise<string> }>();
  // An article read before is kept (app/article-records.ts), and read from there first, offline too.
  const readText = async (id: string, at: ArticleAt, signal: AbortSignal): Promise<string | null> =>
    (await keptText(`${source.dataUrl}${dataFiles.article(id)}`)) ??
    fetchArticleText(`${source.dataUrl}${dataFiles.articlePack(at[0])}`, at, { signal, priority: 'low' });
  const text = ({ id, at }: ResultEntry, signal: AbortSignal) => {
    const known = texts.get(id);
    if (known && (known.arrived || !known.signal.aborted)) return known.text;
    if (!at) return Promise.reject(new Error(`search result ${id} does not say where its record is`));
    // Low priority: a result's passage waits behind the next key's postings and result data.
    const text = readText(id, at, signal).then((body) => {
      if (body === null) throw new Error(`the pack of search result ${id} is gone`);
      entry.arrived = true;
      return passageText(readArticleFile(body).article.blocks);
    });
    const entry = { signal, arrived: false, text };
    texts.set(id, entry);
    text.catch(() => texts.get(id) === entry && texts.delete(id));
    return text;
  };
  return {
    /** What a query found; null when `overtaken` says a newer query has come meanwhile (its results' files are then not fetched). */
    async search(query: string, limit: number, exact = false, overtaken: () => boolean = () => false): Promise<Found | null> {
      const answer = await fromAnswer(query, limit, exact);
      if (answer) {
        if (overtaken()) return null;
        // The word's next letter is searched by the engine: what it reads comes meanwhile.
        engine.prefetch(query).catch(() => undefined);
        return answer;
      }
      if (overtaken()) return null;
      const { total, hits, terms, corrected } = await engine.search(query, limit, { exact });
      if (overtaken()) return null;
      const matched = new Set(terms);
      const entries = await Promise.all(
        hits.map(async ({ doc }) => {
          const entry = await row(doc);
          return { ...entry, titleSegments: highlight(entry.title, matched) };
        }),
      );
      return { total, terms, entries, corrected };
    },
    /** Fetches what the engine reads of a query, without searching it (a query answered from its answer file in the page). */
    prefetch: (query: string): Promise<void> => engine.prefetch(query),
    /** The passages of what an answer file found (they came with it); undefined for what the engine found. */
    answeredPassages: (found: Found): Passages | undefined => answered.get(found),
    /**
     * The passages of what a query found, of its first `count` entries (the others' articles
     * are not fetched); `signal` calls off their fetches when a newer query comes (the
     * passages then come back empty).
     */
    passages(found: Found, signal: AbortSignal = new AbortController().signal, count = Infinity): Promise<Passages> {
      const known = answered.get(found);
      if (known) return Promise.resolve(known);
      const terms = new Set(found.terms);
      return Promise.all(
        found.entries.map((entry, i) =>
          i >= count
            ? undefined
            : text(entry, signal).then(
                (body) => snippet(body, terms),
                () => null,
              ),
        ),
      );
    },
  };
}
