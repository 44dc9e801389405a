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
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { articles: [], problems: [{ severity: 'error', file: dir, message: `cannot read the seed folder (${reason}): create it, or point SEEDS_DIR at a folder of .txt seeds` }] };
  }
  const files: SeedFile[] = names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  return collectSeeds(files, options, parse);
}
