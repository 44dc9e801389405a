// The plugin's files in the staging folder (see staging.ts). A large archive's build writes
// tens of thousands of files, nearly all the same as the last build's. Writing them all anew
// costs more than the rest of a rebuild, so a file whose bytes are those of the old output's
// file at the same path is hard-linked to it instead. Nothing is ever written into an
// existing file: an old output, and any snapshot sharing its files (`cp -al`, `rsync
// --link-dest`, release folders), keeps its bytes, and a hashed file never changes.
import { closeSync, constants, fstatSync, linkSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a writer wrote: paths relative to the output folder, sorted, and each file's size. */
export interface Written {
  files: string[];
  sizes: ReadonlyMap<string, number>;
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

/** Links `target` to the regular file `old` when it holds exactly `bytes`; false when it does not (or cannot be linked). */
function linkIfSame(old: string, target: string, bytes: Buffer): boolean {
  let fd: number;
  try {
    // Never through a link: the old output's own file, or nothing.
    fd = openSync(old, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return false;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size !== bytes.length || !sameBytes(fd, bytes)) return false;
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(old, target);
    return true;
  } catch {
    // A file system without hard links, or a file at its most links: write it instead.
    return false;
  }
}

/** Creates a file that must not exist yet; one this build already wrote (Vite's index.html) is replaced by a rename, never written into. */
function create(target: string, bytes: Buffer): void {
  try {
    writeFileSync(target, bytes, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, target);
  }
}

/** Writes the plugin's files into a fresh staging folder, linking those unchanged since the old output. */
export class OutputWriter {
  private readonly written = new Map<string, number>();
  private readonly folders = new Set<string>();
  /** This build's data folder and the old output's, whose files it is compared with. */
  private renamed: { from: string; to: string } | null = null;

  /** `outDir` is the staging folder; `previousDir` the output it replaces, if any. */
  constructor(
    readonly outDir: string,
    private readonly previousDir: string | null = null,
  ) {}

  /** Writes a file, as a link to the old output's when that holds the same bytes. */
  write(path: string, content: string | Buffer): void {
    const target = join(this.outDir, path);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.written.set(path, bytes.length);
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    if (this.previousDir && linkIfSame(join(this.previousDir, this.previousPath(path)), target, bytes)) return;
    create(target, bytes);
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

  /** What this build wrote. */
  finish(): Written {
    return { files: [...this.written.keys()].sort(), sizes: this.written };
  }
}
