import { join } from 'node:path';
import type { Article } from '../content/seeds/article.ts';
import { articleTerms, type ArticleTerms } from '../content/search/article-terms.ts';
import { parseSeedFile, type ParsedSeedFile } from '../content/seeds/collect-seeds.ts';
import type { SeedOptions } from '../content/seeds/parse-seed.ts';
import { digest, readJson, startsWith, writeJson } from './cache-files.ts';
import { readFound, type FoundSeed } from './read-seed-folder.ts';
import { TextFile, type TextSpan } from './text-file.ts';

/**
 * An entry as the cache's files hold it: the parsed seed, its counted terms as `termsText`
 * writes them, and the seed file's name and stamp (FoundSeed) when one was trusted.
 */
interface SeedEntry {
  parsed: ParsedSeedFile;
  terms?: string;
  file: string;
  stamp?: string;
}

/** An entry as the cache holds it: the counted terms' text in its file, not in the heap. */
interface HeldEntry {
  parsed: ParsedSeedFile;
  terms?: TextSpan;
  file: string;
  stamp?: string;
}

interface SeedCacheFile {
  version: string;
  entries: Record<string, SeedEntry>;
}

/**
 * An article's counted terms as one line each for the title's terms, the body's and their
 * counts, each joined by spaces: terms hold no white space. Held as objects until the cache
 * was saved (each title term a string of its own, each count eight bytes), the terms of
 * 250,000 articles were some 300 MB of the heap at the peak of a build with its cache: the
 * heap grew by 519 MB as they were counted, ~210 MB of it the numbered terms.
 */
export function termsText({ title, body, counts }: ArticleTerms): string {
  return `${title.join(' ')}\n${body}\n${counts.join(' ')}`;
}

/** The counted terms `termsText` wrote. */
export function readTermsText(text: string): ArticleTerms {
  const [title = '', body = '', counts = ''] = text.split('\n');
  return { title: title ? title.split(' ') : [], body, counts: counts ? counts.split(' ').map(Number) : [] };
}

/** The cache of parsed seeds is kept in this many files, by the first digit of each entry's key, so one edited seed rewrites a sixteenth of it. */
const SEED_SHARDS = 16;
const shardOf = (key: string) => parseInt(key[0]!, 16) % SEED_SHARDS;

/** Where the cache's file of a shard is, and how it begins (save writes the version first: a file of another is not read). */
const shardFile = (dir: string, shard: number) => join(dir, `${shard}.json`);
const versionPrefix = (version: string) => `{"version":${JSON.stringify(version)},`;

/**
 * Parsed seeds and their counted terms, by a hash of each file's name and bytes, in the
 * folder `dir`. A file whose stamp is the one stored with its entry is known without being
 * read. Keeps only the entries of the last build, so it never grows beyond the seed folder it
 * caches.
 */
export class SeedCache {
  private readonly stored = new Map<string, HeldEntry>();
  /** The key each file's stored entry has, by the file's name, for the files stored with a stamp. */
  private readonly stampedKeys = new Map<string, string>();
  private readonly storedPerShard = new Array<number>(SEED_SHARDS).fill(0);
  private readonly used = new Map<string, HeldEntry>();
  private readonly termsFile = new TextFile('terms');
  private readonly keyOfFile = new Map<string, string>();
  private readonly changed = new Set<number>();
  private loaded = false;
  private saved = false;
  hits = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly options: SeedOptions,
    /** How an entry's parsed seed is held, read or parsed (held-article.ts); as it is, without. */
    private readonly hold: (parsed: ParsedSeedFile) => ParsedSeedFile = (parsed) => parsed,
  ) {}

  /** Whether a file of this cache's version is stored: then a build need not read its seeds ahead, as most are known by their stamps. */
  holdsEntries(): boolean {
    return Array.from({ length: SEED_SHARDS }, (_, shard) => startsWith(shardFile(this.dir, shard), versionPrefix(this.version))).some(Boolean);
  }

  /** Reads what is stored, once: ahead of the first `parse`, or when it is first called. */
  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    for (let shard = 0; shard < SEED_SHARDS; shard++) {
      const cached = readJson<SeedCacheFile>(shardFile(this.dir, shard), versionPrefix(this.version));
      if (cached?.version !== this.version) continue;
      // Held as it is read, a sixteenth at a time: the whole cache read as plain objects held
      // every seed's text in the heap at once.
      for (const [key, { parsed, terms, file, stamp }] of Object.entries(cached.entries)) {
        this.stored.set(key, { parsed: this.hold(parsed), terms: typeof terms === 'string' ? this.termsFile.append(terms) : undefined, file, stamp });
        if (stamp) this.stampedKeys.set(file, key);
      }
      this.storedPerShard[shard] = Object.keys(cached.entries).length;
    }
  }

  /**
   * Parses a seed file, or answers from the cache when the same name and bytes were parsed
   * before: without reading the file when its stamp is the one stored, else by a hash of its
   * bytes.
   */
  readonly parse = (file: FoundSeed): ParsedSeedFile => {
    this.load();
    const known = file.stamp === undefined ? undefined : this.stampedKeys.get(file.name);
    const stampHit = known !== undefined && this.stored.get(known)?.stamp === file.stamp;
    const read = stampHit ? null : readFound(file);
    const key = read ? digest(read.name, read.bytes) : known!;
    let entry = this.stored.get(key);
    if (entry) {
      this.hits++;
      // Same bytes, a new stamp (the file was touched, or checked out again): kept, so that
      // the next build need not read it either.
      if (file.stamp !== undefined && entry.stamp !== file.stamp) {
        entry.stamp = file.stamp;
        this.changed.add(shardOf(key));
      }
    } else {
      entry = { parsed: this.hold(parseSeedFile(read!, this.options)), file: file.name, stamp: file.stamp };
      this.changed.add(shardOf(key));
    }
    this.used.set(key, entry);
    this.keyOfFile.set(file.name, key);
    return entry.parsed;
  };

  /** An article's counted terms, from the cache when its seed has not changed. */
  readonly termsOf = (article: Article): ArticleTerms => {
    const key = this.keyOfFile.get(article.file);
    const entry = key === undefined ? undefined : this.used.get(key);
    if (!entry) return articleTerms(article);
    if (entry.terms) return readTermsText(this.termsFile.read(entry.terms));
    const terms = articleTerms(article);
    entry.terms = this.termsFile.append(termsText(terms));
    this.changed.add(shardOf(key!));
    return terms;
  };

  /**
   * Writes the files whose entries differ from what was stored: new ones, or stored ones this
   * build did not use. Once, as soon as the build has no more seeds to parse: the entries are
   * let go then (they hold every parsed seed), and a second call does nothing.
   */
  save(): void {
    if (this.saved) return;
    this.saved = true;
    const keys = Array.from({ length: SEED_SHARDS }, () => [] as string[]);
    for (const key of this.used.keys()) keys[shardOf(key)]!.push(key);
    keys.forEach((shardKeys, shard) => {
      if (!this.changed.has(shard) && shardKeys.length === this.storedPerShard[shard]) return;
      // Each entry is made as it is written (writeJson writes an entry at a time): its terms
      // read back and its article's blocks with them, then let go.
      const entries: Record<string, { toJSON(): SeedEntry }> = {};
      for (const key of shardKeys) {
        const { parsed, terms, file, stamp } = this.used.get(key)!;
        entries[key] = { toJSON: () => ({ parsed, ...(terms ? { terms: this.termsFile.read(terms) } : {}), file, ...(stamp ? { stamp } : {}) }) };
      }
      writeJson(shardFile(this.dir, shard), { version: this.version, entries });
    });
    this.stored.clear();
    this.stampedKeys.clear();
    this.used.clear();
    this.keyOfFile.clear();
  }
}
