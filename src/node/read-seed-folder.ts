import { closeSync, constants, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { collectSeeds, parseSeedFile, type ParsedSeedFile, type SeedCollection, type SeedFile } from '../content/seeds/collect-seeds.ts';
import type { SeedProblem } from '../content/seeds/article.ts';
import type { SeedOptions } from '../content/seeds/parse-seed.ts';
import { seedExtension } from '../content/seeds/seed-name.ts';
import { isImageName } from '../content/seeds/images.ts';
import { onThread } from './thread.ts';

/** A seed folder's files to read (paths relative to it), and the entries it holds that are not read, as problems. */
interface SeedListing {
  names: string[];
  problems: SeedProblem[];
}

/**
 * Lists a seed folder and its subfolders (year folders, `2024/03/…`); a missing folder, and
 * every entry that is neither a plain file nor a folder (links, sockets), is reported as a
 * problem, not thrown or passed over.
 */
function listSeedFolder(dir: string): SeedListing {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such folder'
        : code === 'ENOTDIR'
          ? 'it is not a folder'
          : `it cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`;
    // No file: the problem is the folder's, and is reported under its name.
    return {
      names: [],
      problems: [{ severity: 'error', file: '', message: `the seed folder ${dir}: ${reason}. Create it, or point SEEDS_DIR at a folder of .txt seeds` }],
    };
  }
  const names: string[] = [];
  const problems: SeedProblem[] = [];
  const visit = (entries: Dirent[], prefix: string) => {
    for (const entry of entries) {
      // Hidden entries (.DS_Store, .git) are ignored, as collectSeeds ignores hidden files.
      if (entry.name.startsWith('.')) continue;
      const name = prefix + entry.name;
      // The seeds' images are read when a seed names them (build/images.ts), not here.
      if (entry.isFile()) {
        if (!isImageName(name)) names.push(name);
      }
      // A folder is read as it is listed: readdir never follows a link to one.
      else if (entry.isDirectory()) visit(readFolder(join(dir, name), name, problems), `${name}/`);
      else problems.push({ severity: 'warning', file: name, message: notRead(entry) });
    }
  };
  visit(entries, '');
  return { names, problems };
}

/** What was read of a seed folder ahead of parsing it (readSeedFilesAhead): its listing, the bytes of some or all of its files, and their stamps. */
export interface SeedFilesRead {
  listing?: SeedListing;
  bytes: ReadonlyMap<string, Buffer>;
  /** Each file's stamp (READ_FILES), where one can be trusted. */
  stamps?: ReadonlyMap<string, string>;
}

/**
 * A file of the seed folder as it was listed: its bytes are read when asked for, so that a
 * build whose cache knows the file by its stamp never reads it (at 250,000 seeds, reading
 * all 263 MB of them took the main thread ~20 s of a rebuild, and held them all at once).
 */
export interface FoundSeed {
  name: string;
  /** Its size, times, inode and device as it was listed (READ_FILES); absent where it changed too recently to be trusted. */
  stamp?: string;
  read(): Uint8Array;
}

/** A found seed as a file to parse, its bytes read. */
export const readFound = (file: FoundSeed): SeedFile => ({ name: file.name, bytes: file.read() });

/**
 * Reads every file of a seed folder and its subfolders and parses it, naming each by its
 * path relative to the folder (see listSeedFolder for what is not read). `parse` parses one
 * file (the build's cache answers unchanged ones, most without reading them); `read` is what
 * was read ahead (readSeedFilesAhead): the folder is listed and the other files are read
 * here, each when `parse` asks for its bytes.
 */
export function readSeedFolder(
  dir: string,
  options: SeedOptions = {},
  parse: (file: FoundSeed) => ParsedSeedFile = (file) => parseSeedFile(readFound(file), options),
  read: SeedFilesRead = { bytes: new Map() },
): SeedCollection {
  const { names, problems } = read.listing ?? listSeedFolder(dir);
  const files = names.map((name): FoundSeed => ({ name, stamp: read.stamps?.get(name), read: () => read.bytes.get(name) ?? readPlainFile(join(dir, name)) }));
  const collection = collectSeeds(files, options, parse);
  return { articles: collection.articles, problems: [...problems, ...collection.problems] };
}

/** How many bytes of seeds are read ahead: the Reuters corpus's 18,301 seeds are 17 MB, 250,000 generated ones 263 MB. */
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

// readSeedFilesAhead's thread: the files' bytes one after another in one buffer, handed over
// whole, and where each ends (-1 for a file it could not read, or did not once it had read
// `limit` bytes: those are read when asked for); and each file's stamp, '' where it has none.
// A stamp is the file's size, times, inode and device, as git's index keeps them. It is
// given only to a file last changed at least STAMP_SETTLED_MS before it was looked at: one
// changed again within the same tick of the file system's clock, size unchanged, would
// otherwise keep its stamp with other bytes (git's "racily clean" entries). The stamp of a
// file read here is taken from the same open file before it is read, so a later change
// always gives another stamp.
const READ_FILES = `
const { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parentPort, workerData: { dir, names, limit, settledMs } } = require('node:worker_threads');
const settled = Date.now() - settledMs;
const stampOf = (stat) =>
  stat.isFile() && stat.mtimeMs < settled && stat.ctimeMs < settled ? [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev].join(':') : '';
const stamps = names.map(() => '');
let total = 0;
const read = names.map((name, i) => {
  const path = join(dir, name);
  try {
    if (total >= limit) {
      stamps[i] = stampOf(lstatSync(path));
      return null;
    }
    const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      stamps[i] = stampOf(fstatSync(fd));
      const bytes = readFileSync(fd);
      total += bytes.length;
      return bytes;
    } finally {
      closeSync(fd);
    }
  } catch {
    stamps[i] = '';
    return null;
  }
});
const ends = new Float64Array(names.length);
let end = 0;
read.forEach((bytes, i) => (ends[i] = bytes ? (end += bytes.length) : -1));
const all = new Uint8Array(end);
let at = 0;
for (const bytes of read) if (bytes) all.set(bytes, (at += bytes.length) - bytes.length);
parentPort.postMessage({ all, ends, stamps }, [all.buffer, ends.buffer]);
`;

/** How long ago a file must last have changed for its stamp to be trusted (READ_FILES): far longer than any file system's clock tick. */
const STAMP_SETTLED_MS = 2000;

/**
 * Reads the files of a seed folder on a thread of its own, for readSeedFolder, with the stamp
 * of each: a build starts it before it reads its cache, so both are done at once (18,301
 * small files took 0.35 s of the main thread on this machine). Files it could not read are
 * left out, and so are those after the first `limit` bytes: they are all held until the
 * seeds are parsed. A build whose cache knows the files by their stamps reads none ahead
 * (`limit` 0): it reads only those whose stamp changed.
 */
export async function readSeedFilesAhead(dir: string, limit = READ_AHEAD_BYTES, settledMs = STAMP_SETTLED_MS): Promise<SeedFilesRead> {
  const listing = listSeedFolder(dir);
  const { names } = listing;
  const { all, ends, stamps } = await onThread<{ all: Uint8Array; ends: Float64Array; stamps: string[] }>(
    READ_FILES,
    { dir, names, limit, settledMs },
    'reading the seed files',
  );
  const stamped = new Map<string, string>();
  names.forEach((name, i) => stamps[i] && stamped.set(name, stamps[i]));
  const read = new Map<string, Buffer>();
  const bytes = Buffer.from(all.buffer, all.byteOffset, all.byteLength);
  let start = 0;
  names.forEach((name, i) => {
    if (ends[i]! < 0) return;
    read.set(name, bytes.subarray(start, ends[i]!));
    start = ends[i]!;
  });
  return { listing, bytes: read, stamps: stamped };
}

/** The entries of a subfolder; one that cannot be read is reported, and counts as empty. */
function readFolder(folder: string, name: string, problems: SeedProblem[]): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (cause) {
    problems.push({
      severity: 'error',
      file: name,
      message: `is a folder that cannot be read (${cause instanceof Error ? cause.message : String(cause)}): give the build read access to it, or move it out of the seed folder`,
    });
    return [];
  }
}

/** A file's bytes, never through a link (should the file have become one since the folder was listed). */
export function readPlainFile(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why an entry of the seed folder that is not a plain file is not read. Links are never
 * followed, so a seed folder cannot pull in a file from elsewhere on the machine.
 */
function notRead(entry: Dirent): string {
  const seedLike = seedExtension(entry.name) ? ', though it is named like a seed' : '';
  if (entry.isSymbolicLink()) return `is a symbolic link${seedLike}, and links are not followed: copy the file it points to into the seed folder instead`;
  return `is not a regular file${seedLike}, so it is not read: remove it from the seed folder`;
}
