// Publishing a rebuild in place. A rebuild of a large archive changes a handful of files, but
// swapping in a whole new tree makes an entry for every file and folder of the site (tens of
// thousands, seconds on a slow disk). So a rebuild writes only what changed into the staging
// folder, and publishing moves those entries into the output by renames: nothing is ever
// written into a file the output (or a snapshot sharing its files) owns, and a hashed file
// keeps its bytes. Before the first rename a journal beside the output lists every step, and
// what each replaces or removes is kept aside (linked, or moved whole): a build killed half
// way through publishing is rolled back, to the old output byte for byte, by the next build
// (recoverPublish). A rebuild that changes more than a few thousand entries is swapped in
// whole instead (staging.ts), so a reader never meets a half-published site for long.
//
// What the output holds is kept beside it after each publish in place (output-list.ts), so
// the next one knows what to remove without walking the output's tens of thousands of folders.
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, unlinkSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { writeJson } from './cache-files.ts';
import { linkOver } from './out-dir.ts';
import { removeAside, swapIn, type Keep, type Staging } from './staging.ts';
import { listedFiles, writeOutputList } from './output-list.ts';

/** What the writer did about the old output's files (out-dir.ts, in place). */
export interface InPlaceSite {
  /** Files of the new site that the old output already holds, left there as they are. */
  kept: ReadonlySet<string>;
  /** Files the writer put into the staging folder: known to be new or changed, unread. */
  written: ReadonlySet<string>;
}

/** The steps of a publish, by path relative to the output folder, in the order they are taken. */
export interface PublishSteps {
  /** Entries of the output that the new site has no place for, or whose kind changes (a file that becomes a folder). */
  removes: string[];
  /** Entries new to the output, moved in whole (a new data folder is one step). */
  adds: string[];
  /** Files of the output replaced by the staging folder's. */
  replaces: string[];
}

/** The steps, and every file of the output once they are taken (kept and staged ones). */
export interface PublishPlan extends PublishSteps {
  files: ReadonlySet<string>;
}

/** More steps than this, and the site is swapped in whole. */
export const IN_PLACE_LIMIT = 5000;

const pathIn = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);
const entryAt = (path: string) => lstatSync(path, { throwIfNoEntry: false });

/** Whether two files that are not known to differ hold the same bytes (or two links the same target). */
function sameEntry(a: string, b: string, entry: Dirent, other: NonNullable<ReturnType<typeof entryAt>>): boolean {
  if (entry.isSymbolicLink() !== other.isSymbolicLink()) return false;
  if (entry.isSymbolicLink()) return readlinkSync(a) === readlinkSync(b);
  const stats = lstatSync(a);
  if (stats.ino === other.ino && stats.dev === other.dev) return true;
  return stats.size === other.size && readFileSync(a).equals(readFileSync(b));
}

/**
 * What publishing the staging folder `next` into the output `target` takes. The staging
 * folder holds what the writer wrote and Vite's own files (the bundle, the public folder,
 * the service worker), most of them as they were: those are compared with the output's. An
 * output entry the new site has no file under is removed, except `.git` at the top.
 */
export function planPublish(
  target: string,
  next: string,
  site: InPlaceSite,
  previous: readonly string[] | null = null,
  listing: readonly string[] | null = null,
): PublishPlan {
  // Every entry of the new site the output must have: kept and staged files, added folders.
  const entries = new Set(site.kept);
  const files = new Set(site.kept);
  const plan: PublishPlan = { removes: [], adds: [], replaces: [], files };
  const walkNext = (folder: string) => {
    for (const entry of readdirSync(join(next, folder), { withFileTypes: true })) {
      const path = pathIn(folder, entry.name);
      const there = entryAt(join(target, path));
      if (entry.isDirectory() && there?.isDirectory()) {
        walkNext(path);
        continue;
      }
      // A page Vite wrote (its index.html) that the writer found unchanged in the output.
      if (site.kept.has(path)) continue;
      entries.add(path);
      if (!entry.isDirectory()) files.add(path);
      else
        for (const inner of readdirSync(join(next, path), { recursive: true, withFileTypes: true }))
          if (!inner.isDirectory()) files.add(`${path}/${relative(join(next, path), join(inner.parentPath, inner.name)).split(sep).join('/')}`);
      if (!there) plan.adds.push(path);
      else if (entry.isDirectory() || there.isDirectory()) {
        plan.removes.push(path);
        plan.adds.push(path);
      } else if (site.written.has(path) || !sameEntry(join(next, path), join(target, path), entry, there)) plan.replaces.push(path);
    }
  };
  walkNext('');
  const folders = new Set<string>();
  for (const path of entries) for (let at = dirname(path); at !== '.' && !folders.has(at); at = dirname(at)) folders.add(at);
  const walkTarget = (folder: string, deep: boolean) => {
    for (const entry of readdirSync(join(target, folder), { withFileTypes: true })) {
      const path = pathIn(folder, entry.name);
      if (path === '.git') continue;
      if (entry.isDirectory() && folders.has(path)) {
        if (deep) walkTarget(path, deep);
      } else if (!entries.has(path)) plan.removes.push(path);
    }
  };
  if (previous === null && listing) removesIn(listing, folders, entries, plan.removes);
  else walkTarget('', previous === null);
  if (previous) {
    // For each file listed that the new site has no place for, the outermost entry that goes
    // with it, once, if it is there.
    const removes = new Set(plan.removes);
    for (const path of previous) {
      let root = path;
      while (dirname(root) !== '.' && !folders.has(dirname(root))) root = dirname(root);
      if (dirname(root) === '.' || entries.has(root) || folders.has(root) || removes.has(root)) continue;
      removes.add(root);
      if (entryAt(join(target, root))) plan.removes.push(root);
    }
  }
  return plan;
}

/**
 * What a whole walk of the output removes (walkTarget, deep), from a listing of it made
 * before (listOutput): an entry goes when the walk would reach it (its folder is one the new
 * site has) and the new site has no such file, nor such a folder to walk into.
 */
function removesIn(listing: readonly string[], folders: ReadonlySet<string>, entries: ReadonlySet<string>, removes: string[]): void {
  // The listing names a folder before what it holds, as the walk reaches them.
  const walked = new Set(['.']);
  for (const listed of listing) {
    const folder = listed.endsWith('/');
    const path = folder ? listed.slice(0, -1) : listed;
    if (!walked.has(dirname(path)) || path === '.git') continue;
    if (folder && folders.has(path)) walked.add(path);
    else if (!entries.has(path)) removes.push(path);
  }
}

/**
 * Publishes a finished site into the output: in place when the old output is there and the
 * steps are few, otherwise by swapping the whole site in, after linking into the staging
 * folder the files kept from the old output. Returns the steps taken in place, or null for a swap.
 * `listing`: the output's entries listed ahead (listOutput), for when no list of its files is kept.
 */
export function publish(
  staging: Staging,
  site: InPlaceSite,
  keep: Keep = {},
  limit = IN_PLACE_LIMIT,
  listing: readonly string[] | null = null,
): PublishPlan | null {
  const { target, next } = staging;
  const hadOutput = existsSync(target);
  const plan = hadOutput && !tooMany(target, site.written, limit) ? planPublish(target, next, site, listedFiles(staging), listing) : null;
  if (!plan || steps(plan) > limit) {
    // The shell's kept files are linked there already (OutputWriter.linkKept).
    if (hadOutput) for (const path of site.kept) linkOver(join(target, path), join(next, path));
    // The new folder is listed by the next publish in place.
    rmSync(staging.files, { force: true });
    swapIn(staging, keep);
    return null;
  }
  try {
    applyPublish(staging, plan);
  } catch (error) {
    recoverPublish(staging);
    throw error;
  }
  // The staging folder keeps Vite's copies of files the output already had.
  removeAside(staging, next);
  return plan;
}

const steps = ({ removes, adds, replaces }: PublishSteps) => removes.length + adds.length + replaces.length;

/** What a publish did, for the build's summary. */
export function describePublish(plan: PublishPlan | null): string {
  if (!plan) return 'output swapped in whole';
  const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}`;
  return `output updated in place: ${count(plan.replaces.length, 'replaced')}, ${count(plan.adds.length, 'added')}, ${count(plan.removes.length, 'removed')}`;
}

/**
 * Whether more than `limit` of the files written replace or join files in folders the output
 * has, without walking either tree: a build that renders every page again (its code or base
 * path changed) is swapped in whole at once. Files in a folder new to the output (a new data
 * folder) are one step together, and not counted.
 */
function tooMany(target: string, written: ReadonlySet<string>, limit: number): boolean {
  const folders = new Map<string, boolean>();
  let count = 0;
  for (const path of written) {
    const folder = dirname(path);
    let there = folders.get(folder);
    if (there === undefined) folders.set(folder, (there = existsSync(join(target, folder))));
    if (there && ++count > limit) return true;
  }
  return false;
}

/** Links `to` to the file `from`, making its folder. */
function linkInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  linkSync(from, to);
}

/** Moves an output entry aside, into the undo folder, keeping its path. */
function moveAside(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/**
 * Takes the steps of `plan`, after recording them in the journal. New entries go in before
 * the files that name them are replaced, and old ones go last, so a reader who loads a page
 * while it runs finds the files that page names.
 */
export function applyPublish(staging: Staging, plan: PublishPlan, step: (path: string) => void = () => undefined): void {
  const { target, next, journal, undo } = staging;
  const list = () => writeOutputList(staging, plan.files);
  if (steps(plan) === 0) return list();
  rmSync(undo, { recursive: true, force: true });
  writeJson(journal, { removes: plan.removes, adds: plan.adds, replaces: plan.replaces } satisfies PublishSteps);
  const adds = new Set(plan.adds);
  // A kind that changes: the old entry must go before the new one can take its name.
  for (const path of plan.removes.filter((path) => adds.has(path))) {
    moveAside(join(target, path), join(undo, path));
    step(path);
  }
  for (const path of plan.adds) {
    renameSync(join(next, path), join(target, path));
    step(path);
  }
  for (const path of plan.replaces) {
    const old = join(target, path);
    const aside = join(undo, path);
    try {
      linkInto(old, aside);
    } catch {
      // No hard links here: the old file is moved aside, and the new one takes its place at once.
      moveAside(old, aside);
    }
    renameSync(join(next, path), old);
    step(path);
  }
  for (const path of plan.removes.filter((path) => !adds.has(path))) {
    moveAside(join(target, path), join(undo, path));
    step(path);
  }
  // Before the journal goes: a build killed between the two finds the journal, rolls back and drops the list.
  list();
  // The step that makes the publish final.
  unlinkSync(journal);
  if (existsSync(undo)) removeAside(staging, undo, '-undo');
}

/** Removes what a build killed while writing one of `lists` left of it: `<list>.<pid>.tmp` (writeAtomically), never read. */
function removeTorn(target: string, lists: string[]): void {
  const prefixes = lists.map((list) => `${basename(list)}.`);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names)
    if (name.endsWith('.tmp') && prefixes.some((prefix) => name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))))
      rmSync(join(dirname(target), name), { force: true });
}

/**
 * Rolls back a publish that did not finish (the build was killed, or a step failed): the
 * output is as it was before it began. True when there was one to roll back.
 */
export function recoverPublish({ target, journal, undo, files }: Staging): boolean {
  removeTorn(target, [journal, files]);
  let plan: PublishSteps;
  try {
    plan = JSON.parse(readFileSync(journal, 'utf8')) as PublishSteps;
  } catch {
    // No journal (or one torn before it was renamed into place): no step was taken, or the
    // publish was final and only its undo folder, if the build was killed just then, is left.
    rmSync(undo, { recursive: true, force: true });
    return false;
  }
  const removed = new Set(plan.removes);
  for (const path of plan.adds) {
    // Not taken yet when what it replaces is still in the output.
    if (removed.has(path) && !entryAt(join(undo, path))) continue;
    rmSync(join(target, path), { recursive: true, force: true });
  }
  for (const path of [...plan.replaces, ...plan.removes]) {
    const aside = join(undo, path);
    if (entryAt(aside)) moveAside(aside, join(target, path));
  }
  // It may list what the rollback took out again.
  rmSync(files, { force: true });
  unlinkSync(journal);
  rmSync(undo, { recursive: true, force: true });
  return true;
}
