import { join } from 'node:path';
import type { Article } from '../content/seeds/article.ts';
import { articleTerms, type ArticleTerms } from '../content/search/article-terms.ts';
import { parseSeedFile, type ParsedSeedFile, type SeedFile } from '../content/seeds/collect-seeds.ts';
import type { SeedOptions } from '../content/seeds/parse-seed.ts';
import { digest, readJson, writeJson } from './cache-files.ts';

interface SeedEntry {
  parsed: ParsedSeedFile;
  terms?: ArticleTerms;
}

interface SeedCacheFile {
  version: string;
  entries: Record<string, SeedEntry>;
}

/** The cache of parsed seeds is kept in this many files, by the first digit of each entry's key, so one edited seed rewrites a sixteenth of it. */
const SEED_SHARDS = 16;
const shardOf = (key: string) => parseInt(key[0]!, 16) % SEED_SHARDS;

/**
 * Parsed seeds and their counted terms, by a hash of each file's name and bytes, in the
 * folder `dir`. Keeps only the entries of the last build, so it never grows beyond the seed
 * folder it caches.
 */
export class SeedCache {
  private readonly stored = new Map<string, SeedEntry>();
  private readonly storedPerShard = new Array<number>(SEED_SHARDS).fill(0);
  private readonly used = new Map<string, SeedEntry>();
  private readonly keyOfFile = new Map<string, string>();
  private readonly changed = new Set<number>();
  private saved = false;
  hits = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly options: SeedOptions,
    /** How an entry's parsed seed is held, read or parsed (held-article.ts); as it is, without. */
    private readonly hold: (parsed: ParsedSeedFile) => ParsedSeedFile = (parsed) => parsed,
  ) {
    for (let shard = 0; shard < SEED_SHARDS; shard++) {
      const cached = readJson<SeedCacheFile>(join(dir, `${shard}.json`));
      if (cached?.version !== version) continue;
      // Held as it is read, a sixteenth at a time: the whole cache read as plain objects held
      // every seed's text in the heap at once.
      for (const [key, entry] of Object.entries(cached.entries)) this.stored.set(key, { ...entry, parsed: hold(entry.parsed) });
      this.storedPerShard[shard] = Object.keys(cached.entries).length;
    }
  }

  /** Parses a seed file, or answers from the cache when the same name and bytes were parsed before. */
  readonly parse = (file: SeedFile): ParsedSeedFile => {
    const key = digest(file.name, file.bytes);
    let entry = this.stored.get(key);
    if (entry) this.hits++;
    else {
      entry = { parsed: this.hold(parseSeedFile(file, this.options)) };
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
    if (!entry.terms) {
      entry.terms = articleTerms(article);
      this.changed.add(shardOf(key!));
    }
    return entry.terms;
  };

  /**
   * Writes the files whose entries differ from what was stored: new ones, or stored ones this
   * build did not use. Once, as soon as the build has no more seeds to parse: the entries are
   * let go then (they hold every parsed seed), and a second call does nothing.
   */
  save(): void {
    if (this.saved) return;
    this.saved = true;
    const shards = Array.from({ length: SEED_SHARDS }, () => ({}) as Record<string, SeedEntry>);
    for (const [key, entry] of this.used) shards[shardOf(key)]![key] = entry;
    shards.forEach((entries, shard) => {
      if (!this.changed.has(shard) && Object.keys(entries).length === this.storedPerShard[shard]) return;
      writeJson(join(this.dir, `${shard}.json`), { version: this.version, entries } satisfies SeedCacheFile);
    });
    this.stored.clear();
    this.used.clear();
    this.keyOfFile.clear();
  }
}
