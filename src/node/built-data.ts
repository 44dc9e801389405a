import { createHash } from 'node:crypto';
import type { Article } from '../content/seeds/article.ts';
import { articleTerms, numberTerms, type ArticleTerms, type NumberedTerms } from '../content/search/article-terms.ts';
import { articleFileAt, countMonths, listFileAt, type ArchiveManifest } from '../content/archive/model.ts';
import { dataFiles, dataFolder, DEFAULTS, GROUP_KINDS, listChunks, type GroupKind } from '../content/contracts.ts';
import type { SeedCollection } from '../content/seeds/collect-seeds.ts';
import { searchExample } from '../content/search/search-example.ts';
import { buildRowFiles, type ResultEntry } from '../content/search/search-docs.ts';
import { buildSearchIndex, type SearchDirectory, type Shard, type VocabularyPart } from '../content/search/search-index.ts';
import { answerWords, buildAnswers } from '../content/search/search-answers.ts';
import { passageText } from '../content/search/snippet.ts';
import { relatedArticles } from '../content/archive/related.ts';
import { collectGroup, type ArchiveTag } from '../content/archive/tags.ts';
import { TextFile, type TextSpan } from './text-file.ts';
import { ArticlePacks } from './article-packs.ts';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * The data files, by path relative to the data folder. Most are written to a file of the
 * build's own as they are made, and read back when asked for: held as strings, the search
 * index's alone were 184 MB at 250,000 articles, alive from the index's making until the
 * files were written, through the related articles and the hashing, where the build's memory
 * peaked. An article's or a list chunk's is made again each time it is asked for, from the
 * articles and their related articles, which the build holds anyway: held as text, the
 * articles' files were three fifths of the data files' 230 MB at 50,000 articles.
 */
export class DataFiles {
  private held = new TextFile('data');
  private readonly spans = new Map<string, TextSpan>();
  /** The held files' hashes, taken as they are set: read back to be hashed, they were read twice. */
  private readonly hashes = new Map<string, string>();
  private readonly made = new Map<string, () => string | Buffer>();

  set(path: string, text: string): void {
    this.spans.set(path, this.held.append(text));
    this.hashes.set(path, sha256(text));
  }

  /** A file whose text (or bytes) `make` makes, each time it is asked for. */
  make(path: string, make: () => string | Buffer): void {
    this.made.set(path, make);
  }

  get(path: string): string | Buffer | undefined {
    const span = this.spans.get(path);
    return span ? this.held.read(span) : this.made.get(path)?.();
  }

  /** What makes the file's text: a writer that links an unchanged file never reads or makes it. */
  content(path: string): (() => string | Buffer) | undefined {
    const span = this.spans.get(path);
    const held = this.held;
    return span ? () => held.read(span) : this.made.get(path);
  }

  get size(): number {
    return this.spans.size + this.made.size;
  }

  paths(): string[] {
    return [...this.spans.keys(), ...this.made.keys()];
  }

  /** Each file with its text, read or made as it is reached. */
  *[Symbol.iterator](): IterableIterator<[string, string | Buffer]> {
    for (const [path, span] of this.spans) yield [path, this.held.read(span)];
    for (const [path, make] of this.made) yield [path, make()];
  }

  /** Each file's hash and size in bytes, in the order of the iterator: the held files' known, the others' made for it and dropped. */
  *summaries(): IterableIterator<[string, { hash: string; bytes: number }]> {
    for (const [path, { start, end }] of this.spans) yield [path, { hash: this.hashes.get(path)!, bytes: end - start }];
    for (const [path, make] of this.made) {
      const text = make();
      yield [path, { hash: sha256(text), bytes: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength }];
    }
  }

  clear(): void {
    this.held = new TextFile('data');
    this.spans.clear();
    this.hashes.clear();
    this.made.clear();
  }
}

/** Everything the build emits for a seed collection: the manifest the bundle embeds and the data files beside it. */
export interface BuiltData {
  manifest: ArchiveManifest;
  /** Paths relative to `manifest.dataPath`; in a build, emptied once written (write-site.ts). */
  files: DataFiles;
  /** A hash of each file's content, by the same paths; and of each article's file (`dataFiles.article`), which is in a pack. */
  hashes: Map<string, string>;
  /** Where each article's record is, for the prerender to read it; and its file, read from it. */
  places: Pick<ArticlePacks, 'placeOf' | 'articleText'>;
}

/**
 * Builds the list, article, tag and search files, and names their folder after a hash of
 * their content so a new build never mixes with cached old files. `termsOf` gives an
 * article's counted terms (the build's cache keeps them per seed); `collect` collects the
 * garbage (a build's is heap.ts's `collectGarbage`); `deflate` deflates an article's file
 * (the build's cache keeps what it deflated, by text).
 */
export async function buildData(
  { articles }: Pick<SeedCollection, 'articles'>,
  pageSize: number = DEFAULTS.articlesPerPage,
  termsOf: (article: Article) => ArticleTerms = articleTerms,
  collect: () => void = () => {},
  deflate?: (text: string) => Buffer,
): Promise<BuiltData> {
  const files = new DataFiles();
  const search = searchFiles(articles, termsOf, files, collect);
  // An article's groups: its tags, its author (as written: one byline, one page), its sections.
  const valuesOf: Record<GroupKind, (article: Article) => readonly string[]> = {
    tag: (article) => article.tags,
    author: (article) => (article.author ? [article.author] : []),
    section: (article) => article.sections ?? [],
  };
  const groups = Object.fromEntries(GROUP_KINDS.map((kind) => [kind, collectGroup(articles.map(valuesOf[kind]))])) as Record<GroupKind, ArchiveTag[]>;
  // Made when asked for, as the articles' files are: held as text, the list files were 77 MB
  // of UTF-8 at 250,000 articles (up to twice that as strings), alive through the whole hashing
  // and writing of the data files.
  const packs = new ArticlePacks(articles, search.related, (i) => articleFileAt(articles, search.related, i), deflate);
  const placeAt = (position: number) => packs.placeAt(position);
  for (let chunk = 0; chunk < listChunks(articles.length, pageSize); chunk++)
    files.make(dataFiles.list(chunk), () => listFileAt(articles, chunk, pageSize, placeAt));
  for (let pack = 0; pack < packs.packs; pack++) files.make(dataFiles.articlePack(pack), () => packs.pack(pack));
  for (const kind of GROUP_KINDS) for (const { slug, docs } of groups[kind]) files.set(dataFiles.group(kind, slug), JSON.stringify(docs));
  // What search results show, a row a document in slots of one width, each read by a Range request.
  const entryOf = (i: number): ResultEntry => {
    const { id, date, title, readingMinutes, image } = articles[i]!;
    return { id, date, title, readingMinutes, thumb: image?.hash, at: placeAt(i) };
  };
  const rows = buildRowFiles(articles.map((_, i) => entryOf(i)));
  rows.files.forEach((text, i) => files.set(dataFiles.searchRows(i), text));
  const directory = { ...search.directory, rowBytes: rows.slot };
  const searchAnswers = await answerFiles(directory, files, entryOf, (i) => passageText(articles[i]!.blocks));
  collect();
  // Each file's hash, kept for the page cache, and the folder's from them all; and the bytes
  // a reader saving the archive for offline reading downloads. A pack or a list chunk is made
  // for them and dropped, and made again when written. (The head files and the answers are
  // not saved: offline, every shard is at hand.)
  const hashes = new Map<string, string>();
  let offlineBytes = 0;
  for (const [path, { hash, bytes }] of files.summaries()) {
    hashes.set(path, hash);
    if (/^(articles|list|search)\//.test(path) && !/^search\/(heads|answers)\//.test(path)) offlineBytes += bytes;
  }
  for (const [id, hash] of packs.recordHashes()) hashes.set(dataFiles.article(id), hash);
  const hash = createHash('sha256');
  for (const [path, fileHash] of [...hashes].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(path).update('\0').update(fileHash).update('\0');
  return {
    manifest: {
      dataPath: dataFolder(hash.digest('hex').slice(0, 12)),
      count: articles.length,
      pageSize,
      months: countMonths(articles),
      searchParts: search.parts,
      searchShards: search.shards,
      groups: Object.fromEntries(
        GROUP_KINDS.map((kind) => [kind, groups[kind].map(({ slug, label, docs }): [string, string, number] => [slug, label, docs.length])]),
      ) as ArchiveManifest['groups'],
      searchExample: search.example,
      ...(searchAnswers ? { searchAnswers } : {}),
      offlineBytes,
    },
    files,
    hashes,
    places: packs,
  };
}

/**
 * The search index's files, into `files`, its example query and each article's related
 * articles, from the articles' counted terms. Those terms and the index's own form are the
 * largest things the build works out (~210 MB at 50,000 articles): made and dropped here,
 * they are gone before the list and article files are made, and the build's peak memory is
 * lower. `collect` is called as each step's typed arrays are dropped: V8 frees them only at
 * a full collection, and at 250,000 articles ~400 MB of them were still held when the next
 * step's were made.
 */
function searchFiles(articles: readonly Article[], termsOf: (article: Article) => ArticleTerms, files: DataFiles, collect: () => void) {
  const terms = numberTerms(eachTerms(articles, termsOf));
  collect();
  // The index is gone once its files are made, before the related articles are worked out.
  const index = indexFiles(terms, articles, files);
  collect();
  const related = relatedArticles(terms);
  collect();
  return { ...index, related };
}

/** Each article's counted terms, counted as they are asked for (see numberTerms). */
function* eachTerms(articles: readonly Article[], termsOf: (article: Article) => ArticleTerms): Generator<ArticleTerms> {
  for (const article of articles) yield termsOf(article);
}

function indexFiles(terms: NumberedTerms, articles: readonly Article[], files: DataFiles) {
  const index = buildSearchIndex(terms);
  index.parts.forEach((part, i) => files.set(dataFiles.searchTerms(i), JSON.stringify(part)));
  index.shards.forEach((shard, i) => files.set(dataFiles.searchPostings(i), JSON.stringify(shard)));
  for (const { first, postings } of index.heads) files.set(dataFiles.searchHead(first), JSON.stringify(postings));
  return {
    // Written with the answers, which the directory lists.
    directory: { ...index.directory, answers: answerWords(index.parts).join(' ') },
    parts: index.parts.length,
    shards: index.shards.length,
    example: searchExample(
      articles.map((article) => article.title),
      index,
    ),
  };
}

/**
 * The answers to the words the directory lists (search-answers.ts), searched over the index's
 * files as written, and the directory, listing the words that have one; returns that list
 * (undefined when empty), which the manifest carries too.
 */
async function answerFiles(
  directory: SearchDirectory,
  files: DataFiles,
  entryOf: (doc: number) => ResultEntry,
  textOf: (doc: number) => string,
): Promise<string | undefined> {
  const read = <T>(path: string) => Promise.resolve(JSON.parse(files.get(path) as string) as T);
  const { answers: listed = '', ...rest } = directory;
  const answered = await buildAnswers(
    rest,
    listed.split(' ').filter(Boolean),
    {
      part: (part) => read<VocabularyPart>(dataFiles.searchTerms(part)),
      shard: (shard) => read<Shard>(dataFiles.searchPostings(shard)),
      head: (first) => read<Shard>(dataFiles.searchHead(first)),
    },
    entryOf,
    textOf,
  );
  answered.files.forEach((file, n) => files.set(dataFiles.searchAnswer(n), JSON.stringify(file)));
  const answers = answered.words.length > 0 ? answered.words.join(' ') : undefined;
  files.set(dataFiles.searchDirectory, JSON.stringify(answers ? { ...rest, answers } : rest));
  return answers;
}
