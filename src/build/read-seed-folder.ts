import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectSeeds, type ParsedSeedFile, type SeedCollection, type SeedFile } from '../content/collect-seeds.ts';
import type { SeedOptions } from '../content/parse-seed.ts';

/**
 * Reads every file at the top of a seed folder and parses it; a missing folder is reported
 * as a problem, not thrown. `parse` parses one file (the build's cache answers unchanged ones).
 */
export function readSeedFolder(dir: string, options: SeedOptions = {}, parse?: (file: SeedFile) => ParsedSeedFile): SeedCollection {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such folder' : code === 'ENOTDIR' ? 'it is not a folder' : `it cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`;
    // No file: the problem is the folder's, and is reported under its name.
    return { articles: [], problems: [{ severity: 'error', file: '', message: `the seed folder ${dir}: ${reason}. Create it, or point SEEDS_DIR at a folder of .txt seeds` }] };
  }
  const files: SeedFile[] = names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  return collectSeeds(files, options, parse);
}
