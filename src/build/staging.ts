// A build never writes into the output folder it replaces. It writes the new site into a
// staging folder beside it (same parent, so the same file system), and only when the whole
// site is there (pages, data, the service worker) swaps it in with two renames. A build that
// fails, is refused or is killed leaves the last good output exactly as it was.
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, linkSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** The output folder, and the folders beside it a build uses on the way. */
export interface Staging {
  /** The output folder itself (a link to a folder is followed: the folder it names is replaced, the link kept). */
  target: string;
  /** Where the new site is written: `.<name>.next` beside the output folder. */
  next: string;
  /** Where the replaced output goes for the moment of the swap: `.<name>.old`. */
  old: string;
}

/** The staging folders of an output folder. */
export function stagingFor(outDir: string): Staging {
  let target = resolve(outDir);
  try {
    target = realpathSync(target);
  } catch {
    // Not there yet: the first build creates it.
  }
  const name = basename(target);
  return { target, next: join(dirname(target), `.${name}.next`), old: join(dirname(target), `.${name}.old`) };
}

/**
 * Makes an empty staging folder, after putting back an output a killed build had moved
 * aside (between the two renames of a swap) and removing what an earlier failed or killed
 * build left.
 */
export function prepareStaging({ target, next, old }: Staging): void {
  if (!existsSync(target) && existsSync(old)) renameSync(old, target);
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
}

/** Removes the staging folder of a build that did not finish; the output is left as it was. */
export function discardStaging({ next }: Staging): void {
  rmSync(next, { recursive: true, force: true });
}

/**
 * Links into the staging folder the files of the old output that `keep` names (by path
 * relative to the folder, with `/`) and the new build did not write: the folders Vite keeps
 * (`.git`), or, for an output folder Vite would not empty, whatever else was there.
 */
function carryOver(from: string, to: string, keep: (path: string) => boolean): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(entry.parentPath, entry.name);
    const path = relative(from, source).split(sep).join('/');
    if (entry.isDirectory() || !keep(path)) continue;
    const destination = join(to, path);
    if (lstatSync(destination, { throwIfNoEntry: false })) continue;
    mkdirSync(dirname(destination), { recursive: true });
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), destination);
    else if (entry.isFile()) linkSync(source, destination);
  }
}

/**
 * Swaps the finished site in: the output folder is renamed aside, the staging folder takes
 * its name, and the old one is removed. A server that resolves paths by name serves the new
 * site from the next request on; one whose working directory is the output folder keeps the
 * removed one, and must be started again.
 */
export function swapIn({ target, next, old }: Staging, keep: (path: string) => boolean = () => false): void {
  const hadOutput = existsSync(target);
  if (hadOutput) carryOver(target, next, keep);
  if (hadOutput) renameSync(target, old);
  renameSync(next, target);
  if (hadOutput) rmSync(old, { recursive: true, force: true });
}
