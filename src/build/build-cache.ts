// What a build keeps for the next one, so that rebuilding a large archive after one seed
// changes redoes only what that seed touches. Everything is keyed by content hashes, and by
// a fingerprint of the code, so a stale entry is never used: it is simply not found.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Article } from '../content/article.ts';
import { articleTerms, type ArticleTerms } from '../content/article-terms.ts';
import { parseSeedFile, type ParsedSeedFile, type SeedFile } from '../content/collect-seeds.ts';
import type { SeedOptions } from '../content/parse-seed.ts';

/** A short hex digest of the given parts, each ended by a NUL so no two lists of parts collide. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/**
 * A fingerprint of the code that turns seeds into pages: every file under the app's `src/`
 * and its package files. Any change to them makes every cached entry unusable.
 */
export function codeFingerprint(appRoot: string): string {
  const files = readdirSync(join(appRoot, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const parts = [...files, ...['package.json', 'package-lock.json'].map((name) => join(appRoot, name)).filter(existsSync)];
  return digest(...parts.flatMap((file) => [relative(appRoot, file), readFileSync(file)]));
}

/** Writes a file whole or not at all, so a build stopped half way never leaves a torn cache file. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** Reads a JSON file, or returns null when it is missing or unreadable (a cache that cannot be read is an empty cache). */
export function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

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
  hits = 0;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly options: SeedOptions,
  ) {
    for (let shard = 0; shard < SEED_SHARDS; shard++) {
      const cached = readJson<SeedCacheFile>(join(dir, `${shard}.json`));
      if (cached?.version !== version) continue;
      for (const [key, entry] of Object.entries(cached.entries)) this.stored.set(key, entry);
      this.storedPerShard[shard] = Object.keys(cached.entries).length;
    }
  }

  /** Parses a seed file, or answers from the cache when the same name and bytes were parsed before. */
  readonly parse = (file: SeedFile): ParsedSeedFile => {
    const key = digest(file.name, file.bytes);
    let entry = this.stored.get(key);
    if (entry) this.hits++;
    else {
      entry = { parsed: parseSeedFile(file, this.options) };
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

  /** Writes the files whose entries differ from what was stored: new ones, or stored ones this build did not use. */
  save(): void {
    const shards = Array.from({ length: SEED_SHARDS }, () => ({}) as Record<string, SeedEntry>);
    for (const [key, entry] of this.used) shards[shardOf(key)]![key] = entry;
    shards.forEach((entries, shard) => {
      if (!this.changed.has(shard) && Object.keys(entries).length === this.storedPerShard[shard]) return;
      writeAtomically(join(this.dir, `${shard}.json`), JSON.stringify({ version: this.version, entries } satisfies SeedCacheFile));
    });
  }
}

/** What a cache folder was made for, so one whose seed folder or output is gone can be removed. */
interface TargetFile {
  seedDir: string;
  outDir: string;
}

/**
 * The cache folder of one seed folder built into one output folder, under `cacheDir`.
 * Folders of other targets whose seed or output folder no longer exists (temporary builds)
 * are removed on the way.
 */
export function targetCacheDir(cacheDir: string, seedDir: string, outDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const dir = join(cacheDir, digest(seedDir, outDir).slice(0, 16));
  for (const name of readdirSync(cacheDir)) {
    const other = join(cacheDir, name);
    if (other === dir) continue;
    const target = readJson<TargetFile>(join(other, 'target.json'));
    if (!target || !existsSync(target.seedDir) || !existsSync(target.outDir)) rmSync(other, { recursive: true, force: true });
  }
  writeAtomically(join(dir, 'target.json'), JSON.stringify({ seedDir, outDir } satisfies TargetFile));
  return dir;
}
