// The plugin's files in the staging folder (see staging.ts). A large archive's build writes
// tens of thousands of files, nearly all the same as the last build's. Writing them all anew
// costs more than the rest of a rebuild, so a file whose bytes are those of the old output's
// file at the same path is hard-linked to it instead. Nothing is ever written into an
// existing file: an old output, and any snapshot sharing its files (`cp -al`, `rsync
// --link-dest`, release folders), keeps its bytes, and a hashed file never changes.
//
// A rebuild published in place (publish.ts) does not even link: a file the old output holds
// at the same path, unchanged, is left there, and only what changed goes into the staging
// folder.
//
// Most files come with a stamp: a hash of everything their bytes are made from (a data file's
// content hash; a page's cache key and template). The build record keeps each file's stamp
// and the identity of the file written (inode, size, time), so a rebuild knows, without
// reading either, that a file is unchanged (same stamp, old file untouched) or that it
// changed (another stamp): comparing bytes cost more than writing.
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { onThread } from './thread.ts';
import { flatString } from './heap.ts';

/** What a writer wrote: paths relative to the output folder, sorted, and each file's size. */
export interface Written {
  files: string[];
  sizes: ReadonlyMap<string, number>;
  /** Each stamped file's stamp and identity (see `identity`), by path, for the next build. */
  stamps: Record<string, string>;
  /** The folders the writer made (none of them was there before), by path relative to the output folder. */
  folders: ReadonlySet<string>;
  /** Files left in the old output as they are, for a publish in place: the rest of `files` is in the staging folder. */
  kept: ReadonlySet<string>;
}

/** A stamp and the file it was written to, as one string: a file edited since has another size or time. */
function identity(stamp: string, stats: Pick<Stats, 'ino' | 'size' | 'mtimeMs'>): string {
  // Kept for each file of the build until it ends.
  return flatString(`${stamp} ${stats.ino} ${stats.size} ${stats.mtimeMs}`);
}

/**
 * Whether the open file holds `bytes` (of its length). Its first part is compared first: a
 * rebuilt page that differs at all nearly always differs in the head (its script's name).
 */
function sameBytes(fd: number, bytes: Buffer): boolean {
  const head = Math.min(bytes.length, 8192);
  const old = Buffer.allocUnsafe(bytes.length);
  if (readSync(fd, old, 0, head, 0) !== head || !old.subarray(0, head).equals(bytes.subarray(0, head))) return false;
  const rest = bytes.length - head;
  return rest === 0 || (readSync(fd, old, head, rest, head) === rest && old.equals(bytes));
}

/** Links `target` to `old`; false when that cannot be done (a file system without hard links, or a file at its most links). */
function link(old: string, target: string): boolean {
  try {
    linkSync(old, target);
    return true;
  } catch {
    return false;
  }
}

/** The stats of the regular file `old` when it holds exactly `bytes`; null when it does not. */
function sameFile(old: string, bytes: Buffer): Stats | null {
  let fd: number;
  try {
    // Never through a link: the old output's own file, or nothing.
    fd = openSync(old, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  let stats: Stats;
  try {
    stats = fstatSync(fd);
    if (!stats.isFile() || stats.size !== bytes.length || !sameBytes(fd, bytes)) return null;
  } finally {
    closeSync(fd);
  }
  return stats;
}

/** Links `target` to the regular file `old` when it holds exactly `bytes`, and returns the file's stats; null when it does not (or cannot be linked). */
function linkIfSame(old: string, target: string, bytes: Buffer): Stats | null {
  const stats = sameFile(old, bytes);
  return stats && link(old, target) ? stats : null;
}

/**
 * Makes `to` a link to the file `from`, in place of any file at `to` (Vite's copy of a file
 * the writer found unchanged, such as its index.html); nothing when it is that file already.
 * Its folder is made only when missing: most are there.
 */
export function linkOver(from: string, to: string): void {
  const there = lstatSync(to, { throwIfNoEntry: false });
  if (there) {
    const source = lstatSync(from);
    if (there.ino === source.ino && there.dev === source.dev) return;
    unlinkSync(to);
  }
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(to), { recursive: true });
    linkSync(from, to);
  }
}

/**
 * Creates a file that must not exist yet, and returns its stats; one this build already
 * wrote (Vite's index.html) is replaced by a rename, never written into, and has none.
 */
function create(target: string, bytes: Buffer): Stats | null {
  let fd: number;
  try {
    fd = openSync(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, target);
    return null;
  }
  try {
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    return fstatSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a folder whose parent is there; false when it is there already. */
function makeFolder(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Makes `folder` (relative to `outDir`) and any parent missing; returns those it made, by path relative to `outDir`. */
function makeFolders(outDir: string, folder: string): string[] {
  const first = mkdirSync(join(outDir, folder), { recursive: true });
  const made: string[] = [];
  if (first !== undefined) for (let at = folder; at !== '.' && join(outDir, at).length >= first.length; at = dirname(at)) made.push(at);
  return made;
}

// Makes the folders a build's pages go in, on a thread of its own (makeFoldersFor).
const MAKE_FOLDERS = `
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { parentPort, workerData: { outDir, folders } } = require('node:worker_threads');
for (const folder of folders) mkdirSync(join(outDir, folder));
parentPort.postMessage(folders);
`;

/**
 * Starts making the folders of `files` (paths relative to `outDir`, a fresh folder) and
 * resolves to those made. A large archive's pages each have a folder of their own
 * (`articles/<id>/`); making tens of thousands of them took longer than the rest of writing
 * a rebuild's output, and they are known once the seeds are read, so they are made while the
 * build works out the site's data and bundles the app (OutputWriter.adopt). They are made on
 * a thread of their own: asked of Node's thread pool all at once, the requests waited for the
 * build's busy main thread to see them done, and held 150–190 MB at 50,000 articles, at the
 * moment of the build's peak memory.
 */
export function makeFoldersFor(outDir: string, files: readonly string[]): Promise<string[]> {
  const folders = [...new Set(files.map(dirname))].filter((folder) => folder !== '.');
  const parents = new Set(folders.map(dirname).filter((folder) => folder !== '.'));
  // The few parents first, at once; then the many in their parents, each made alone.
  const made = [...parents].flatMap((parent) => makeFolders(outDir, parent));
  const leaves = folders.filter((folder) => !parents.has(folder));
  if (leaves.length === 0) return Promise.resolve(made);
  return onThread<string[]>(MAKE_FOLDERS, { outDir, folders: leaves }, "making the pages' folders").then((madeLeaves) => [...made, ...madeLeaves]);
}

// touchedFiles' thread: the build record's stamped files whose identity is not the recorded one.
const TOUCHED_FILES = `
const { lstatSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parentPort, workerData: { dir, record } } = require('node:worker_threads');
const { stamps } = JSON.parse(readFileSync(record, 'utf8'));
const touched = [];
for (const [path, recorded] of Object.entries(stamps)) {
  const stats = lstatSync(join(dir, path), { throwIfNoEntry: false });
  // The end of a stamp's record, as identity() writes it.
  if (!stats || !stats.isFile() || !recorded.endsWith(\` \${stats.ino} \${stats.size} \${stats.mtimeMs}\`)) touched.push(path);
}
parentPort.postMessage(touched);
`;

/**
 * The stamped files of the build record `record` (a JSON file holding a BuildRecord) that are
 * not, in the output folder `dir`, the files the build recorded: edited, replaced or gone
 * since. Looked at on a thread of their own: a rebuild checks every file it links or keeps
 * from the old output, 40,000 lstat calls at 18,301 articles, 0.6 s of the main thread on
 * this machine. Asked for as soon as a build starts, they are done while it reads its cache
 * and works out the site's data.
 */
export async function touchedFiles(dir: string, record: string): Promise<Set<string>> {
  return new Set(await onThread<string[]>(TOUCHED_FILES, { dir, record }, "looking at the old output's files"));
}

// linkFiles' thread: links each target to its old file, or copies the file where it cannot
// be linked (a file system without hard links, or a file at its most links).
const LINK_FILES = `
const { constants, copyFileSync, linkSync } = require('node:fs');
const { parentPort, workerData: { pairs } } = require('node:worker_threads');
for (let i = 0; i < pairs.length; i += 2) {
  try {
    linkSync(pairs[i], pairs[i + 1]);
  } catch {
    copyFileSync(pairs[i], pairs[i + 1], constants.COPYFILE_EXCL);
  }
}
parentPort.postMessage(pairs.length / 2);
`;

/** Links, on a thread of its own, each target of `pairs` (old file, target, old file, target, …) to its old file; the targets' folders must be there. */
async function linkFiles(pairs: readonly string[]): Promise<void> {
  await onThread(LINK_FILES, { pairs }, "linking the old output's files");
}

/** Writes the plugin's files into a fresh staging folder, linking those unchanged since the old output. */
export class OutputWriter {
  private readonly written = new Map<string, number>();
  private readonly stamps: Record<string, string> = {};
  /** Folders known to be there, by absolute path, and those the writer made, by path relative to the output folder. */
  private readonly folders = new Set<string>();
  private readonly made = new Set<string>();
  /** Folders made ahead (makeFoldersFor) that no file has gone into yet, by absolute path. */
  private readonly unused = new Set<string>();
  /** This build's data folder and the old output's, whose files it is compared with. */
  private renamed: { from: string; to: string } | null = null;
  /** Files left in the old output, when it is updated in place. */
  private readonly kept = new Set<string>();
  /** Links to the old output's files not made yet (see `linkLater`), as old file, target, old file, target, … */
  private queued: string[] | null = null;
  /** The links being made on a thread of their own. */
  private linking: Promise<void> = Promise.resolve();

  /**
   * `outDir` is the staging folder; `previousDir` the output it replaces, if any, and
   * `previousStamps` what the build that wrote it recorded (Written.stamps). `inPlace`: the
   * old output will be updated in place (publish.ts), so its unchanged files are left there.
   * `touched`: when every file of `previousStamps` was looked at ahead (touchedFiles), those
   * that were not as recorded; without it, each file is looked at when it would be linked.
   */
  constructor(
    readonly outDir: string,
    private readonly previousDir: string | null = null,
    private readonly previousStamps: Readonly<Record<string, string>> = {},
    readonly inPlace = false,
    private readonly touched: ReadonlySet<string> | null = null,
  ) {}

  /** Takes folders made ahead by makeFoldersFor (paths relative to the output folder) as the writer's own. */
  adopt(folders: readonly string[]): void {
    for (const folder of folders) {
      const path = flatString(join(this.outDir, folder));
      this.folders.add(path);
      this.made.add(folder);
      this.unused.add(path);
    }
  }

  private folderFor(target: string): void {
    const folder = dirname(target);
    if (this.folders.has(folder)) {
      this.unused.delete(folder);
      return;
    }
    // Most folders are one page's (`articles/<id>/`) in a folder made just before: made
    // alone, without the recursive form's probing of every parent, they cost a third less.
    if (this.made.has(dirname(folder).slice(this.outDir.length + 1)) && makeFolder(folder)) {
      this.made.add(folder.slice(this.outDir.length + 1));
      this.folders.add(folder);
      return;
    }
    for (const made of makeFolders(this.outDir, folder.slice(this.outDir.length + 1))) this.made.add(made);
    this.folders.add(folder);
  }

  /**
   * Links the old output's file at `path` when the build that wrote it made it from the same
   * `stamp`, and it is untouched since, without reading it; false when it cannot.
   */
  reuse(path: string, stamp: string): boolean {
    const previousPath = this.previousPath(path);
    const recorded = this.previousStamps[previousPath];
    if (!this.previousDir || !recorded?.startsWith(`${stamp} `)) return false;
    const old = join(this.previousDir, previousPath);
    let size: number;
    if (this.touched) {
      if (this.touched.has(previousPath)) return false;
      // Its size, as recorded: `${stamp} ${ino} ${size} ${mtimeMs}`.
      size = Number(recorded.split(' ')[2]);
    } else {
      const stats = lstatSync(old, { throwIfNoEntry: false });
      if (!stats?.isFile() || identity(stamp, stats) !== recorded) return false;
      size = stats.size;
    }
    if (this.inPlace && previousPath === path) return this.keep(path, size, recorded);
    const target = join(this.outDir, path);
    this.folderFor(target);
    if (this.queued) this.queued.push(old, target);
    else if (!link(old, target)) return false;
    this.written.set(path, size);
    this.stamps[path] = recorded;
    return true;
  }

  /**
   * Writes a file, as a link to the old output's when that holds the same bytes. With a
   * `stamp`, an old file made from the same one is linked unread, and one made from another
   * is taken to differ, unread too. `content` may be what makes the bytes: then a file linked
   * unread is never made.
   */
  write(path: string, content: string | Buffer | (() => string | Buffer), stamp?: string): void {
    if (stamp !== undefined && this.reuse(path, stamp)) return;
    const target = join(this.outDir, path);
    const made = typeof content === 'function' ? content() : content;
    const bytes = typeof made === 'string' ? Buffer.from(made) : made;
    const previousPath = this.previousPath(path);
    const recorded = this.previousStamps[previousPath];
    const differs = stamp !== undefined && recorded !== undefined && !recorded.startsWith(`${stamp} `);
    // In place, the old output's file at the same path is compared once, to be kept or replaced.
    const inPlace = this.inPlace && previousPath === path;
    if (inPlace && this.previousDir && !differs) {
      const stats = sameFile(join(this.previousDir, path), bytes);
      if (stats) return void this.keep(path, stats.size, stamp === undefined ? undefined : identity(stamp, stats));
    }
    this.written.set(path, bytes.length);
    this.folderFor(target);
    const stats = (this.previousDir && !differs && !inPlace && linkIfSame(join(this.previousDir, previousPath), target, bytes)) || create(target, bytes);
    if (stamp !== undefined && stats) this.stamps[path] = identity(stamp, stats);
  }

  /**
   * Runs `write` (which writes files with this writer), with its links to the old output's
   * files made afterwards, on a thread of their own; `linked` waits for them. A rebuild's data
   * folder is a new one (named after its content), so after one edit it links some 19,000
   * unchanged files: 0.3 s of the main thread on this machine, now spent while it bundles the app.
   */
  linkLater(write: () => void): void {
    const queued: string[] = [];
    this.queued = queued;
    try {
      write();
    } finally {
      this.queued = null;
    }
    if (queued.length === 0) return;
    const links = linkFiles(queued);
    this.linking = Promise.all([this.linking, links]).then(() => undefined);
    // Its failure shows at `linked`.
    this.linking.catch(() => undefined);
  }

  /** Waits until every link of `linkLater` is made; throws what stopped one being made. */
  linked(): Promise<void> {
    return this.linking;
  }

  /**
   * The folders where this build's files under `folder` can be read, in turn: the staging
   * folder, then, in place, the old output, which holds the files left unchanged there.
   */
  sources(folder: string): string[] {
    return [join(this.outDir, folder), ...(this.inPlace && this.previousDir ? [join(this.previousDir, folder)] : [])];
  }

  /** Leaves the old output's file at `path` where it is, as this build's. */
  private keep(path: string, size: number, stamp: string | undefined): true {
    this.kept.add(path);
    this.written.set(path, size);
    if (stamp !== undefined) this.stamps[path] = stamp;
    return true;
  }

  /**
   * Compares the files of this build's folder `to` (the data folder, named after its
   * content's hash) with those of the old output's folder `from`.
   */
  reuseFolder(from: string, to: string): void {
    this.renamed = from === to ? null : { from, to };
  }

  private previousPath(path: string): string {
    const renamed = this.renamed;
    return renamed && path.startsWith(renamed.to) ? renamed.from + path.slice(renamed.to.length) : path;
  }

  /**
   * Links into the staging folder the files left in the old output that `wanted` names, for
   * a tool that lists the new site from the staging folder (workbox's precache, shell-files.ts).
   * They stay the writer's kept files: publishing leaves the output's own in place.
   */
  linkKept(wanted: (path: string) => boolean): void {
    for (const path of this.kept) {
      if (!wanted(path)) continue;
      const target = join(this.outDir, path);
      this.folderFor(target);
      linkOver(join(this.previousDir!, path), target);
    }
  }

  /** What this build wrote; folders made ahead that hold nothing (no page was written) are removed. */
  finish(): Written {
    // Deepest first, so a parent left empty by its children goes too.
    for (const folder of [...this.unused].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder);
        this.made.delete(folder.slice(this.outDir.length + 1));
      } catch {
        // Not empty: something went into a folder below it.
      }
    }
    return { files: [...this.written.keys()].sort(), sizes: this.written, stamps: this.stamps, folders: this.made, kept: this.kept };
  }
}
