// The output folder across builds. A large archive's build writes tens of thousands of
// files; deleting them all and creating them again costs more than the rest of a rebuild.
// So the files this plugin writes are left in place between builds and overwritten, while
// everything else is emptied as Vite would, and whatever the new build does not write is
// removed: the folder ends exactly as a clean build leaves it.
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

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

/**
 * Overwrites a file in place, or leaves it when it already holds `bytes`. Replacing files
 * (truncating them first, as writeFile does) makes the file system free and allocate their
 * blocks again, several times slower over tens of thousands of pages than writing over
 * them; a page's new version is nearly always the same length as its old one.
 */
function overwrite(file: string, bytes: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r+');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === bytes.length && sameBytes(fd, bytes)) return true;
    writeSync(fd, bytes, 0, bytes.length, 0);
    if (size > bytes.length) ftruncateSync(fd, bytes.length);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Removes empty folders from `dir` up to (not including) `root`. */
function removeEmptyFolders(dir: string, root: string): void {
  while (dir.startsWith(root + sep) && existsSync(dir) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}

/** Empties `outDir` except for the files in `keep` (and `.git`, which Vite keeps too). */
export function emptyOutDirExcept(outDir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(outDir)) return;
  const folders: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const relativePath = path.slice(outDir.length + 1);
    if (relativePath === '.git' || relativePath.startsWith(`.git${sep}`)) continue;
    if (entry.isDirectory()) folders.push(path);
    else if (!keep.has(relativePath.split(sep).join('/'))) rmSync(path, { force: true });
  }
  // Deepest first, so a folder emptied of folders is removed too.
  for (const folder of folders.sort((a, b) => b.length - a.length)) removeEmptyFolders(folder, outDir);
}

/** Writes the plugin's files into the output folder over an earlier build's, and removes the earlier ones it did not write again. */
export class OutputWriter {
  private readonly written = new Map<string, number>();
  private readonly folders = new Set<string>();
  private readonly previous: Set<string>;

  constructor(
    readonly outDir: string,
    previous: Iterable<string> = [],
  ) {
    this.previous = new Set(previous);
  }

  /** Writes a file, over the earlier build's if there is one (and not at all if it is unchanged). */
  write(path: string, content: string | Buffer): void {
    const target = join(this.outDir, path);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.written.set(path, bytes.length);
    if (this.previous.has(path) && overwrite(target, bytes)) return;
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(target, bytes);
  }

  /**
   * Renames an earlier build's folder (the data folder, named after its content's hash) to
   * this build's name for it, so its unchanged files are overwritten rather than created.
   */
  reuseFolder(from: string, to: string): void {
    if (from === to || !existsSync(join(this.outDir, from)) || existsSync(join(this.outDir, to))) return;
    mkdirSync(dirname(join(this.outDir, to)), { recursive: true });
    renameSync(join(this.outDir, from), join(this.outDir, to));
    for (const path of [...this.previous]) {
      if (!path.startsWith(from)) continue;
      this.previous.delete(path);
      this.previous.add(to + path.slice(from.length));
    }
  }

  /** Removes what the earlier build wrote and this one did not; returns what this one wrote. */
  finish(): Written {
    for (const path of this.previous) {
      if (this.written.has(path)) continue;
      rmSync(join(this.outDir, path), { force: true });
      removeEmptyFolders(dirname(join(this.outDir, path)), this.outDir);
    }
    return { files: [...this.written.keys()].sort(), sizes: this.written };
  }
}
