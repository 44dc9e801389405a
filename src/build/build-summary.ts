import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SeedCollection } from '../content/collect-seeds.ts';
import { formatCount } from '../content/format-number.ts';

/** Files and bytes under a folder. */
function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The line a build ends with: articles, warnings, what it wrote, how long it took. */
export function buildSummary({ articles, problems }: SeedCollection, outDir: string, elapsedMs: number): string {
  const { files, bytes } = folderSize(outDir);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
  return `\n${formatCount(articles.length)} article${articles.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; wrote ${formatCount(files)} files (${size}) to ${relative(process.cwd(), outDir) || '.'} in ${(elapsedMs / 1000).toFixed(1)} s`;
}
