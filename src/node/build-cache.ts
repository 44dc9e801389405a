// What a build keeps for the next one, so that rebuilding a large archive after one seed
// changes redoes only what that seed touches. Everything is keyed by content hashes, and by
// a fingerprint of the code, so a stale entry is never used: it is simply not found.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SeedOptions } from '../content/seeds/parse-seed.ts';
import type { ParsedSeedFile } from '../content/seeds/collect-seeds.ts';
import type { PublicSite } from '../content/publishing/site-config.ts';
import { formatCount } from '../content/publishing/format-number.ts';
import { digest, readJson, writeJson } from './cache-files.ts';
import { PageCache } from './page-cache.ts';
import { DeflatedFiles } from './deflated-files.ts';
import { SeedCache } from './seed-cache.ts';
import { ImageCache } from './image-cache.ts';
import type { BuiltData } from './built-data.ts';
import { touchedFiles } from './out-dir.ts';

/**
 * A fingerprint of the code that turns seeds into pages: every file under the app's `src/`
 * and its package files, and the ICU version, whose dictionaries split Japanese, Chinese and
 * Thai into the words the index holds. Any change to them makes every cached entry unusable.
 */
function codeFingerprint(appRoot: string): string {
  const files = readdirSync(join(appRoot, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const parts = [...files, ...['package.json', 'package-lock.json'].map((name) => join(appRoot, name)).filter(existsSync)];
  return digest(process.versions.icu ?? '', ...parts.flatMap((file) => [relative(appRoot, file), readFileSync(file)]));
}

/** What a cache folder was made for, so one whose seed folder or output is gone can be removed. */
interface TargetFile {
  seedDir: string;
  outDir: string;
}

/** How long a target's cache folder is kept after its last build before it may be pruned. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * The cache folder of one seed folder built into one output folder, under `cacheDir`.
 * Folders of other targets whose seed or output folder no longer exists (temporary builds)
 * are removed on the way, once no build has touched them for an hour: builds run side by
 * side (the e2e sites), and one that has not finished has no output folder yet.
 */
function targetCacheDir(cacheDir: string, seedDir: string, outDir: string): string {
  mkdirSync(cacheDir, { recursive: true });
  const dir = join(cacheDir, digest(seedDir, outDir).slice(0, 16));
  for (const name of readdirSync(cacheDir)) {
    const other = join(cacheDir, name);
    if (other === dir) continue;
    // A build that has not finished yet has no output folder: its cache is young, and left alone.
    const age = Date.now() - (statSync(other, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if (age < STALE_AFTER_MS) continue;
    const target = readJson<TargetFile>(join(other, 'target.json'));
    if (!target || !existsSync(target.seedDir) || !existsSync(target.outDir)) rmSync(other, { recursive: true, force: true });
  }
  writeJson(join(dir, 'target.json'), { seedDir, outDir } satisfies TargetFile);
  // Touched at every build (writing a file in it may not update the folder's own time).
  utimesSync(dir, new Date(), new Date());
  return dir;
}

/** What a build wrote into its output folder (paths relative to it), and its data folder. */
export interface BuildRecord {
  dataPath: string;
  /** The stamp and identity of each stamped file (out-dir.ts). */
  stamps?: Record<string, string>;
  /** The files it wrote without a stamp: the others are those of `stamps`. */
  unstamped?: string[];
  /** Every file it wrote, as records written before `unstamped` list them. */
  files?: string[];
}

/**
 * Every file a build recorded. The record lists a file once: at 250,000 articles, all but 11
 * of its 540,000 files have a stamp, and their paths listed apart as well were 129 MB of the
 * 239 MB its record took in a rebuild's heap, from the data files until the end.
 */
export function recordedFiles({ files, stamps = {}, unstamped = [] }: BuildRecord): string[] {
  return files ?? [...unstamped, ...Object.keys(stamps)];
}

interface BuildCacheOptions {
  /** The folder all caches live in. */
  cacheDir: string;
  seedDir: string;
  outDir: string;
  /** The app's root folder, whose code the cache's entries depend on. */
  appRoot: string;
  seedOptions: SeedOptions;
  /** How the seed cache holds what it parses and what it read (held-article.ts); as it is, without. */
  hold?: (parsed: ParsedSeedFile) => ParsedSeedFile;
}

/**
 * One build's cache: its parsed seeds, its rendered pages, and the record of what the last
 * build into the same output folder wrote.
 */
export class BuildCache {
  readonly seeds: SeedCache;
  /** The images' sizes and encoded files, by the images' own hashes (image-cache.ts). */
  readonly images: ImageCache;
  /** The articles' files as deflated, by their text (deflated-files.ts). */
  readonly deflated: DeflatedFiles;
  private previousRecord: BuildRecord | null | undefined;
  /** The files of `previous` that are not as it recorded them, being looked at meanwhile (touchedFiles); null without a record of them. */
  readonly touched: Promise<Set<string>> | null;
  private readonly dir: string;
  private readonly fingerprint: string;
  private pages: PageCache | null = null;

  constructor({ cacheDir, seedDir, outDir, appRoot, seedOptions, hold }: BuildCacheOptions) {
    // The output folder is not created here: a refused build leaves no trace in it. Until a
    // first build succeeds, this cache is pruned by another build only after an hour unused.
    this.dir = targetCacheDir(cacheDir, seedDir, outDir);
    // Looked at on a thread of their own while this one reads the parsed seeds.
    const record = join(this.dir, 'outputs.json');
    this.touched = existsSync(record) && existsSync(outDir) ? touchedFiles(outDir, record) : null;
    this.touched?.catch(() => undefined);
    this.fingerprint = codeFingerprint(appRoot);
    this.seeds = new SeedCache(join(this.dir, 'seeds'), digest(this.fingerprint, JSON.stringify(seedOptions)), seedOptions, hold);
    this.images = new ImageCache(join(this.dir, 'images'));
    this.deflated = new DeflatedFiles(join(this.dir, 'deflated'));
  }

  /**
   * What the last build into this output folder wrote, when it was recorded: read when first
   * asked for, once the site's data is worked out. At 250,000 articles its 540,000 paths and
   * stamps, read as the build began, were held all through the making of the data, the
   * build's peak then.
   */
  get previous(): BuildRecord | null {
    if (this.previousRecord === undefined) this.previousRecord = readJson<BuildRecord>(join(this.dir, 'outputs.json'));
    return this.previousRecord;
  }

  /** The rendered pages of this site, for its data, base path and publisher's settings. */
  pagesFor(data: BuiltData, base: string, site: PublicSite): PageCache {
    return (this.pages = new PageCache(join(this.dir, 'pages'), digest(this.fingerprint, base, JSON.stringify(site)), data));
  }

  /** Records what this build wrote and keeps what it worked out; returns what it reused, for the build's summary. */
  save({ files, dataPath, stamps }: { files: readonly string[]; dataPath: string; stamps: Record<string, string> }): string {
    writeJson(join(this.dir, 'outputs.json'), { dataPath, stamps, unstamped: files.filter((file) => !Object.hasOwn(stamps, file)) } satisfies BuildRecord);
    this.pages?.save();
    this.seeds.save();
    this.images.save();
    this.deflated.save();
    return `reused ${formatCount(this.seeds.hits)} parsed seeds and ${formatCount(this.pages?.hits ?? 0)} rendered pages`;
  }

  /** Lets go of the files a build that is not saved opened (its pages' pack is removed by the next that is). */
  close(): void {
    this.pages?.close();
    this.deflated.close();
  }
}
