import { join } from 'node:path';
import type { Article } from '../content/seeds/article.ts';
import { articleTerms, type ArticleTerms } from '../content/search/article-terms.ts';
import { parseSeedFile, type ParsedSeedFile, type SeedFile } from '../content/seeds/collect-seeds.ts';
import type { SeedOptions } from '../content/seeds/parse-seed.ts';
import { digest, readJson, writeJson } from './cache-files.ts';
import { TextFile, type TextSpan } from './text-file.ts';

/** An entry as the cache's files hold it: the parsed seed, and its counted terms as `termsText` writes them. */
interface SeedEntry {
  parsed: ParsedSeedFile;
  terms?: string;
}

/** An entry as the cache holds it: the counted terms' text in its file, not in the heap. */
interface HeldEntry {
  parsed: ParsedSeedFile;
  terms?: TextSpan;
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

/**
 * Parsed seeds and their counted terms, by a hash of each file's name and bytes, in the
 * folder `dir`. Keeps only the entries of the last build, so it never grows beyond the seed
 * folder it caches.
 */
export class SeedCache {
  private readonly stored = new Map<string, HeldEntry>();
  private readonly storedPerShard = new Array<number>(SEED_SHARDS).fill(0);
  private readonly used = new Map<string, HeldEntry>();
  private readonly termsFile = new TextFile('terms');
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
      // save() writes the version first: a file of another is not read.
      const cached = readJson<SeedCacheFile>(join(dir, `${shard}.json`), `{"version":${JSON.stringify(version)},`);
      if (cached?.version !== version) continue;
      // Held as it is read, a sixteenth at a time: the whole cache read as plain objects held
      // every seed's text in the heap at once.
      for (const [key, { parsed, terms }] of Object.entries(cached.entries))
        this.stored.set(key, { parsed: hold(parsed), terms: typeof terms === 'string' ? this.termsFile.append(terms) : undefined });
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
      // A file's terms are read back for it alone, so only a sixteenth of them is text at once.
      const entries: Record<string, SeedEntry> = {};
      for (const key of shardKeys) {
        const { parsed, terms } = this.used.get(key)!;
        entries[key] = { parsed, ...(terms ? { terms: this.termsFile.read(terms) } : {}) };
      }
      writeJson(join(this.dir, `${shard}.json`), { version: this.version, entries } satisfies SeedCacheFile);
    });
    this.stored.clear();
    this.used.clear();
    this.keyOfFile.clear();
  }
}
