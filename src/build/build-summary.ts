import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SeedCollection } from '../content/collect-seeds.ts';
import { formatCount } from '../content/format-number.ts';

/** Files and bytes under a folder; `known` gives the sizes of files already known (by path in the folder), which are not looked up again. */
function folderSize(dir: string, known: ReadonlyMap<string, number>): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    const path = join(entry.parentPath, entry.name);
    bytes += known.get(relative(dir, path).split(sep).join('/')) ?? statSync(path).size;
  }
  return { files, bytes };
}

/** The line a build ends with: articles, warnings, what it wrote, how long it took. */
export function buildSummary(
  { articles, problems }: SeedCollection,
  outDir: string,
  elapsedMs: number,
  known: ReadonlyMap<string, number> = new Map(),
): string {
  const { files, bytes } = folderSize(outDir, known);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
  return `\n${formatCount(articles.length)} article${articles.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; wrote ${formatCount(files)} files (${size}) to ${relative(process.cwd(), outDir) || '.'} in ${(elapsedMs / 1000).toFixed(1)} s`;
}
