import { closeSync, constants, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { collectSeeds, type ParsedSeedFile, type SeedCollection, type SeedFile } from '../content/seeds/collect-seeds.ts';
import type { SeedProblem } from '../content/seeds/article.ts';
import type { SeedOptions } from '../content/seeds/parse-seed.ts';
import { seedExtension } from '../content/seeds/seed-name.ts';
import { isImageName } from '../content/seeds/images.ts';

/**
 * Reads every file of a seed folder and its subfolders (year folders, `2024/03/…`) and parses
 * it, naming each by its path relative to the folder; a missing folder, and every entry that
 * is neither a plain file nor a folder (links, sockets), is reported as a problem, not thrown
 * or passed over. `parse` parses one file (the build's cache answers unchanged ones).
 */
export function readSeedFolder(dir: string, options: SeedOptions = {}, parse?: (file: SeedFile) => ParsedSeedFile): SeedCollection {
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
      articles: [],
      problems: [{ severity: 'error', file: '', message: `the seed folder ${dir}: ${reason}. Create it, or point SEEDS_DIR at a folder of .txt seeds` }],
    };
  }
  const files: SeedFile[] = [];
  const skipped: SeedProblem[] = [];
  const visit = (entries: Dirent[], prefix: string) => {
    for (const entry of entries) {
      // Hidden entries (.DS_Store, .git) are ignored, as collectSeeds ignores hidden files.
      if (entry.name.startsWith('.')) continue;
      const name = prefix + entry.name;
      // The seeds' images are read when a seed names them (build/images.ts), not here.
      if (entry.isFile()) {
        if (!isImageName(name)) files.push({ name, bytes: readPlainFile(join(dir, name)) });
      }
      // A folder is read as it is listed: readdir never follows a link to one.
      else if (entry.isDirectory()) visit(readFolder(join(dir, name), name, skipped), `${name}/`);
      else skipped.push({ severity: 'warning', file: name, message: notRead(entry) });
    }
  };
  visit(entries, '');
  const collection = collectSeeds(files, options, parse);
  return { articles: collection.articles, problems: [...skipped, ...collection.problems] };
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
