// A build never writes into a file of the output folder. It writes the new site into a
// staging folder beside it (same parent, so the same file system), and only when the whole
// site is there (pages, data, the service worker) swaps it in with two renames; a rebuild
// that changed a few files publishes them in place instead (publish.ts). A build that fails,
// is refused or is killed leaves the last good output exactly as it was.
import { spawn } from 'node:child_process';
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
  /** The prefix of the folders a replaced output is removed from, after the swap: `.<name>.removing-`. */
  removing: string;
  /** The steps of a publish in place, while it runs (publish.ts): `.<name>.journal`. */
  journal: string;
  /** Where a publish in place keeps what it replaces or removes until it is final: `.<name>.undo`. */
  undo: string;
  /** The files the output holds, as the last publish in place left them (publish.ts): `.<name>.files`. */
  files: string;
}

/**
 * Where a build of the project at `projectRoot` writes: the staging folders of the output
 * folder Vite was given, and whether the new output replaces the old one whole (Vite
 * empties an output folder inside the project, or when told to). Null for an output folder
 * holding the project (`--outDir .` or above), never swapped out: Vite's own handling applies.
 */
export function stagingPlan(
  projectRoot: string,
  build: { outDir?: string; emptyOutDir?: boolean | null } = {},
): { staging: Staging; replacesOutput: boolean } | null {
  const requested = resolve(projectRoot, build.outDir ?? 'dist');
  const staging = stagingFor(requested);
  if (contains(staging.target, projectRoot)) return null;
  return { staging, replacesOutput: build.emptyOutDir ?? requested.startsWith(projectRoot + sep) };
}

/**
 * Why the seed folder `seedDir` (named `folder` to the user) and the output cannot be built
 * together, or null. The output's path is a real one; the seed folder's is made real too, so
 * a link on either path hides nothing.
 */
export function misplacedSeeds({ target }: Staging, seedDir: string, folder: string): string | null {
  const seedPath = existsSync(seedDir) ? realpathSync(seedDir) : seedDir;
  const output = relative(process.cwd(), target) || '.';
  if (contains(target, seedPath))
    return `The seed folder ${folder} is inside the output folder ${output}, which every build replaces: move the seeds out of it.`;
  // Seeds are read from subfolders too: an output inside the seed folder would be read as seeds by the next build.
  if (contains(seedPath, target))
    return `The output folder ${output} is inside the seed folder ${folder}, whose subfolders are read as seeds: build into a folder outside it.`;
  return null;
}

/** Whether `folder` is `inner` or holds it. */
function contains(folder: string, inner: string): boolean {
  return inner === folder || inner.startsWith(folder.endsWith(sep) ? folder : folder + sep);
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
  const beside = (suffix: string) => join(dirname(target), `.${name}.${suffix}`);
  return {
    target,
    next: beside('next'),
    old: beside('old'),
    removing: beside('removing-'),
    journal: beside('journal'),
    undo: beside('undo'),
    files: beside('files'),
  };
}

// Run by a detached Node: removes each folder it is given. Another remover may be working on
// the same folder (a build that found it left over), so a failed attempt is tried again.
const REMOVER = `const { rmSync } = require('node:fs');
for (const path of process.argv.slice(1))
  for (let attempt = 0; attempt < 5; attempt++)
    try { rmSync(path, { recursive: true, force: true, maxRetries: 3 }); break; } catch {}`;

/**
 * Removes folders in a detached process, so that the build ends when its output is ready and
 * not when the one it replaced is gone: an archive's output is tens of thousands of files in
 * as many folders, and removing them took longer than the rest of a rebuild. Should the
 * process not start, they are removed here.
 */
export function removeInBackground(paths: string[]): void {
  if (paths.length === 0) return;
  const removeHere = () => paths.forEach((path) => rmSync(path, { recursive: true, force: true }));
  try {
    const child = spawn(process.execPath, ['-e', REMOVER, ...paths], { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', removeHere);
    child.unref();
  } catch {
    removeHere();
  }
}

/** The folders beside the output that replaced outputs are being removed from (or were, when a remover was stopped). */
export function removals({ target, removing }: Staging): string[] {
  const prefix = basename(removing);
  try {
    return readdirSync(dirname(target))
      .filter((name) => name.startsWith(prefix))
      .map((name) => join(dirname(target), name));
  } catch {
    return [];
  }
}

/**
 * Makes an empty staging folder, after putting back an output a killed build had moved
 * aside (between the two renames of a swap) and removing what an earlier failed or killed
 * build left.
 */
export function prepareStaging(staging: Staging): void {
  const { target, next, old } = staging;
  if (!existsSync(target) && existsSync(old)) renameSync(old, target);
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  // A remover stopped before it was done (the machine went down) left these.
  removeInBackground(removals(staging));
  mkdirSync(next, { recursive: true });
}

/** Removes the staging folder of a build that did not finish; the output is left as it was. */
export function discardStaging({ next }: Staging): void {
  rmSync(next, { recursive: true, force: true });
}

/** What of the old output a swap carries into the new one, where the new build wrote nothing at the same path. */
export interface Keep {
  /** Entries at the top of the old output carried whole: the folders Vite keeps (`.git`). */
  entries?: string[];
  /**
   * Any other file (by path relative to the folder, with `/`) to carry: for an output
   * folder Vite would not empty, whatever else was there. Asking walks the whole old output.
   */
  file?: (path: string) => boolean;
}

/** Links into the staging folder the files of the old output that `keep` names. */
function carryOver(from: string, to: string, { entries = [], file }: Keep): void {
  const carry = (source: string) => {
    const stats = lstatSync(source);
    if (!stats.isFile() && !stats.isSymbolicLink()) return;
    const destination = join(to, relative(from, source));
    if (lstatSync(destination, { throwIfNoEntry: false })) return;
    mkdirSync(dirname(destination), { recursive: true });
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(source), destination);
    else linkSync(source, destination);
  };
  const filesUnder = (folder: string) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name));
  // An entry may be a folder (`.git`) or a file (a worktree's `.git`).
  for (const entry of entries) {
    const source = join(from, entry);
    const stats = lstatSync(source, { throwIfNoEntry: false });
    if (stats?.isDirectory()) filesUnder(source).forEach(carry);
    else if (stats) carry(source);
  }
  if (!file) return;
  const whole = (path: string) => entries.some((entry) => path === entry || path.startsWith(`${entry}/`));
  for (const source of filesUnder(from)) {
    const path = relative(from, source).split(sep).join('/');
    if (!whole(path) && file(path)) carry(source);
  }
}

/**
 * Swaps the finished site in: the output folder is renamed aside, the staging folder takes
 * its name, and the old one is removed after the build (removeInBackground). A server that
 * resolves paths by name serves the new site from the next request on; one whose working
 * directory is the output folder keeps the removed one, and must be started again.
 */
export function swapIn(staging: Staging, keep: Keep = {}): void {
  const { target, next, old } = staging;
  const hadOutput = existsSync(target);
  if (hadOutput) carryOver(target, next, keep);
  if (hadOutput) renameSync(target, old);
  renameSync(next, target);
  if (hadOutput) removeAside(staging, old);
}

/**
 * Renames a folder beside the output among the removals and removes it in the background.
 * `tag` tells apart two folders one build sets aside in the same millisecond.
 */
export function removeAside({ removing }: Staging, folder: string, tag = ''): void {
  // A name of its own, so that a build started before this one's remover is done never meets it.
  const removed = `${removing}${process.pid}-${Date.now()}${tag}`;
  renameSync(folder, removed);
  removeInBackground([removed]);
}
